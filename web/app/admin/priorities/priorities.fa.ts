/** Messages of the priorities page, in Persian. */
export const prioritiesFa = {
  'admin.priorities.lead': 'اولویت‌ها از فوری‌ترین؛ ردیف‌های کارتابل رنگ اولویت را می‌گیرند و اهداف سطح خدمت برای هر اولویت تعیین می‌شوند.',
  'admin.priorities.new': 'اولویت تازه',
  'admin.priorities.name': 'نام',
  'admin.priorities.codeHint': 'کوتاه و یکتا، با حروف کوچک لاتین، مثلاً urgent؛ قواعد سطح خدمت و دسته‌ها با این کد به اولویت اشاره می‌کنند.',
  'admin.priorities.rank': 'رتبه',
  'admin.priorities.rankHint': '۱ فوری‌ترین است.',
  'admin.priorities.color': 'رنگ',
  'admin.priorities.isDefault': 'پیش‌فرض',
  'admin.priorities.isDefaultHint': 'اولویتی که درخواست تازه می‌گیرد وقتی دسته یا اپراتور چیزی تعیین نکرده است.',
} satisfies Readonly<Record<string, string>>;
