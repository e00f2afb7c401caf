/**
 * The SMS templates, one per event and audience, each in Persian and English (the `sms_templates`
 * table, edited by the admin). Placeholders are written `{{name}}`; `renderSms` fills them.
 */
export const SMS_TEMPLATE_KEYS = [
  'ticket.registered',
  'ticket.informationRequested',
  'ticket.resolved',
  'ticket.escalated.previous',
  'ticket.escalated.new',
  'ticket.escalated.requester',
  'ticket.closed',
] as const;
export type SmsTemplateKey = (typeof SMS_TEMPLATE_KEYS)[number];

/** The placeholders each template may use. */
export const SMS_TEMPLATE_PLACEHOLDERS: Readonly<Record<SmsTemplateKey, readonly string[]>> = {
  'ticket.registered': ['trackingCode', 'subject', 'name', 'date'],
  'ticket.informationRequested': ['trackingCode', 'question', 'name'],
  'ticket.resolved': ['trackingCode', 'resolution', 'name', 'date'],
  'ticket.escalated.previous': ['trackingCode', 'subject', 'position', 'level'],
  'ticket.escalated.new': ['trackingCode', 'subject', 'position', 'level', 'dueDate'],
  'ticket.escalated.requester': ['trackingCode', 'name'],
  'ticket.closed': ['trackingCode', 'name', 'date'],
};

/** The templates inserted by the migration; the admin may change them. */
export const DEFAULT_SMS_TEMPLATES: Readonly<Record<SmsTemplateKey, { readonly fa: string; readonly en: string }>> = {
  'ticket.registered': {
    fa: '{{name}} گرامی، درخواست شما ثبت شد. کد پیگیری: {{trackingCode}}',
    en: 'Dear {{name}}, your request has been registered. Tracking code: {{trackingCode}}',
  },
  'ticket.informationRequested': {
    fa: 'درباره درخواست {{trackingCode}} پرسشی داریم: {{question}} لطفاً از پرتال یا با تماس پاسخ دهید.',
    en: 'About request {{trackingCode}} we need to know: {{question}} Please answer on the portal or by phone.',
  },
  'ticket.resolved': {
    fa: 'درخواست {{trackingCode}} در {{date}} انجام شد: {{resolution}} به‌زودی نظر شما را می‌پرسیم.',
    en: 'Request {{trackingCode}} was resolved on {{date}}: {{resolution}} We will ask for your feedback shortly.',
  },
  'ticket.escalated.previous': {
    fa: 'درخواست {{trackingCode}} ({{subject}}) در مهلت انجام نشد و به {{position}} ارجاع شد.',
    en: 'Request {{trackingCode}} ({{subject}}) missed its deadline and was escalated to {{position}}.',
  },
  'ticket.escalated.new': {
    fa: 'درخواست {{trackingCode}} ({{subject}}) از مهلت گذشته و به کارتابل شما ({{position}}) ارجاع شد.',
    en: 'Request {{trackingCode}} ({{subject}}) is overdue and was escalated to your cartable ({{position}}).',
  },
  'ticket.escalated.requester': {
    fa: '{{name}} گرامی، درخواست {{trackingCode}} برای رسیدگی سریع‌تر به مسئول بالاتر سپرده شد.',
    en: 'Dear {{name}}, request {{trackingCode}} has been passed to a senior colleague for faster handling.',
  },
  'ticket.closed': {
    fa: 'درخواست {{trackingCode}} در {{date}} بسته شد. از همراهی شما سپاسگزاریم.',
    en: 'Request {{trackingCode}} was closed on {{date}}. Thank you.',
  },
};
