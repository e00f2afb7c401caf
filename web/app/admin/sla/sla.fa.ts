/** Messages of the SLA page, in Persian. */
export const slaFa = {
  'admin.sla.lead': 'مهلت پاسخ و حل هر درخواست به دقیقهٔ کاری (بر پایهٔ تقویم کاری)، برای هر دسته و اولویت. دقیق‌ترین ردیف به کار می‌رود؛ هر اولویت یک ردیف پیش‌فرض («هر دسته‌ای») لازم دارد.',
  'admin.sla.priority': 'اولویت',
  'admin.sla.anyPriority': 'هر اولویتی',
  'admin.sla.response': 'پاسخ (دقیقهٔ کاری)',
  'admin.sla.resolution': 'حل (دقیقهٔ کاری)',
  'admin.sla.rowCategory': 'دستهٔ ردیف {row}',
  'admin.sla.rowPriority': 'اولویت ردیف {row}',
  'admin.sla.rowResponse': 'مهلت پاسخ ردیف {row}',
  'admin.sla.rowResolution': 'مهلت حل ردیف {row}',
  'admin.sla.removeRow': 'حذف ردیف {row}',
  'admin.sla.addRow': 'ردیف تازه',
} satisfies Readonly<Record<string, string>>;
