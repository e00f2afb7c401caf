import type { Language } from '../../../../core/i18n/language.js';
import { toPersianDigits } from '../../../../core/text/to-persian-digits.js';

/**
 * The designer's lint and deployment messages. `{type}` is an element kind («وظیفهٔ سرویس»),
 * `{what}` a properties-panel label (in English in both languages: the panel is English).
 */
const fa = {
  required: '{type} باید «{what}» داشته باشد.',
  recommended: 'بهتر است {type} «{what}» داشته باشد.',
  notSupported: '{feature} در Camunda {version} پشتیبانی نمی‌شود.',
  supportedFrom: '{feature} فقط از Camunda {allowed} به بعد پشتیبانی می‌شود.',
  featureWith: '{type} با «{what}»',
  conditionRequired: '{type} که از دروازه بیرون می‌آید باید «Condition expression» داشته باشد یا جریان پیش‌فرض دروازه باشد.',
  conditionNotAllowed: '«Condition expression» فقط روی جریانی پذیرفته است که از دروازهٔ انحصاری یا فراگیر بیرون می‌آید.',
  inclusiveJoin: '{type} با بیش از یک جریان ورودی در Camunda {version} پشتیبانی نمی‌شود.',
  variableName: 'نام متغیر در «{what}» باید با حرف یا خط زیر (_) شروع شود و فقط حرف، رقم، خط زیر و نقطه داشته باشد.',
  invalidValue: 'مقدار «{what}» در {type} پذیرفته نیست.',
  invalidTimeCycle: 'چرخهٔ {type} باید عبارت FEEL، بازهٔ تکرار ISO 8601 (مانند R/PT1H) یا عبارت cron باشد.',
  invalidTimeDate: 'تاریخ {type} باید عبارت FEEL یا تاریخ ISO 8601 باشد.',
  invalidTimeDuration: 'مدت {type} باید عبارت FEEL یا بازهٔ زمانی ISO 8601 (مانند PT15M) باشد.',
  feelInvalid: 'عبارت FEEL در «{what}» از {type} درست نیست.',
  feelFunction: 'عبارت FEEL در «{what}» از {type} تابعی را به کار برده که Camunda {version} ندارد.',
  duplicated: '{type} دو «{what}» با مقدار یکسان «{value}» دارد.',
  uniqueName: 'نام {type} باید یکتا باشد.',
  loop: 'فرایند حلقه‌ای دارد که بی هیچ توقفی تکرار می‌شود: {elements}',
  eventGatewayTarget: 'بعد از دروازهٔ رویدادمحور فقط رویداد میانی پیام یا زمان‌سنج می‌آید، نه {type}.',
  staticCode: 'کد «{what}» در رویداد دریافتی باید مقدار ثابت باشد، نه عبارت.',
  attachedTo: '{type} روی {target} پذیرفته نیست.',
  executable: 'فرایند باید اجراپذیر باشد («Executable» را روشن کنید).',
  collapsed: '{type} بسته (collapsed) در Camunda {version} پشتیبانی نمی‌شود؛ آن را باز کنید.',
  startEventRequired: '{type} رویداد شروع ندارد.',
  singleBlankStart: '{type} بیش از یک رویداد شروع ساده دارد.',
  subProcessBlankStart: '{type} باید با یک رویداد شروع ساده آغاز شود.',
  eventSubProcessStart: '{type} باید با رویداد شروعِ نوع‌دار (پیام، زمان‌سنج، خطا یا تشدید) آغاز شود.',
  duplicateFlows: 'دو جریان ترتیبی یکسان میان همین دو عنصر هست.',
  notInDiagram: '{type} در نمودار رسم نشده است.',
  linkEvent: 'رویداد پیوند باید نام داشته باشد و هر پیوندِ ارسالی، پیوند دریافتیِ هم‌نام داشته باشد.',
  otherRule: '{type}: {detail}',
  foreignPlatform: 'این مدل برای «{platform}» ساخته شده است؛ پیشخوان مدل‌های Camunda 8 (Zeebe) را اجرا می‌کند.',
  unreadablePart: 'بخشی از XML خوانده نشد: {detail}',
  notBpmn: 'این پرونده مدل BPMN نیست: {detail}',
  noExecutableProcess: 'مدل هیچ فرایند اجراپذیری ندارد.',
  severalProcesses: 'هر پرونده باید دقیقاً یک فرایند اجراپذیر داشته باشد؛ این مدل {count} فرایند دارد.',
  engineRejected: 'موتور فرایند {element} را نپذیرفت: {detail}',
  lintFailed: 'مدل با قواعد Camunda {version} سازگار نیست؛ خطاها را برطرف کنید و دوباره منتشر کنید.',
  rejectedByEngine: 'موتور فرایند این مدل را نپذیرفت؛ هیچ نسخه‌ای منتشر نشد.',
  invalid: 'این مدل خوانده نشد؛ هیچ نسخه‌ای منتشر نشد.',
} as const;

