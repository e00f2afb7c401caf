/** An outside company that takes some tickets, with its contacts and the positions of ours that oversee it. */
export interface DemoContractor {
  readonly code: string;
  readonly fa: string;
  readonly en: string;
  readonly phone: string;
  readonly email: string;
  readonly contacts: readonly { readonly name: string; readonly phone: string; readonly email: string | null }[];
  readonly supervisors: readonly string[];
}

export const DEMO_CONTRACTORS: readonly DemoContractor[] = [
  {
    code: 'ZAYANDEH-PRINT',
    fa: 'شرکت فن‌آوران چاپ زاینده‌رود',
    en: 'Zayandeh-Rud Print Technologies',
    phone: '031 3624 5810',
    email: 'support@zayandeh-print.example',
    contacts: [
      { name: 'مهندس کوروش صفایی', phone: '0913 215 4870', email: 'k.safaei@zayandeh-print.example' },
      { name: 'بهروز نیکخواه (تکنسین)', phone: '0913 309 6621', email: null },
    ],
    supervisors: ['NET-ISF', 'NET-HARDWARE'],
  },
  {
    code: 'ALBORZ-CABLING',
    fa: 'شرکت شبکه‌گستر البرز',
    en: 'Alborz Network Cabling',
    phone: '021 4432 7700',
    email: 'info@alborz-cabling.example',
    contacts: [
      { name: 'مهندس سیاوش کیانی', phone: '0912 604 3318', email: 's.kiani@alborz-cabling.example' },
      { name: 'امید بابایی (سرپرست اکیپ)', phone: '0935 418 2290', email: null },
    ],
    supervisors: ['NET-HEAD'],
  },
  {
    code: 'NEGAR-COPY',
    fa: 'شرکت نگار چاپ پارس',
    en: 'Negar Chap Pars',
    phone: '021 6641 2093',
    email: 'service@negar-chap.example',
    contacts: [{ name: 'رحیم توانا', phone: '0912 745 9902', email: 'r.tavana@negar-chap.example' }],
    supervisors: ['NET-HARDWARE'],
  },
];
