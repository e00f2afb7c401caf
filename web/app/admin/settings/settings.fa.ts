/** Messages of the desk settings page, in Persian. */
export const settingsFa = {
  'admin.settings.lead': 'جایی که درخواست‌های بی‌قاعده و درخواست‌های حل‌شده می‌روند، و سیاست نظرسنجی و ارجاع درخواست‌های معوق.',
  'admin.settings.messageCenter': 'سمت مرکز پیام',
  'admin.settings.messageCenterHint': 'درخواستی که هیچ قاعدهٔ ارجاعی با آن جور نیست به این سمت می‌رود.',
  'admin.settings.feedbackAgents': 'سمت نظرسنجی',
  'admin.settings.feedbackAgentsHint': 'درخواست‌های حل‌شده برای نظرسنجی از درخواست‌کننده در کارتابل این سمت قرار می‌گیرند.',
  'admin.settings.unsatisfied': 'نارضایتی تا امتیاز',
  'admin.settings.unsatisfiedHint': 'امتیاز برابر یا کمتر از این، درخواست را برای رسیدگی دوباره برمی‌گرداند؛ ۰ هرگز.',
  'admin.settings.maxAttempts': 'بیشترین تماس برای نظرسنجی',
  'admin.settings.clock': 'مبنای ارجاع معوق',
  'admin.settings.clock.response': 'مهلت پاسخ',
  'admin.settings.clock.resolution': 'مهلت حل',
  'admin.settings.firstAfter': 'نخستین ارجاع پس از (دقیقهٔ کاری)',
  'admin.settings.repeatEvery': 'تکرار هر (دقیقهٔ کاری)',
  'admin.settings.maxEscalations': 'بیشترین شمار ارجاع',
} satisfies Readonly<Record<string, string>>;
