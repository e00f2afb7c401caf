/**
 * The server's Persian messages, by the `messageKey` of a validation problem (core's keys and the
 * API's own) or of an error answer. The reference catalogue: English must have the same keys
 * (a compile error otherwise) and the same `{placeholders}` (message-catalogue.spec.ts).
 * Numbers given for placeholders are written in Persian digits; a parameter value that has a
 * `value.<value>` entry is shown translated (location kinds, priorities). When one key is used with
 * different parameters, `<key>#<parameter names, sorted, comma-separated>` holds the variant.
 */
export const fa = {
  // Request input, as the route schemas check it.
  'input.required': 'این مقدار لازم است.',
  'input.invalid': 'این مقدار پذیرفته نیست.',
  'input.notText': 'این مقدار باید متن باشد.',
  'input.notNumber': 'این مقدار باید عدد باشد.',
  'input.notInteger': 'این مقدار باید عدد صحیح باشد.',
  'input.notBoolean': 'این مقدار باید بله یا خیر باشد.',
  'input.notList': 'این مقدار باید فهرست باشد.',
  'input.notObject': 'این مقدار باید یک شیء باشد.',
  'input.tooShort': 'دست‌کم {min} نویسه لازم است.',
  'input.tooLong': 'حداکثر {max} نویسه مجاز است.',
  'input.tooFew': 'دست‌کم {min} مورد لازم است.',
  'input.tooMany': 'حداکثر {max} مورد مجاز است.',
  'input.tooSmall': 'مقدار نباید کمتر از {min} باشد.',
  'input.tooBig': 'مقدار نباید بیشتر از {max} باشد.',
  'input.notGreaterThan': 'مقدار باید بیشتر از {min} باشد.',
  'input.notLessThan': 'مقدار باید کمتر از {max} باشد.',
  'input.notEmail': 'نشانی رایانامه درست نیست.',
  'input.notDateTime': 'زمان باید به شکل ISO 8601 باشد، مثلاً 2026-11-23T08:30:00Z.',
  'input.notColor': 'رنگ باید به شکل #RRGGBB باشد، مثلاً #D32F2F.',
  'input.wrongPattern': 'شکل این مقدار درست نیست.',
  'input.notOneOf': 'این مقدار باید یکی از اینها باشد: {values}.',
  'input.unknownField': 'این فیلد شناخته‌شده نیست.',
  'input.notFound': 'موردی با شناسهٔ {id} وجود ندارد.',
  'input.duplicate': 'این مقدار تکراری است: {value}.',
  'input.taken': 'مقدار «{value}» پیش‌تر به کار رفته است.',

  // The business calendar (core/calendar).
  'calendar.timeZone.unknown': 'منطقهٔ زمانی «{timeZone}» شناخته‌شده نیست.',
  'calendar.weekday.unknown': 'روز هفتهٔ «{weekday}» شناخته‌شده نیست.',
  'calendar.time.invalid': 'ساعت «{value}» درست نیست؛ به شکل ساعت:دقیقه بنویسید، مثلاً 08:00.',
  'calendar.interval.endNotAfterStart': 'پایان بازه ({end}) باید پس از آغاز آن ({start}) باشد.',
  'calendar.interval.overlaps': 'این بازه با بازهٔ شمارهٔ {other} همان روز هم‌پوشانی دارد.',
  'calendar.week.noWorkingTime': 'هفته دست‌کم یک ساعت کاری لازم دارد.',
  'calendar.holiday.invalidDate': 'تاریخ تعطیل {date} در تقویم خورشیدی وجود ندارد.',
  'calendar.closure.invalidInstant': 'زمان تعطیلی درست نیست.',
  'calendar.closure.endNotAfterStart': 'پایان تعطیلی باید پس از آغاز آن باشد.',

  // Trees: org units, positions, locations, categories (core/tree, core/org).
  'tree.duplicateId': 'شناسهٔ {id} تکراری است.',
  'tree.unknownParent': 'والد {parentId} وجود ندارد.',
  'tree.cycle': 'این والد حلقه می‌سازد: {id} زیرمجموعهٔ خودش می‌شود.',
  'location.wrongNesting': '«{kind}» نمی‌تواند درون «{parentKind}» قرار بگیرد.',
  'category.tooDeep': 'دسته‌بندی‌ها حداکثر {max} سطح دارند.',

  // Routing, SLA, escalation, feedback (core/routing, core/sla, core/feedback).
  'routing.rule.duplicateId': 'قاعدهٔ ارجاع {id} تکراری است.',
  'routing.rule.priorityNotInteger': 'اولویت قاعده باید عدد صحیح باشد.',
  'routing.rule.noPositions': 'دست‌کم یک سمت برای دریافت درخواست‌ها لازم است.',
  'routing.rule.noContractor': 'پیمانکار دریافت‌کننده را انتخاب کنید.',
  'sla.target.minutesNotPositive': 'زمان باید عدد صحیح مثبت (به دقیقه) باشد.',
  'sla.target.responseAfterResolution': 'زمان پاسخ نباید از زمان حل بیشتر باشد.',
  'sla.target.duplicate': 'برای این دسته ({categoryId}) و اولویت ({priority}) پیش‌تر هدفی تعریف شده است.',
  'sla.target.defaultMissing': 'برای اولویت «{priority}» هدف پیش‌فرض (بدون دسته) لازم است.',
  'escalation.minutesNegative': 'زمان تا نخستین ارجاع به سطح بالاتر نباید منفی باشد.',
  'escalation.minutesNotPositive': 'فاصلهٔ ارجاع‌های بعدی باید عدد صحیح مثبت باشد.',
  'escalation.maxNegative': 'بیشترین شمار ارجاع به سطح بالاتر نباید منفی باشد.',
  'feedback.policy.thresholdOutOfRange': 'آستانهٔ نارضایتی باید عددی صحیح از {min} تا {max} باشد.',
  'feedback.policy.attemptsOutOfRange': 'شمار تلاش‌ها دست‌کم {min} است.',
  'feedback.score.outOfRange': 'امتیاز رضایت باید از {min} تا {max} باشد.',

  // Tracking codes (core/tickets/tracking-code.ts).
  'trackingCode.required': 'کد رهگیری را وارد کنید.',
  'trackingCode.notDigits': 'کد رهگیری فقط رقم دارد.',
  'trackingCode.wrongLength': 'کد رهگیری {min} تا {max} رقم دارد.',
  'trackingCode.wrongLength#length': 'کد رهگیری {length} رقم دارد.',
  'trackingCode.mistyped': 'کد رهگیری درست وارد نشده است؛ رقم‌ها را دوباره بررسی کنید.',

  // People, phones, priorities, settings, SMS templates, API keys, users.
  'phone.invalid': '«{value}» شمارهٔ تلفن ایرانی درستی نیست.',
  'priority.code.unknown': 'کد اولویت باید یکی از اینها باشد: {codes}.',
  'priority.inUse': 'این اولویت در درخواست‌ها یا اهداف سطح خدمت به کار رفته است.',
  'smsTemplate.unknownPlaceholder': 'جای‌نگهدار «{placeholder}» شناخته‌شده نیست؛ مجاز: {allowed}.',
  'apiKey.roleNotAllowed': 'کلید API نمی‌تواند نقش «{role}» داشته باشد.',
  'password.tooShort': 'گذرواژه دست‌کم {min} نویسه دارد.',
  'password.tooLong': 'گذرواژه حداکثر {max} نویسه دارد.',
  'password.sameAsUsername': 'گذرواژه نباید با نام کاربری یکی باشد.',
  'password.currentWrong': 'گذرواژهٔ کنونی درست نیست.',
  'user.usernameTaken': 'نام کاربری «{value}» پیش‌تر گرفته شده است.',
  'user.cannotDeactivateSelf': 'نمی‌توانید حساب خودتان را غیرفعال کنید.',
  'user.cannotDropOwnAdmin': 'نمی‌توانید نقش مدیر را از خودتان بگیرید.',

  // Answers that are not about one field.
  'auth.loginFailed': 'نام کاربری یا گذرواژه درست نیست، یا حساب پس از چند تلاش ناموفق موقتاً قفل شده است.',
  'rateLimit.exceeded': 'درخواست‌ها بیش از اندازه بود؛ {seconds} ثانیهٔ دیگر دوباره تلاش کنید.',
  'csrf.missing': 'درخواست از صفحهٔ پیشخوان نیامده است؛ صفحه را دوباره بارگذاری کنید.',
  'businessRule.ENTITY_IN_USE': 'این مورد هنوز به کار می‌رود و پاک نمی‌شود؛ می‌توانید آن را غیرفعال کنید.',

  // Tickets (core/tickets), their attachments and the business rules of their lifecycle.
  'ticket.channel.unknown': 'این کانال ثبت شناخته نیست.',
  'ticket.description.required': 'شرح درخواست را بنویسید.',
  'ticket.description.tooLong': 'شرح درخواست حداکثر {max} نویسه است.',
  'ticket.subject.tooLong': 'عنوان حداکثر {max} نویسه است.',
  'ticket.category.unknown': 'این دسته وجود ندارد.',
  'ticket.category.notSelectable': 'این دسته قابل انتخاب نیست؛ یکی از زیردسته‌های فعال آن را انتخاب کنید.',
  'ticket.requestType.unknown': 'این نوع درخواست شناخته نیست.',
  'ticket.requestType.notOffered': 'این نوع درخواست برای این دسته ارائه نمی‌شود.',
  'ticket.priority.unknown': 'این اولویت تعریف نشده یا غیرفعال است.',
  'ticket.requester.unknown': 'این درخواست‌کننده وجود ندارد یا غیرفعال است.',
  'ticket.requester.nameRequired': 'نام تماس‌گیرنده را بنویسید.',
  'ticket.requester.phoneInvalid': 'شماره تلفن تماس‌گیرنده معتبر نیست.',
  'ticket.location.unknown': 'این مکان وجود ندارد.',
  'ticket.resolution.required': 'شرح راه‌حل را بنویسید.',
  'ticket.referral.positionsRequired': 'دست‌کم یک سمت برای ارجاع انتخاب کنید.',
  'ticket.referral.positionUnknown': 'این سمت‌ها وجود ندارند: {positionIds}.',
  'ticket.note.required': 'متن یادداشت را بنویسید.',
  'ticket.question.required': 'پرسش از درخواست‌کننده را بنویسید.',
  'ticket.answer.required': 'پاسخ را بنویسید.',
  'ticket.reopen.reasonRequired': 'دلیل بازگشت برای انجام دوباره را بنویسید.',
  'idempotencyKey.reused': 'این کلید یکتایی پیش‌تر برای درخواست دیگری به کار رفته است.',
  'attachment.required': 'پرونده‌ای برای پیوست انتخاب کنید.',
  'attachment.tooLarge': 'اندازه پیوست حداکثر {max} مگابایت است.',
  'attachment.typeNotAllowed': 'پیوست از نوع «{type}» پذیرفته نیست.',
  'businessRule.TICKET_NOT_REGISTERED': 'این درخواست هنوز ثبت نشده است.',
  'businessRule.TICKET_ALREADY_REGISTERED': 'این درخواست پیش‌تر ثبت شده است.',
  'businessRule.TICKET_CLOSED': 'این درخواست بسته شده است و کاری روی آن انجام نمی‌شود.',
  'businessRule.TICKET_ACTION_NOT_ALLOWED': 'این کار در وضعیت فعلی درخواست ممکن نیست.',
  'businessRule.TICKET_ACTION_OUT_OF_ORDER': 'زمان این کار پیش از آخرین کار ثبت‌شده است.',
  'businessRule.TICKET_POSTPONE_NOT_IN_FUTURE': 'تعویق فقط به زمانی در آینده ممکن است.',
  'businessRule.TICKET_NO_POSITIONS': 'دست‌کم یک سمت لازم است.',
  'businessRule.TICKET_ESCALATION_LEVEL_INVALID': 'سطح ارجاع به بالا نامعتبر است.',
  'businessRule.TICKET_FEEDBACK_SCORE_OUT_OF_RANGE': 'امتیاز رضایت باید از ۱ تا ۵ باشد.',
  'businessRule.TICKET_CLOSE_REASON_NOT_ALLOWED': 'درخواست در این وضعیت با این دلیل بسته نمی‌شود.',
  'businessRule.TICKET_PART_NOT_PENDING': 'این سمت بخش بازی از این درخواست ندارد.',
  'businessRule.TICKET_VERSION_CONFLICT': 'درخواست در این فاصله تغییر کرده است؛ صفحه را دوباره بارگذاری کنید.',
  'businessRule.TICKET_NOT_AWAITING_ACTION': 'درخواست اکنون در کارتابل منتظر این کار نیست؛ صفحه را دوباره بارگذاری کنید.',
  'businessRule.TICKET_NO_ESCALATION_TARGET': 'درخواست در بالاترین سطح سازمان است و ارجاع بالاتری ممکن نیست.',

  // The IVR definition (core/telephony/ivr).
  'ivr.prompts.required': 'دست‌کم یک پیام صوتی لازم است.',
  'ivr.prompt.unknown': 'پیام صوتی «{name}» ضبط نشده است.',
  'ivr.number.tooSmall': 'مقدار نباید کمتر از {min} باشد.',
  'ivr.menu.unknown': 'منوی «{menuId}» وجود ندارد.',
  'ivr.queue.unknown': 'صف «{queueId}» وجود ندارد.',
  'ivr.id.required': 'شناسه لازم است.',
  'ivr.menu.duplicate': 'شناسهٔ منوی «{menuId}» تکراری است.',
  'ivr.queue.duplicate': 'شناسهٔ صف «{queueId}» تکراری است.',
  'ivr.options.required': 'منو دست‌کم یک گزینه لازم دارد.',
  'ivr.key.invalid': 'کلید «{key}» روی صفحه‌کلید تلفن نیست.',
  'ivr.overflow.required': 'صف سرریز را انتخاب کنید.',
  'ivr.onExhausted.repeat': 'پس از پایان تلاش‌ها نمی‌توان منو را دوباره پخش کرد؛ کار دیگری انتخاب کنید.',

  // The telephony API (web/api/telephony).
  'telephony.presence.notLoggedIn': 'ابتدا وارد صف‌های تماس شوید.',
  'telephony.endpoint.required': 'تلفن اپراتور را مشخص کنید (مثلاً PJSIP/1001)؛ برای این شخص داخلی ثبت نشده است.',
  'businessRule.TELEPHONY_NO_CALL': 'اکنون در تماسی نیستید.',
  'businessRule.TELEPHONY_TRANSFER_TO_SELF': 'تماس را نمی‌توان به خودتان منتقل کرد.',

  // Parameter values shown translated.
  'value.province': 'استان',
  'value.city': 'شهر',
  'value.building': 'ساختمان',
  'value.floor': 'طبقه',
  'value.critical': 'بحرانی',
  'value.high': 'زیاد',
  'value.medium': 'متوسط',
  'value.low': 'کم',
} as const satisfies Readonly<Record<string, string>>;

export type MessageKey = keyof typeof fa;
