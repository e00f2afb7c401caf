import type { RandomSource } from '../../core/random/random-source.js';
import type { DemoPerson } from './demo-people.js';

type Name = readonly [fa: string, en: string];

const FIRST_NAMES: readonly Name[] = [
  ['محمد', 'Mohammad'], ['علی', 'Ali'], ['حسن', 'Hassan'], ['حسین', 'Hossein'], ['رضا', 'Reza'], ['مهدی', 'Mehdi'],
  ['امیرحسین', 'Amirhossein'], ['ابوالفضل', 'Abolfazl'], ['محمدجواد', 'Mohammadjavad'], ['مجتبی', 'Mojtaba'], ['سجاد', 'Sajjad'],
  ['میلاد', 'Milad'], ['بهنام', 'Behnam'], ['فرشاد', 'Farshad'], ['کیوان', 'Keyvan'], ['هادی', 'Hadi'], ['یوسف', 'Yousef'],
  ['اکبر', 'Akbar'], ['فرهاد', 'Farhad'], ['نادر', 'Nader'], ['زهرا', 'Zahra'], ['فاطمه', 'Fatemeh'], ['معصومه', 'Masoumeh'],
  ['مریم', 'Maryam'], ['زینب', 'Zeynab'], ['سمانه', 'Samaneh'], ['نازنین', 'Nazanin'], ['الهه', 'Elaheh'], ['مهسا', 'Mahsa'],
  ['سپیده', 'Sepideh'], ['آزاده', 'Azadeh'], ['فرزانه', 'Farzaneh'], ['طاهره', 'Tahereh'], ['راضیه', 'Razieh'], ['هانیه', 'Haniyeh'],
  ['محدثه', 'Mohaddeseh'], ['شبنم', 'Shabnam'], ['ندا', 'Neda'], ['رویا', 'Roya'], ['کبری', 'Kobra'],
];

const LAST_NAMES: readonly Name[] = [
  ['محمدی', 'Mohammadi'], ['حسینی', 'Hosseini'], ['احمدی', 'Ahmadi'], ['رضایی', 'Rezaei'], ['موسوی', 'Mousavi'], ['کریمی', 'Karimi'],
  ['جعفری', 'Jafari'], ['رحیمی', 'Rahimi'], ['قاسمی', 'Ghasemi'], ['اکبری', 'Akbari'], ['صادقی', 'Sadeghi'], ['حیدری', 'Heydari'],
  ['کاظمی', 'Kazemi'], ['مرادی', 'Moradi'], ['نوری', 'Nouri'], ['ابراهیمی', 'Ebrahimi'], ['سلطانی', 'Soltani'], ['شجاعی', 'Shojaei'],
  ['بهرامی', 'Bahrami'], ['خسروی', 'Khosravi'], ['یزدانی', 'Yazdani'], ['فراهانی', 'Farahani'], ['تهرانی', 'Tehrani'],
  ['اصفهانی', 'Esfahani'], ['نیک‌نام', 'Niknam'], ['میرزایی', 'Mirzaei'], ['عزیزی', 'Azizi'], ['رنجبر', 'Ranjbar'],
  ['کشاورز', 'Keshavarz'], ['صفری', 'Safari'], ['آقایی', 'Aghaei'], ['پاکزاد', 'Pakzad'], ['شاکری', 'Shakeri'], ['جهانگیری', 'Jahangiri'],
  ['اسماعیلی', 'Esmaeili'], ['ولی‌زاده', 'Valizadeh'], ['رسولی', 'Rasouli'], ['توکلی', 'Tavakoli'], ['فرجی', 'Faraji'], ['امیری', 'Amiri'],
  ['حیدرزاده', 'Heydarzadeh'], ['علیزاده', 'Alizadeh'], ['نجاتی', 'Nejati'], ['سبحانی', 'Sobhani'], ['غفاری', 'Ghaffari'],
];

/** Where the generated employees work, and the mobile prefixes common in that province. */
interface EmployeeGroup {
  readonly unit: string;
  readonly position: string;
  readonly locations: readonly string[];
  readonly count: number;
  readonly mobilePrefixes: readonly string[];
  readonly firstExtension: number;
}

