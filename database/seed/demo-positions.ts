/**
 * A post of the demo organization. `parent` is the post it reports to, which is where its tickets
 * escalate: an operator to the head of the message center, a network expert to the head of network,
 * then the IT director, the deputy and the head of the organization.
 */
export interface DemoPosition {
  readonly code: string;
  readonly parent: string | null;
  readonly unit: string;
  readonly fa: string;
  readonly en: string;
}

const provinces = [
  { code: 'ISF', unit: 'PRV-ISF', fa: 'اصفهان', en: 'Isfahan' },
  { code: 'KHR', unit: 'PRV-KHR', fa: 'خراسان رضوی', en: 'Razavi Khorasan' },
  { code: 'AZE', unit: 'PRV-AZE', fa: 'آذربایجان شرقی', en: 'East Azerbaijan' },
  { code: 'FRS', unit: 'PRV-FRS', fa: 'فارس', en: 'Fars' },
] as const;

export const DEMO_POSITIONS: readonly DemoPosition[] = [
  { code: 'HEAD-CHIEF', parent: null, unit: 'HEAD', fa: 'رئیس سازمان', en: 'Head of the organization' },
  { code: 'HEAD-OFFICE', parent: 'HEAD-CHIEF', unit: 'HEAD', fa: 'کارشناس دفتر ریاست', en: 'Officer, office of the head' },
  { code: 'AUDIT-HEAD', parent: 'HEAD-CHIEF', unit: 'AUDIT', fa: 'مدیر حسابرسی داخلی و بازرسی', en: 'Head of internal audit' },
  { code: 'AUDIT-AUDITOR', parent: 'AUDIT-HEAD', unit: 'AUDIT', fa: 'حسابرس داخلی', en: 'Internal auditor' },
  { code: 'LEGAL-DIR', parent: 'HEAD-CHIEF', unit: 'LEGAL', fa: 'مدیر کل حقوقی', en: 'Director of legal affairs' },
  { code: 'LEGAL-EXPERT', parent: 'LEGAL-DIR', unit: 'LEGAL', fa: 'کارشناس حقوقی', en: 'Legal expert' },
  { code: 'SUP-DEPUTY', parent: 'HEAD-CHIEF', unit: 'SUP', fa: 'معاون توسعه مدیریت و پشتیبانی', en: 'Deputy for management development and support' },
  { code: 'IT-DIR', parent: 'SUP-DEPUTY', unit: 'IT', fa: 'مدیر کل فناوری اطلاعات', en: 'IT director' },
  { code: 'SD-HEAD', parent: 'IT-DIR', unit: 'IT-SD', fa: 'رئیس مرکز پیام', en: 'Head of the message center' },
  { code: 'SD-OPERATOR', parent: 'SD-HEAD', unit: 'IT-SD', fa: 'اپراتور مرکز پیام', en: 'Message-center operator' },
  { code: 'SD-FEEDBACK', parent: 'SD-HEAD', unit: 'IT-SD', fa: 'کارشناس نظرسنجی و پیگیری', en: 'Feedback agent' },
  { code: 'SD-ADMIN', parent: 'SD-HEAD', unit: 'IT-SD', fa: 'راهبر سامانه پیشخوان', en: 'Pishkhan administrator' },
  { code: 'SW-HEAD', parent: 'IT-DIR', unit: 'IT-SW', fa: 'رئیس اداره نرم‌افزار', en: 'Head of software' },
  { code: 'SW-OA', parent: 'SW-HEAD', unit: 'IT-SW', fa: 'کارشناس سامانه اتوماسیون اداری', en: 'Office automation expert' },
  { code: 'SW-BIZ', parent: 'SW-HEAD', unit: 'IT-SW', fa: 'کارشناس سامانه‌های مالی و منابع انسانی', en: 'Finance and HR systems expert' },
  { code: 'SW-PROCESS', parent: 'SW-HEAD', unit: 'IT-SW', fa: 'کارشناس تحلیل و طراحی فرایند', en: 'Process analyst' },
  { code: 'SYS-HEAD', parent: 'IT-DIR', unit: 'IT-SYS', fa: 'رئیس اداره سیستم‌ها و سیستم‌عامل', en: 'Head of systems and operating systems' },
  { code: 'SYS-DESKTOP', parent: 'SYS-HEAD', unit: 'IT-SYS', fa: 'کارشناس سیستم‌عامل و پشتیبانی کاربران', en: 'Desktop and OS support expert' },
  { code: 'SYS-SERVER', parent: 'SYS-HEAD', unit: 'IT-SYS', fa: 'کارشناس سرورها و پست الکترونیک', en: 'Server and email expert' },
  { code: 'NET-HEAD', parent: 'IT-DIR', unit: 'IT-NET', fa: 'رئیس اداره شبکه و سخت‌افزار', en: 'Head of network and hardware' },
  { code: 'NET-EXPERT', parent: 'NET-HEAD', unit: 'IT-NET', fa: 'کارشناس شبکه (تهران)', en: 'Network expert (Tehran)' },
  { code: 'NET-HARDWARE', parent: 'NET-HEAD', unit: 'IT-NET', fa: 'کارشناس سخت‌افزار', en: 'Hardware expert' },
  // The provincial IT experts sit in their provincial offices but report, for IT work, to the head of network and hardware.
  ...provinces.map((p) => ({ code: `NET-${p.code}`, parent: 'NET-HEAD', unit: p.unit, fa: `کارشناس فناوری اطلاعات استان ${p.fa}`, en: `IT expert, ${p.en}` })),
  { code: 'TRN-HEAD', parent: 'IT-DIR', unit: 'IT-TRN', fa: 'مسئول آموزش فناوری اطلاعات', en: 'Head of IT training' },
  { code: 'TRN-TRAINER', parent: 'TRN-HEAD', unit: 'IT-TRN', fa: 'مدرس فناوری اطلاعات', en: 'IT trainer' },
  { code: 'FIN-DIR', parent: 'SUP-DEPUTY', unit: 'FIN', fa: 'مدیر کل امور مالی', en: 'Director of finance' },
  { code: 'FIN-ACCOUNTANT', parent: 'FIN-DIR', unit: 'FIN', fa: 'کارشناس حسابداری', en: 'Accountant' },
  { code: 'HR-DIR', parent: 'SUP-DEPUTY', unit: 'HR', fa: 'مدیر کل منابع انسانی', en: 'Director of human resources' },
  { code: 'HR-EXPERT', parent: 'HR-DIR', unit: 'HR', fa: 'کارشناس امور اداری', en: 'HR officer' },
  { code: 'PROC-HEAD', parent: 'SUP-DEPUTY', unit: 'PROC', fa: 'رئیس اداره تدارکات و خرید', en: 'Head of procurement' },
  { code: 'PROC-EXPERT', parent: 'PROC-HEAD', unit: 'PROC', fa: 'کارپرداز', en: 'Procurement officer' },
  ...provinces.flatMap((p) => [
    { code: `${p.code}-DIR`, parent: 'HEAD-CHIEF', unit: p.unit, fa: `مدیر کل استان ${p.fa}`, en: `Director, ${p.en} office` },
    { code: `${p.code}-STAFF`, parent: `${p.code}-DIR`, unit: p.unit, fa: `کارشناس اداره کل استان ${p.fa}`, en: `Officer, ${p.en} office` },
  ]),
];
