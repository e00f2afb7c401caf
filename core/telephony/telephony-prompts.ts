import { PROMPTS, type Prompt } from '../speech/prompt-catalog.js';
import { TICKET_STATUSES, type TicketStatus } from '../tickets/ticket-status.js';

/**
 * The recorded prompts of the contact center besides numbers and dates (core/speech): the IVR's
 * menus, queue announcements, voicemail, phone follow-up, training tutorials and the feedback survey.
 * Names are `<group>/<key>`, lower-case ASCII with dashes, usable as Asterisk sound names under the
 * language folder (`sounds/fa/ivr/welcome.wav`).
 */
export const IVR_PROMPTS = {
  welcome: 'ivr/welcome',
  mainMenu: 'ivr/main-menu',
  supportMenu: 'ivr/support-menu',
  trainingMenu: 'ivr/training-menu',
  invalidChoice: 'ivr/invalid-choice',
  noInput: 'ivr/no-input',
  goodbye: 'ivr/goodbye',
  afterHours: 'ivr/after-hours',
  enterPersonnelCode: 'ivr/enter-personnel-code',
  personnelCodeUnknown: 'ivr/personnel-code-unknown',
} as const;

export const QUEUE_PROMPTS = {
  pleaseWait: 'queue/please-wait',
  positionBefore: 'queue/position-before',
  positionAfter: 'queue/position-after',
  estimatedWait: 'queue/estimated-wait',
  minutes: 'queue/minutes',
  lessThanAMinute: 'queue/less-than-a-minute',
} as const;

export const VOICEMAIL_PROMPTS = {
  leaveMessage: 'voicemail/leave-message',
  noOperator: 'voicemail/no-operator',
  saved: 'voicemail/saved',
  trackingCode: 'voicemail/tracking-code',
  notSaved: 'voicemail/not-saved',
} as const;

export const FOLLOW_UP_PROMPTS = {
  noOpenRequest: 'followup/no-open-request',
  enterCode: 'followup/enter-code',
  invalidCode: 'followup/invalid-code',
  notFound: 'followup/not-found',
  request: 'followup/request',
  registeredOn: 'followup/registered-on',
  dueOn: 'followup/due-on',
  afterStatus: 'followup/after-status',
} as const;

export const FEEDBACK_PROMPTS = {
  intro: 'feedback/intro',
  introEnd: 'feedback/intro-end',
  question: 'feedback/question',
  invalid: 'feedback/invalid',
  thanks: 'feedback/thanks',
} as const;

export const TRAINING_PROMPTS = {
  portalRequest: 'training/portal-request',
  followUp: 'training/follow-up',
  passwordReset: 'training/password-reset',
} as const;