const TEHRAN_MOBILES = ['0912', '0935', '0919', '0910', '0901', '0936'];

const GROUPS: readonly EmployeeGroup[] = [
  { unit: 'FIN', position: 'FIN-ACCOUNTANT', locations: ['THR-HQ-3'], count: 8, mobilePrefixes: TEHRAN_MOBILES, firstExtension: 2310 },
  { unit: 'HR', position: 'HR-EXPERT', locations: ['THR-HQ-4'], count: 6, mobilePrefixes: TEHRAN_MOBILES, firstExtension: 2410 },
  { unit: 'PROC', position: 'PROC-EXPERT', locations: ['THR-HQ-3', 'THR-B2-G'], count: 4, mobilePrefixes: TEHRAN_MOBILES, firstExtension: 2360 },
  { unit: 'LEGAL', position: 'LEGAL-EXPERT', locations: ['THR-HQ-4'], count: 3, mobilePrefixes: TEHRAN_MOBILES, firstExtension: 2455 },
  { unit: 'HEAD', position: 'HEAD-OFFICE', locations: ['THR-HQ-5'], count: 3, mobilePrefixes: TEHRAN_MOBILES, firstExtension: 2520 },
  { unit: 'PRV-ISF', position: 'ISF-STAFF', locations: ['ISF-B-G', 'ISF-B-1', 'ISF-B-2', 'KSH-B'], count: 7, mobilePrefixes: ['0913', '0913', '0935'], firstExtension: 3120 },
  { unit: 'PRV-KHR', position: 'KHR-STAFF', locations: ['MHD-B-G', 'MHD-B-1', 'MHD-B-2'], count: 6, mobilePrefixes: ['0915', '0915', '0936'], firstExtension: 3220 },
  { unit: 'PRV-AZE', position: 'AZE-STAFF', locations: ['TBZ-B-G', 'TBZ-B-1', 'TBZ-B-2'], count: 6, mobilePrefixes: ['0914', '0914', '0937'], firstExtension: 3320 },
  { unit: 'PRV-FRS', position: 'FRS-STAFF', locations: ['SHZ-B-G', 'SHZ-B-1', 'SHZ-B-2'], count: 6, mobilePrefixes: ['0917', '0917', '0938'], firstExtension: 3420 },
];

function pick<T>(random: RandomSource, items: readonly T[]): T {
  return items[random.nextInt(items.length)] as T;
}

/**
 * The rest of the staff: requesters for the portal and callers for the contact center, spread over
 * the business units and provincial offices. Names and mobile numbers are drawn from `random`, so a
 * seeded source gives the same people every time; no name or number repeats one already in `taken`.
 */
export function generateDemoEmployees(random: RandomSource, firstPersonnelCode: number, taken: readonly DemoPerson[]): DemoPerson[] {
  const names = new Set(taken.map((person) => `${person.firstName} ${person.lastName}`));
  const mobiles = new Set(taken.map((person) => person.mobile.replace(/\s/g, '')));
  const employees: DemoPerson[] = [];
  let personnelCode = firstPersonnelCode;
  for (const group of GROUPS) {
    for (let index = 0; index < group.count; index++) {
      let first: Name, last: Name;
      do {
        first = pick(random, FIRST_NAMES);
        last = pick(random, LAST_NAMES);
      } while (names.has(`${first[0]} ${last[0]}`));
      names.add(`${first[0]} ${last[0]}`);
      let mobile: string;
      do mobile = pick(random, group.mobilePrefixes) + String(1_000_000 + random.nextInt(9_000_000));
      while (mobiles.has(mobile));
      mobiles.add(mobile);
      employees.push({
        personnelCode: String(personnelCode++),
        firstName: first[0],
        lastName: last[0],
        nameEn: `${first[1]} ${last[1]}`,
        unit: group.unit,
        location: group.locations[index % group.locations.length] as string,
        positions: [group.position],
        mobile,
        extension: String(group.firstExtension + index),
      });
    }
  }
  return employees;
}
