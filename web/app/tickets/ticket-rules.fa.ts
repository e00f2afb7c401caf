/**
 * The ticket lifecycle's business rules in Persian (`businessRule.<code>`), in the first bundle: an
 * API error is matched to its message before any area's messages may have loaded.
 */
export const ticketRulesFa = {
  'businessRule.TICKET_VERSION_CONFLICT': 'این درخواست در این فاصله تغییر کرده است؛ صفحه را با آخرین وضعیت ببینید و دوباره اقدام کنید.',
  'businessRule.TICKET_ACTION_NOT_ALLOWED': 'این اقدام اکنون برای شما مجاز نیست.',
  'businessRule.TICKET_NOT_AWAITING_ACTION': 'فرایند درخواست هنوز به این مرحله نرسیده است؛ چند لحظه بعد دوباره امتحان کنید.',
  'businessRule.TICKET_POSTPONE_NOT_IN_FUTURE': 'تاریخ تعویق باید در آینده باشد.',
  'businessRule.TICKET_NO_POSITIONS': 'دست‌کم یک جایگاه برای ارجاع لازم است.',
  'businessRule.TICKET_CLOSED': 'این درخواست بسته شده است.',
  'businessRule.TICKET_NO_ESCALATION_TARGET': 'بالاتر از این جایگاه کسی در نمودار سازمانی نیست.',
  'businessRule.TICKET_PART_NOT_PENDING': 'این بخش از ارجاع باز نیست.',
} satisfies Readonly<Record<string, string>>;