/** `status/registered`, `status/in-progress`…: the spoken status of a request. */
export function statusPrompt(status: TicketStatus): string {
  return `status/${status.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

const STATUS_TEXTS: Readonly<Record<TicketStatus, string>> = {
  registered: 'ثبت شده و در انتظار بررسی است.',
  routed: 'به کارشناس مربوط ارجاع شده است.',
  inProgress: 'در حال رسیدگی است.',
  waitingForInformation: 'منتظر اطلاعات تکمیلی از سوی شماست.',
  postponed: 'به تعویق افتاده است.',
  resolved: 'انجام شده است.',
  closed: 'بسته شده است.',
};

/** Every telephony prompt with the Persian text the generator speaks. */
export const TELEPHONY_PROMPTS: readonly Prompt[] = [
  { name: IVR_PROMPTS.welcome, text: 'به مرکز پشتیبانی فناوری اطلاعات خوش آمدید.' },
  {
    name: IVR_PROMPTS.mainMenu,
    text: 'برای پشتیبانی، یک. برای پیگیری درخواست، دو. برای آموزش تلفنی، سه. و برای گذاشتن پیام صوتی، چهار را شماره‌گیری کنید.',
  },
  {
    name: IVR_PROMPTS.supportMenu,
    text: 'برای نرم‌افزار، یک. برای سیستم عامل، دو. و برای سخت‌افزار و شبکه، سه را شماره‌گیری کنید. برای بازگشت به منوی اصلی، ستاره را بزنید.',
  },
  {
    name: IVR_PROMPTS.trainingMenu,
    text: 'برای آموزش ثبت درخواست در پورتال، یک. برای آموزش پیگیری درخواست، دو. و برای آموزش تغییر گذرواژه، سه را شماره‌گیری کنید. برای بازگشت به منوی اصلی، ستاره را بزنید.',
  },
  { name: IVR_PROMPTS.invalidChoice, text: 'گزینه انتخاب شده معتبر نیست.' },
  { name: IVR_PROMPTS.noInput, text: 'گزینه‌ای انتخاب نشد.' },
  { name: IVR_PROMPTS.goodbye, text: 'از تماس شما سپاسگزاریم. خدانگهدار.' },
  { name: IVR_PROMPTS.afterHours, text: 'ساعت کاری مرکز پشتیبانی به پایان رسیده است. ساعت کاری، شنبه تا چهارشنبه از ساعت هشت تا شانزده است.' },
  { name: IVR_PROMPTS.enterPersonnelCode, text: 'شماره تلفن شما شناسایی نشد. لطفاً کد پرسنلی خود را وارد کنید و در پایان، مربع را بزنید.' },
  { name: IVR_PROMPTS.personnelCodeUnknown, text: 'کد پرسنلی وارد شده یافت نشد.' },

  { name: QUEUE_PROMPTS.pleaseWait, text: 'لطفاً منتظر بمانید. به زودی یکی از کارشناسان پاسخگوی شما خواهد بود.' },
  { name: QUEUE_PROMPTS.positionBefore, text: 'شما نفر' },
  { name: QUEUE_PROMPTS.positionAfter, text: 'صف هستید.' },
  { name: QUEUE_PROMPTS.estimatedWait, text: 'زمان تقریبی انتظار' },
  { name: QUEUE_PROMPTS.minutes, text: 'دقیقه است.' },
  { name: QUEUE_PROMPTS.lessThanAMinute, text: 'کمتر از یک دقیقه است.' },

  { name: VOICEMAIL_PROMPTS.leaveMessage, text: 'لطفاً پس از شنیدن صدای بوق، پیام خود را بگذارید و در پایان، مربع را بزنید.' },
  { name: VOICEMAIL_PROMPTS.noOperator, text: 'در حال حاضر کارشناسی در دسترس نیست.' },
  { name: VOICEMAIL_PROMPTS.saved, text: 'پیام شما ثبت شد.' },
  { name: VOICEMAIL_PROMPTS.trackingCode, text: 'کد رهگیری درخواست شما' },
  { name: VOICEMAIL_PROMPTS.notSaved, text: 'پیامی ضبط نشد.' },

  { name: FOLLOW_UP_PROMPTS.noOpenRequest, text: 'درخواست بازی به نام شما ثبت نشده است.' },
  { name: FOLLOW_UP_PROMPTS.enterCode, text: 'لطفاً کد رهگیری درخواست را وارد کنید و در پایان، مربع را بزنید.' },
  { name: FOLLOW_UP_PROMPTS.invalidCode, text: 'کد رهگیری وارد شده معتبر نیست.' },
  { name: FOLLOW_UP_PROMPTS.notFound, text: 'درخواستی با این کد رهگیری برای شماره شما یافت نشد.' },
  { name: FOLLOW_UP_PROMPTS.request, text: 'درخواست شما با کد رهگیری' },
  { name: FOLLOW_UP_PROMPTS.registeredOn, text: 'ثبت شده در تاریخ' },
  { name: FOLLOW_UP_PROMPTS.dueOn, text: 'زمان پیش‌بینی شده برای انجام آن' },
  { name: FOLLOW_UP_PROMPTS.afterStatus, text: 'برای شنیدن دوباره، یک. و برای بازگشت به منوی اصلی، ستاره را بزنید.' },
  ...TICKET_STATUSES.map((status) => ({ name: statusPrompt(status), text: STATUS_TEXTS[status] })),

  { name: FEEDBACK_PROMPTS.intro, text: 'سلام. این تماس از مرکز پشتیبانی فناوری اطلاعات، برای نظرسنجی درباره درخواست شما با کد رهگیری' },
  { name: FEEDBACK_PROMPTS.introEnd, text: 'است.' },
  { name: FEEDBACK_PROMPTS.question, text: 'لطفاً میزان رضایت خود را با عددی از یک تا پنج شماره‌گیری کنید. یک، بسیار ناراضی، و پنج، بسیار راضی.' },
  { name: FEEDBACK_PROMPTS.invalid, text: 'لطفاً فقط عددی از یک تا پنج را شماره‌گیری کنید.' },
  { name: FEEDBACK_PROMPTS.thanks, text: 'از شرکت شما در نظرسنجی سپاسگزاریم. خدانگهدار.' },

  {
    name: TRAINING_PROMPTS.portalRequest,
    text: 'برای ثبت درخواست در پورتال، وارد پورتال پشتیبانی شوید، گزینه ثبت درخواست جدید را انتخاب کنید، دسته‌بندی و شرح مشکل را بنویسید و دکمه ثبت را بزنید. کد رهگیری درخواست برای شما پیامک می‌شود.',
  },
  {
    name: TRAINING_PROMPTS.followUp,
    text: 'برای پیگیری درخواست، در پورتال پشتیبانی کد رهگیری و شماره تلفن خود را وارد کنید، یا با همین شماره تماس بگیرید و عدد دو را شماره‌گیری کنید.',
  },
  {
    name: TRAINING_PROMPTS.passwordReset,
    text: 'برای تغییر گذرواژه، در صفحه ورود گزینه فراموشی گذرواژه را بزنید و کدی را که برای تلفن همراه شما پیامک می‌شود وارد کنید. گذرواژه جدید باید دست کم هشت نویسه داشته باشد.',
  },
];

/** Every prompt that is recorded: numbers, dates and the telephony prompts; what an IVR definition may name. */
export const RECORDED_PROMPTS: readonly Prompt[] = [...PROMPTS, ...TELEPHONY_PROMPTS];

export const RECORDED_PROMPT_NAMES: ReadonlySet<string> = new Set(RECORDED_PROMPTS.map((prompt) => prompt.name));
