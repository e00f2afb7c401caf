/** Messages of the locations page, in Persian. */
export const locationsFa = {
  'admin.locations.lead': 'مکان‌های سازمان: استان › شهر › ساختمان › طبقه. قواعد ارجاع و گزارش‌ها بر پایهٔ همین درخت کار می‌کنند.',
  'admin.locations.tree': 'درخت مکان‌ها',
  'admin.locations.newProvince': 'استان تازه',
  'admin.locations.newChild': 'مکان تازه درون این مکان',
  'admin.locations.pick': 'مکانی را از درخت انتخاب کنید، یا استان تازه‌ای بسازید.',
  'admin.locations.kind': 'نوع',
  'admin.locations.kind.province': 'استان',
  'admin.locations.kind.city': 'شهر',
  'admin.locations.kind.building': 'ساختمان',
  'admin.locations.kind.floor': 'طبقه',
  'admin.locations.parent': 'درون',
  'admin.locations.topLevel': 'هیچ (بالاترین سطح)',
} satisfies Readonly<Record<string, string>>;
