/** An org unit of the demo organization; `parent` is the code of the unit it belongs to. */
export interface DemoUnit {
  readonly code: string;
  readonly parent: string | null;
  readonly fa: string;
  readonly en: string;
}

export const DEMO_ORGANIZATION_NAME = { fa: 'سازمان خدمات همگانی سپهر', en: 'Sepehr Public Services Organization' } as const;

/** A mid-size government-style agency: headquarters in Tehran and four provincial offices. */
export const DEMO_UNITS: readonly DemoUnit[] = [
  { code: 'ORG', parent: null, fa: DEMO_ORGANIZATION_NAME.fa, en: DEMO_ORGANIZATION_NAME.en },
  { code: 'HEAD', parent: 'ORG', fa: 'دفتر ریاست سازمان', en: 'Office of the Head' },
  { code: 'AUDIT', parent: 'ORG', fa: 'دفتر حسابرسی داخلی و بازرسی', en: 'Internal Audit and Inspection' },
  { code: 'LEGAL', parent: 'ORG', fa: 'اداره کل حقوقی', en: 'Legal Affairs' },
  { code: 'SUP', parent: 'ORG', fa: 'معاونت توسعه مدیریت و پشتیبانی', en: 'Deputy for Management Development and Support' },
  { code: 'IT', parent: 'SUP', fa: 'اداره کل فناوری اطلاعات', en: 'IT Directorate' },
  { code: 'IT-SD', parent: 'IT', fa: 'مرکز پیام و میز خدمت', en: 'Message Center and Service Desk' },
  { code: 'IT-SW', parent: 'IT', fa: 'اداره نرم‌افزار', en: 'Software' },
  { code: 'IT-SYS', parent: 'IT', fa: 'اداره سیستم‌ها و سیستم‌عامل', en: 'Systems and Operating Systems' },
  { code: 'IT-NET', parent: 'IT', fa: 'اداره شبکه و سخت‌افزار', en: 'Network and Hardware' },
  { code: 'IT-TRN', parent: 'IT', fa: 'واحد آموزش فناوری اطلاعات', en: 'IT Training' },
  { code: 'FIN', parent: 'SUP', fa: 'اداره کل امور مالی', en: 'Finance' },
  { code: 'HR', parent: 'SUP', fa: 'اداره کل منابع انسانی', en: 'Human Resources' },
  { code: 'PROC', parent: 'SUP', fa: 'اداره تدارکات و خرید', en: 'Procurement' },
  { code: 'PRV', parent: 'ORG', fa: 'ادارات کل استانی', en: 'Provincial Offices' },
  { code: 'PRV-ISF', parent: 'PRV', fa: 'اداره کل استان اصفهان', en: 'Isfahan Provincial Office' },
  { code: 'PRV-KHR', parent: 'PRV', fa: 'اداره کل استان خراسان رضوی', en: 'Razavi Khorasan Provincial Office' },
  { code: 'PRV-AZE', parent: 'PRV', fa: 'اداره کل استان آذربایجان شرقی', en: 'East Azerbaijan Provincial Office' },
  { code: 'PRV-FRS', parent: 'PRV', fa: 'اداره کل استان فارس', en: 'Fars Provincial Office' },
];
