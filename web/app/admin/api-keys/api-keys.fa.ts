/** Messages of the API keys page, in Persian. */
export const apiKeysFa = {
  'admin.apiKeys.lead': 'کلیدهای سامانه‌های دیگر (مانند CRM) برای کار با API پیشخوان. هر کلید فقط یک بار، هنگام ساخت، نشان داده می‌شود.',
  'admin.apiKeys.new': 'کلید تازه',
  'admin.apiKeys.name': 'نام',
  'admin.apiKeys.prefix': 'پیشوند',
  'admin.apiKeys.lastUsed': 'آخرین استفاده',
  'admin.apiKeys.revoke': 'باطل کردن',
  'admin.apiKeys.revokeQuestion': 'کلید باطل شود؟',
  'admin.apiKeys.revoked': 'کلید باطل شد.',
  'admin.apiKeys.revokedAt': 'باطل‌شده در {at}',
  'admin.apiKeys.created': 'کلید ساخته شد.',
  'admin.apiKeys.showOnce': 'این کلید را اکنون رونوشت کنید؛ دیگر نشان داده نمی‌شود:',
} satisfies Readonly<Record<string, string>>;
