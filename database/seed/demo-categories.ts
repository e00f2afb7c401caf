import type { RequestType } from '../../core/tickets/request-type.js';
import type { TicketPriority } from '../../core/tickets/ticket-priority.js';

/** A node of the three-level request catalogue (system › subsystem › subject). */
export interface DemoCategory {
  readonly code: string;
  readonly parent: string | null;
  readonly fa: string;
  readonly en: string;
  /** The type a new request of this category gets unless the operator picks another. */
  readonly requestType: RequestType;
  /** The types offered in the portal; absent for all. */
  readonly requestTypes?: readonly RequestType[];
  readonly priority: TicketPriority;
  /** The standard handling time, in business minutes. */
  readonly minutes: number;
}

type Node = Omit<DemoCategory, 'parent' | 'requestTypes'> & { readonly children?: readonly Node[] };

function node(code: string, fa: string, en: string, requestType: RequestType, priority: TicketPriority, minutes: number, children?: Node[]): Node {
  return { code, fa, en, requestType, priority, minutes, ...(children ? { children } : {}) };
}

/** The four systems of the seed documents: software, operating system, hardware and network, training. */
const TREE: readonly Node[] = [
  node('SW', 'نرم‌افزار', 'Software', 'incident', 'medium', 120, [
    node('SW-OA', 'سامانه اتوماسیون اداری', 'Office automation system', 'incident', 'medium', 60, [
      node('SW-OA-REPORT', 'گزارش‌گیری', 'Reporting', 'information', 'low', 60),
      node('SW-OA-LETTER', 'ثبت و ارسال نامه', 'Registering and sending letters', 'incident', 'medium', 60),
      node('SW-OA-SIGN', 'امضای الکترونیک', 'Electronic signature', 'incident', 'high', 90),
      node('SW-OA-ACCESS', 'دسترسی و کارتابل کاربران', 'User access and cartables', 'serviceRequest', 'medium', 45),
      node('SW-OA-ARCHIVE', 'بایگانی و جستجوی نامه‌ها', 'Archive and letter search', 'information', 'low', 30),
      node('SW-OA-CHANGE', 'تغییر فرم‌ها و گردش کار', 'Changes to forms and workflows', 'change', 'low', 960),
    ]),
    node('SW-FIN', 'سامانه مالی', 'Financial system', 'incident', 'high', 90, [
      node('SW-FIN-PAYROLL', 'حقوق و دستمزد', 'Payroll', 'incident', 'high', 120),
      node('SW-FIN-VOUCHER', 'صدور سند حسابداری', 'Accounting vouchers', 'incident', 'medium', 90),
      node('SW-FIN-TREASURY', 'خزانه‌داری و پرداخت', 'Treasury and payments', 'incident', 'high', 90),
      node('SW-FIN-REPORT', 'گزارش‌های مالی', 'Financial reports', 'information', 'low', 60),
    ]),
    node('SW-HR', 'سامانه منابع انسانی', 'HR system', 'incident', 'medium', 60, [
      node('SW-HR-ATTEND', 'حضور و غیاب', 'Attendance', 'incident', 'medium', 60),
      node('SW-HR-LEAVE', 'مرخصی و مأموریت', 'Leave and missions', 'serviceRequest', 'low', 45),
      node('SW-HR-RECORDS', 'پرونده پرسنلی', 'Personnel records', 'serviceRequest', 'low', 60),
    ]),
    node('SW-MAIL', 'پست الکترونیک', 'Email', 'incident', 'medium', 45, [
      node('SW-MAIL-ACCOUNT', 'ایجاد حساب ایمیل', 'New email account', 'serviceRequest', 'low', 30),
      node('SW-MAIL-SEND', 'ارسال و دریافت ایمیل', 'Sending and receiving mail', 'incident', 'high', 60),
      node('SW-MAIL-QUOTA', 'فضای صندوق پستی', 'Mailbox quota', 'serviceRequest', 'low', 20),
    ]),
    node('SW-APPS', 'نرم‌افزارهای عمومی', 'General applications', 'incident', 'medium', 45, [
      node('SW-APPS-OFFICE', 'مجموعه آفیس', 'Microsoft Office', 'incident', 'medium', 45),
      node('SW-APPS-ANTIVIRUS', 'ضدویروس', 'Antivirus', 'incident', 'high', 30),
      node('SW-APPS-INSTALL', 'نصب نرم‌افزار جدید', 'Installing new software', 'serviceRequest', 'low', 45),
    ]),
  ]),
  node('OS', 'سیستم‌عامل', 'Operating system', 'incident', 'medium', 60, [
    node('OS-WIN', 'ویندوز', 'Windows', 'incident', 'medium', 60, [
      node('OS-WIN-BOOT', 'بالا نیامدن ویندوز', 'Windows does not start', 'incident', 'high', 90),
      node('OS-WIN-SLOW', 'کندی سیستم', 'Slow computer', 'incident', 'medium', 60),
      node('OS-WIN-LOGIN', 'ورود به دامنه و گذرواژه', 'Domain login and password', 'incident', 'high', 20),
      node('OS-WIN-REINSTALL', 'نصب مجدد ویندوز', 'Reinstalling Windows', 'serviceRequest', 'low', 180),
    ]),
    node('OS-LINUX', 'لینوکس', 'Linux', 'incident', 'medium', 90, [
      node('OS-LINUX-ACCESS', 'دسترسی کاربران', 'User access', 'serviceRequest', 'medium', 30),
      node('OS-LINUX-SERVICE', 'سرویس‌های سرور', 'Server services', 'incident', 'high', 120),
    ]),
    node('OS-DRIVER', 'درایورها', 'Drivers', 'incident', 'medium', 30, [
      node('OS-DRIVER-PRINTER', 'درایور چاپگر', 'Printer driver', 'incident', 'medium', 30),
      node('OS-DRIVER-SCANNER', 'درایور اسکنر', 'Scanner driver', 'incident', 'low', 30),
      node('OS-DRIVER-TOKEN', 'درایور توکن امضای الکترونیک', 'E-signature token driver', 'incident', 'high', 30),
    ]),
    node('OS-UPDATE', 'به‌روزرسانی و وصله‌ها', 'Updates and patches', 'serviceRequest', 'low', 60, [
      node('OS-UPDATE-WINDOWS', 'به‌روزرسانی ویندوز', 'Windows update', 'serviceRequest', 'low', 60),
      node('OS-UPDATE-FAILED', 'خطای به‌روزرسانی', 'Failed update', 'incident', 'medium', 60),
    ]),
  ]),
  node('HW', 'سخت‌افزار و شبکه', 'Hardware and network', 'incident', 'medium', 90, [
    node('HW-PRINTER', 'چاپگر و دستگاه کپی', 'Printers and copiers', 'incident', 'medium', 60, [
      node('HW-PRINTER-JAM', 'گیر کردن کاغذ', 'Paper jam', 'incident', 'low', 30),
      node('HW-PRINTER-TONER', 'تعویض کارتریج و تونر', 'Cartridge and toner', 'serviceRequest', 'low', 30),
      node('HW-PRINTER-FAULT', 'خرابی چاپگر', 'Printer fault', 'incident', 'medium', 120),
      node('HW-PRINTER-COPIER', 'خرابی دستگاه کپی', 'Copier fault', 'incident', 'medium', 180),
    ]),
    node('HW-PC', 'رایانه و تجهیزات جانبی', 'Computers and peripherals', 'incident', 'medium', 60, [
      node('HW-PC-POWER', 'روشن نشدن رایانه', 'Computer does not power on', 'incident', 'high', 60),
      node('HW-PC-MONITOR', 'مانیتور', 'Monitor', 'incident', 'medium', 45),
      node('HW-PC-PERIPHERAL', 'صفحه‌کلید و ماوس', 'Keyboard and mouse', 'serviceRequest', 'low', 15),
      node('HW-PC-NEW', 'درخواست رایانه جدید', 'New computer', 'serviceRequest', 'low', 480),
      node('HW-PC-ASSET', 'ثبت اموال فناوری اطلاعات', 'IT asset registration', 'documentation', 'low', 30),
    ]),
    node('HW-NET', 'شبکه، اینترنت و VPN', 'Network, internet and VPN', 'incident', 'high', 60, [
      node('HW-NET-INTERNET', 'قطعی اینترنت', 'Internet outage', 'incident', 'critical', 60),
      node('HW-NET-VPN', 'اتصال VPN', 'VPN connection', 'incident', 'high', 45),
      node('HW-NET-LAN', 'قطعی شبکه داخلی', 'Local network outage', 'incident', 'critical', 60),
      node('HW-NET-WIFI', 'شبکه بی‌سیم', 'Wi-Fi', 'incident', 'medium', 45),
      node('HW-NET-CABLING', 'کابل‌کشی و پریز شبکه', 'Cabling and network sockets', 'serviceRequest', 'low', 240),
    ]),
    node('HW-PHONE', 'تلفن و ویپ', 'Telephones and VoIP', 'incident', 'medium', 45, [
      node('HW-PHONE-SET', 'خرابی گوشی تلفن', 'Phone set fault', 'incident', 'medium', 45),
      node('HW-PHONE-EXT', 'تعریف یا جابه‌جایی داخلی', 'New or moved extension', 'serviceRequest', 'low', 60),
      node('HW-PHONE-VOIP', 'کیفیت تماس ویپ', 'VoIP call quality', 'incident', 'medium', 60),
    ]),
  ]),
  node('TRN', 'آموزش', 'Training', 'information', 'low', 60, [
    node('TRN-OA', 'آموزش اتوماسیون اداری', 'Office automation training', 'information', 'low', 30, [
      node('TRN-OA-BASICS', 'کار با کارتابل و ثبت نامه', 'Cartable and letter basics', 'information', 'low', 30),
      node('TRN-OA-SIGN', 'آموزش امضای الکترونیک', 'Electronic signature training', 'information', 'low', 30),
      node('TRN-OA-CLASS', 'درخواست کلاس گروهی', 'Group class request', 'serviceRequest', 'low', 240),
    ]),
    node('TRN-OFFICE', 'آموزش آفیس', 'Office applications training', 'information', 'low', 45, [
      node('TRN-OFFICE-WORD', 'ورد', 'Word', 'information', 'low', 30),
      node('TRN-OFFICE-EXCEL', 'اکسل', 'Excel', 'information', 'low', 45),
      node('TRN-OFFICE-OUTLOOK', 'اوت‌لوک و ایمیل', 'Outlook and email', 'information', 'low', 30),
    ]),
    node('TRN-SEC', 'آموزش امنیت اطلاعات', 'Security awareness training', 'information', 'low', 30, [
      node('TRN-SEC-PHISHING', 'شناسایی ایمیل‌های فیشینگ', 'Recognizing phishing', 'information', 'low', 30),
      node('TRN-SEC-PASSWORD', 'گذرواژه امن', 'Strong passwords', 'information', 'low', 15),
      node('TRN-SEC-CLASS', 'دوره آگاهی‌رسانی امنیتی', 'Security awareness course', 'serviceRequest', 'low', 240),
    ]),
  ]),
];

/** Training requests are questions or class bookings; nothing there is an incident. */
const TRAINING_REQUEST_TYPES: readonly RequestType[] = ['information', 'serviceRequest'];

function flatten(nodes: readonly Node[], parent: string | null, requestTypes: readonly RequestType[] | undefined): DemoCategory[] {
  return nodes.flatMap((item) => {
    const types = item.code === 'TRN' ? TRAINING_REQUEST_TYPES : requestTypes;
    const { children, ...fields } = item;
    return [{ ...fields, parent, ...(types ? { requestTypes: types } : {}) }, ...flatten(children ?? [], item.code, types)];
  });
}

/** Parents before children, in the order they are shown. */
export const DEMO_CATEGORIES: readonly DemoCategory[] = flatten(TREE, null, undefined);
