import { IRANIAN_SOLAR_HOLIDAYS } from '../../core/calendar/iranian-solar-holidays.js';

/** A row of the `holidays` table: without `year` it recurs every year. */
export interface DemoHoliday {
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
  readonly fa: string;
  readonly en: string;
}

const SOLAR_NAMES_EN: Readonly<Record<string, string>> = {
  '1/1': 'Nowruz',
  '1/2': 'Nowruz',
  '1/3': 'Nowruz',
  '1/4': 'Nowruz',
  '1/12': 'Islamic Republic Day',
  '1/13': 'Nature Day (Sizdah Bedar)',
  '3/14': 'Demise of Imam Khomeini',
  '3/15': '15 Khordad uprising',
  '11/22': 'Victory of the Islamic Revolution',
  '12/29': 'Nationalization of the oil industry',
};

/** The fixed solar holidays, every year (from core, with English names). */
const SOLAR: readonly DemoHoliday[] = IRANIAN_SOLAR_HOLIDAYS.map((holiday) => ({
  year: null,
  month: holiday.month,
  day: holiday.day,
  fa: holiday.name ?? '',
  en: SOLAR_NAMES_EN[`${holiday.month}/${holiday.day}`] ?? '',
}));

/**
 * The lunar (religious) holidays of 1405 (21 March 2026 – 20 March 2027), for that year only.
 *
 * Source: the official calendar of 1405 approved by the Council for Public Culture (شورای فرهنگ
 * عمومی), as reported by ILNA on 2025-10-30 («سال ۱۴۰۵ چند روز تعطیل رسمی دارد؟», ilna.ir news
 * 1707051): 1 Farvardin is also Eid al-Fitr (1 Shawwal 1447), 2 Farvardin its second day, Eid
 * al-Adha 6 Khordad, Ghadir 14 Khordad, Tasua 3 Tir and Ashura 4 Tir; 25 official holidays in all,
 * 6 of them on a Thursday and 3 on a Friday; none in Ordibehesht, Mehr or Azar; 4 in Mordad and 4
 * in Esfand. The report's text available to us stops after Tir: the later dates below follow the
 * lunar months from those anchors with the crescent-visibility dates for Iran, and they reproduce
 * every one of the report's totals. The 21 Ramadan date (10 Esfand) is the least certain: it would
 * be 9 Esfand if Ramadan 1448 began on 8 rather than 9 February 2027. The report lists no holiday
 * on 25 Farvardin (25 Shawwal, martyrdom of Imam Sadegh), so none is entered; check the list against
 * the calendar of the University of Tehran's Institute of Geophysics before relying on it.
 */
const LUNAR_1405: readonly DemoHoliday[] = [
  { year: 1405, month: 1, day: 1, fa: 'عید سعید فطر', en: 'Eid al-Fitr' },
  { year: 1405, month: 1, day: 2, fa: 'تعطیل به مناسبت عید سعید فطر', en: 'Eid al-Fitr holiday' },
  { year: 1405, month: 3, day: 6, fa: 'عید سعید قربان', en: 'Eid al-Adha' },
  { year: 1405, month: 3, day: 14, fa: 'عید سعید غدیر خم', en: 'Eid al-Ghadir' },
  { year: 1405, month: 4, day: 3, fa: 'تاسوعای حسینی', en: 'Tasua' },
  { year: 1405, month: 4, day: 4, fa: 'عاشورای حسینی', en: 'Ashura' },
  { year: 1405, month: 5, day: 13, fa: 'اربعین حسینی', en: 'Arbaeen' },
  { year: 1405, month: 5, day: 21, fa: 'رحلت رسول اکرم (ص) و شهادت امام حسن مجتبی (ع)', en: 'Demise of the Prophet and martyrdom of Imam Hasan' },
  { year: 1405, month: 5, day: 22, fa: 'شهادت امام رضا (ع)', en: 'Martyrdom of Imam Reza' },
  { year: 1405, month: 5, day: 30, fa: 'شهادت امام حسن عسکری (ع)', en: 'Martyrdom of Imam Hasan Askari' },
  { year: 1405, month: 6, day: 8, fa: 'میلاد رسول اکرم (ص) و امام جعفر صادق (ع)', en: 'Birth of the Prophet and Imam Sadegh' },
  { year: 1405, month: 8, day: 22, fa: 'شهادت حضرت فاطمه زهرا (س)', en: 'Martyrdom of Fatimah' },
  { year: 1405, month: 10, day: 2, fa: 'ولادت امام علی (ع)', en: 'Birth of Imam Ali' },
  { year: 1405, month: 10, day: 16, fa: 'مبعث رسول اکرم (ص)', en: 'Mission of the Prophet (Mab\'ath)' },
  { year: 1405, month: 11, day: 4, fa: 'ولادت حضرت قائم (عج)', en: 'Birth of Imam Mahdi' },
  { year: 1405, month: 12, day: 10, fa: 'شهادت امام علی (ع)', en: 'Martyrdom of Imam Ali' },
  { year: 1405, month: 12, day: 19, fa: 'عید سعید فطر', en: 'Eid al-Fitr' },
  { year: 1405, month: 12, day: 20, fa: 'تعطیل به مناسبت عید سعید فطر', en: 'Eid al-Fitr holiday' },
];

export const DEMO_HOLIDAYS: readonly DemoHoliday[] = [...SOLAR, ...LUNAR_1405];
