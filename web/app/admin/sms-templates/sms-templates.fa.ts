/** Messages of the SMS templates page, in Persian. */
export const smsTemplatesFa = {
  'admin.sms.lead': 'متن پیامکی که هر رویداد می‌فرستد، به فارسی و انگلیسی (به زبان درخواست‌کننده). فقط جای‌نگهدارهای همان رویداد پذیرفته می‌شوند.',
  'admin.sms.placeholders': 'جای‌نگهدارهای مجاز',
  'admin.sms.textFa': 'متن فارسی',
  'admin.sms.textEn': 'متن انگلیسی',
  'admin.sms.shipped': 'متن اصلی پیشخوان',
  'admin.sms.changedAt': 'تغییر یافته در {at}',
  'admin.sms.reset': 'بازگشت به متن اصلی',
  'admin.sms.resetDone': 'متن اصلی بازگشت.',
} satisfies Readonly<Record<string, string>>;
