import type { LocationKind } from '../../core/org/location.js';

/** A place of the demo organization: province › city › building › floor. */
export interface DemoLocation {
  readonly code: string;
  readonly parent: string | null;
  readonly kind: LocationKind;
  readonly fa: string;
  readonly en: string;
}

const FLOOR_NAMES = [
  { fa: 'همکف', en: 'Ground floor' },
  { fa: 'طبقه اول', en: 'First floor' },
  { fa: 'طبقه دوم', en: 'Second floor' },
  { fa: 'طبقه سوم', en: 'Third floor' },
  { fa: 'طبقه چهارم', en: 'Fourth floor' },
  { fa: 'طبقه پنجم', en: 'Fifth floor' },
] as const;

/** The floors of a building, coded `<building>-G`, `<building>-1` … */
function floors(building: string, count: number): DemoLocation[] {
  return FLOOR_NAMES.slice(0, count).map((name, index) => ({
    code: `${building}-${index === 0 ? 'G' : index}`,
    parent: building,
    kind: 'floor',
    fa: name.fa,
    en: name.en,
  }));
}

export const DEMO_LOCATIONS: readonly DemoLocation[] = [
  { code: 'THR', parent: null, kind: 'province', fa: 'استان تهران', en: 'Tehran Province' },
  { code: 'THR-C', parent: 'THR', kind: 'city', fa: 'تهران', en: 'Tehran' },
  { code: 'THR-HQ', parent: 'THR-C', kind: 'building', fa: 'ساختمان مرکزی (خیابان شهید بهشتی)', en: 'Headquarters (Shahid Beheshti St.)' },
  ...floors('THR-HQ', 6),
  { code: 'THR-B2', parent: 'THR-C', kind: 'building', fa: 'ساختمان شماره ۲ (آموزش و انبار)', en: 'Building 2 (training and stores)' },
  ...floors('THR-B2', 2),
  { code: 'ISF', parent: null, kind: 'province', fa: 'استان اصفهان', en: 'Isfahan Province' },
  { code: 'ISF-C', parent: 'ISF', kind: 'city', fa: 'اصفهان', en: 'Isfahan' },
  { code: 'ISF-B', parent: 'ISF-C', kind: 'building', fa: 'ساختمان اداره کل استان اصفهان', en: 'Isfahan provincial office building' },
  ...floors('ISF-B', 3),
  { code: 'KSH-C', parent: 'ISF', kind: 'city', fa: 'کاشان', en: 'Kashan' },
  { code: 'KSH-B', parent: 'KSH-C', kind: 'building', fa: 'دفتر شهرستان کاشان', en: 'Kashan county office' },
  { code: 'KHR', parent: null, kind: 'province', fa: 'استان خراسان رضوی', en: 'Razavi Khorasan Province' },
  { code: 'MHD-C', parent: 'KHR', kind: 'city', fa: 'مشهد', en: 'Mashhad' },
  { code: 'MHD-B', parent: 'MHD-C', kind: 'building', fa: 'ساختمان اداره کل استان خراسان رضوی', en: 'Razavi Khorasan provincial office building' },
  ...floors('MHD-B', 3),
  { code: 'AZE', parent: null, kind: 'province', fa: 'استان آذربایجان شرقی', en: 'East Azerbaijan Province' },
  { code: 'TBZ-C', parent: 'AZE', kind: 'city', fa: 'تبریز', en: 'Tabriz' },
  { code: 'TBZ-B', parent: 'TBZ-C', kind: 'building', fa: 'ساختمان اداره کل استان آذربایجان شرقی', en: 'East Azerbaijan provincial office building' },
  ...floors('TBZ-B', 3),
  { code: 'FRS', parent: null, kind: 'province', fa: 'استان فارس', en: 'Fars Province' },
  { code: 'SHZ-C', parent: 'FRS', kind: 'city', fa: 'شیراز', en: 'Shiraz' },
  { code: 'SHZ-B', parent: 'SHZ-C', kind: 'building', fa: 'ساختمان اداره کل استان فارس', en: 'Fars provincial office building' },
  ...floors('SHZ-B', 3),
];
