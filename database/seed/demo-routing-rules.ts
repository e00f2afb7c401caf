/**
 * Category × location → positions or a contractor, by code; null matches any. The most specific
 * category wins first, then the most specific location (core/routing/resolve-routing.ts); tickets
 * no rule matches go to the message center.
 */
export interface DemoRoutingRule {
  readonly category: string | null;
  readonly location: string | null;
  readonly positions?: readonly string[];
  readonly contractor?: string;
  readonly description: string;
}

const PROVINCIAL_IT = [
  { location: 'ISF', position: 'NET-ISF', fa: 'اصفهان' },
  { location: 'KHR', position: 'NET-KHR', fa: 'خراسان رضوی' },
  { location: 'AZE', position: 'NET-AZE', fa: 'آذربایجان شرقی' },
  { location: 'FRS', position: 'NET-FRS', fa: 'فارس' },
] as const;

export const DEMO_ROUTING_RULES: readonly DemoRoutingRule[] = [
  { category: 'SW-OA', location: null, positions: ['SW-OA'], description: 'اتوماسیون اداری با کارشناس اتوماسیون' },
  // A signature that fails is either the token driver on the PC or the signing settings of the system.
  { category: 'SW-OA-SIGN', location: null, positions: ['SW-OA', 'SYS-DESKTOP'], description: 'امضای الکترونیک هم‌زمان با کارشناس اتوماسیون و کارشناس سیستم‌عامل' },
  { category: 'SW-FIN', location: null, positions: ['SW-BIZ'], description: 'سامانه مالی با کارشناس سامانه‌های مالی و منابع انسانی' },
  { category: 'SW-HR', location: null, positions: ['SW-BIZ'], description: 'سامانه منابع انسانی با کارشناس سامانه‌های مالی و منابع انسانی' },
  { category: 'SW-MAIL', location: null, positions: ['SYS-SERVER'], description: 'پست الکترونیک با کارشناس سرورها' },
  { category: 'SW-APPS', location: null, positions: ['SYS-DESKTOP'], description: 'نرم‌افزارهای عمومی با کارشناس پشتیبانی کاربران' },
  { category: 'OS', location: null, positions: ['SYS-DESKTOP'], description: 'سیستم‌عامل با کارشناس پشتیبانی کاربران' },
  { category: 'OS-LINUX', location: null, positions: ['SYS-SERVER'], description: 'لینوکس با کارشناس سرورها' },
  { category: 'HW', location: null, positions: ['NET-HARDWARE'], description: 'سخت‌افزار با کارشناس سخت‌افزار' },
  // The network is run centrally from Tehran, also for the provinces.
  { category: 'HW-NET', location: null, positions: ['NET-EXPERT'], description: 'شبکه، اینترنت و VPN با کارشناس شبکه تهران' },
  { category: 'HW-PHONE', location: null, positions: ['NET-EXPERT'], description: 'تلفن و ویپ با کارشناس شبکه تهران' },
  { category: 'TRN', location: null, positions: ['TRN-TRAINER'], description: 'آموزش با مدرس فناوری اطلاعات' },
  ...PROVINCIAL_IT.flatMap(({ location, position, fa }) => [
    { category: 'OS', location, positions: [position], description: `سیستم‌عامل در استان ${fa} با کارشناس فناوری اطلاعات استان` },
    { category: 'HW', location, positions: [position], description: `سخت‌افزار در استان ${fa} با کارشناس فناوری اطلاعات استان` },
  ]),
  { category: 'HW-PRINTER', location: 'ISF-C', contractor: 'ZAYANDEH-PRINT', description: 'چاپگرهای شهر اصفهان با پیمانکار نگهداری چاپگر' },
  { category: 'HW-PRINTER-COPIER', location: 'THR', contractor: 'NEGAR-COPY', description: 'دستگاه‌های کپی استان تهران با پیمانکار نگهداری' },
  { category: 'HW-NET-CABLING', location: 'THR-C', contractor: 'ALBORZ-CABLING', description: 'کابل‌کشی شبکه در تهران با پیمانکار کابل‌کشی' },
];
