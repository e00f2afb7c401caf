/** Messages of the people page, in Persian. */
export const peopleFa = {
  'admin.people.lead': 'کارکنان سازمان: واحد، مکان، تلفن‌ها (که تماس‌گیرنده با آن شناسایی می‌شود) و سمت‌هایی که دارند.',
  'admin.people.new': 'فرد تازه',
  'admin.people.search': 'جست‌وجو در نام، کد پرسنلی یا تلفن',
  'admin.people.none': 'کسی پیدا نشد.',
  'admin.people.name': 'نام',
  'admin.people.firstName': 'نام',
  'admin.people.lastName': 'نام خانوادگی',
  'admin.people.fullNameEn': 'نام کامل انگلیسی',
  'admin.people.personnelCode': 'کد پرسنلی',
  'admin.people.extension': 'شمارهٔ داخلی',
  'admin.people.phones': 'تلفن‌ها',
  'admin.people.phonesHint': 'هر شماره در یک سطر، به هر شکلی (۰۹۱۲…، ۰۲۱-…).',
  'admin.people.positions': 'سمت‌ها',
  'admin.people.primaryPosition': 'سمت اصلی',
  'admin.people.primaryPositionHint': 'یکی از سمت‌های انتخاب‌شده.',
} satisfies Readonly<Record<string, string>>;