export type LintMessageKey = keyof typeof fa;

const en: Readonly<Record<LintMessageKey, string>> = {
  required: 'A <{type}> must have a defined <{what}>.',
  recommended: 'A <{type}> should have a defined <{what}>.',
  notSupported: '{feature} is not supported by Camunda {version}.',
  supportedFrom: '{feature} is only supported by Camunda {allowed} or newer.',
  featureWith: 'A <{type}> with <{what}>',
  conditionRequired: 'A <{type}> leaving a gateway must have a <Condition expression> or be the gateway’s default flow.',
  conditionNotAllowed: 'A <Condition expression> is only allowed on a flow leaving an exclusive or inclusive gateway.',
  inclusiveJoin: 'An <{type}> with more than one incoming flow is not supported by Camunda {version}.',
  variableName: 'The variable name in <{what}> must start with a letter or an underscore and contain only letters, digits, underscores and dots.',
  invalidValue: 'The value of <{what}> of the <{type}> is not allowed.',
  invalidTimeCycle: 'The cycle of the <{type}> must be a FEEL expression, an ISO 8601 repeating interval (such as R/PT1H) or a cron expression.',
  invalidTimeDate: 'The date of the <{type}> must be a FEEL expression or an ISO 8601 date.',
  invalidTimeDuration: 'The duration of the <{type}> must be a FEEL expression or an ISO 8601 duration (such as PT15M).',
  feelInvalid: 'The FEEL expression in <{what}> of the <{type}> is not valid.',
  feelFunction: 'The FEEL expression in <{what}> of the <{type}> uses a function Camunda {version} does not have.',
  duplicated: 'A <{type}> has two <{what}> with the same value ({value}).',
  uniqueName: 'A <{type}> must have a unique name.',
  loop: 'The process contains a loop that repeats without ever waiting: {elements}',
  eventGatewayTarget: 'Only message or timer intermediate catch events may follow an event-based gateway, not a <{type}>.',
  staticCode: 'The <{what}> used in a catch event must be a static value, not an expression.',
  attachedTo: 'A <{type}> is not allowed on a <{target}>.',
  executable: 'The process must be executable (turn on <Executable>).',
  collapsed: 'A collapsed <{type}> is not supported by Camunda {version}; expand it.',
  startEventRequired: 'The <{type}> has no start event.',
  singleBlankStart: 'The <{type}> has more than one blank start event.',
  subProcessBlankStart: 'The <{type}> must begin with one blank start event.',
  eventSubProcessStart: 'The <{type}> must begin with a typed start event (message, timer, error or escalation).',
  duplicateFlows: 'There are two identical sequence flows between the same two elements.',
  notInDiagram: 'The <{type}> is not drawn in the diagram.',
  linkEvent: 'A link event needs a name, and every link throw event a link catch event of the same name.',
  otherRule: '{type}: {detail}',
  foreignPlatform: 'This model was made for "{platform}"; Pishkhan runs Camunda 8 (Zeebe) models.',
  unreadablePart: 'Part of the XML could not be read: {detail}',
  notBpmn: 'This file is not a BPMN model: {detail}',
  noExecutableProcess: 'The model has no executable process.',
  severalProcesses: 'A file must hold exactly one executable process; this model has {count}.',
  engineRejected: 'The process engine refused {element}: {detail}',
  lintFailed: 'The model does not follow the rules of Camunda {version}; fix the errors and deploy again.',
  rejectedByEngine: 'The process engine refused this model; no version was deployed.',
  invalid: 'This model could not be read; no version was deployed.',
};

const TEMPLATES: Readonly<Record<Language, Readonly<Record<LintMessageKey, string>>>> = { fa, en };

/** A message with its `{placeholders}` filled; in Persian, digits of `version`, `allowed` and `count` are Persian. */
export function lintText(language: Language, key: LintMessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return TEMPLATES[language][key].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return language === 'fa' && ['version', 'allowed', 'count'].includes(name) ? toPersianDigits(String(value)) : String(value);
  });
}
