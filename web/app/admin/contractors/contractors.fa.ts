/** Messages of the contractors page, in Persian. */
export const contractorsFa = {
  'admin.contractors.lead': 'شرکت‌های بیرونی که با قواعد ارجاع درخواست می‌گیرند، و سمت‌هایی که بر کارشان نظارت می‌کنند.',
  'admin.contractors.new': 'پیمانکار تازه',
  'admin.contractors.phone': 'تلفن',
  'admin.contractors.email': 'پست الکترونیک',
  'admin.contractors.contacts': 'رابط‌ها',
  'admin.contractors.contactsHint': 'هر رابط در یک سطر: نام | تلفن | پست الکترونیک (اختیاری).',
  'admin.contractors.supervisors': 'سمت‌های ناظر',
  'admin.contractors.supervisorsHint': 'درخواست‌های پیمانکار در کارتابل این سمت‌ها دیده می‌شود.',
} satisfies Readonly<Record<string, string>>;
