import type { Language } from '../../../../core/i18n/language.js';
import type { ModdleElement } from './moddle-element.js';

type Labels = Readonly<Record<Language, string>>;

/** BPMN element types as the properties panel names them, and in Persian. */
const TYPES: Readonly<Record<string, Labels>> = {
  Task: { fa: 'وظیفهٔ بی‌نوع', en: 'Undefined Task' },
  ServiceTask: { fa: 'وظیفهٔ سرویس', en: 'Service Task' },
  UserTask: { fa: 'وظیفهٔ کاربر', en: 'User Task' },
  SendTask: { fa: 'وظیفهٔ ارسال', en: 'Send Task' },
  ReceiveTask: { fa: 'وظیفهٔ دریافت', en: 'Receive Task' },
  ScriptTask: { fa: 'وظیفهٔ اسکریپت', en: 'Script Task' },
  BusinessRuleTask: { fa: 'وظیفهٔ قاعدهٔ کسب‌وکار', en: 'Business Rule Task' },
  ManualTask: { fa: 'وظیفهٔ دستی', en: 'Manual Task' },
  CallActivity: { fa: 'فراخوانی فرایند', en: 'Call Activity' },
  SubProcess: { fa: 'زیرفرایند', en: 'Sub Process' },
  AdHocSubProcess: { fa: 'زیرفرایند موردی', en: 'Ad Hoc Sub Process' },
  Transaction: { fa: 'تراکنش', en: 'Transaction' },
  StartEvent: { fa: 'رویداد شروع', en: 'Start Event' },
  EndEvent: { fa: 'رویداد پایان', en: 'End Event' },
  IntermediateCatchEvent: { fa: 'رویداد میانی دریافتی', en: 'Intermediate Catch Event' },
  IntermediateThrowEvent: { fa: 'رویداد میانی ارسالی', en: 'Intermediate Throw Event' },
  BoundaryEvent: { fa: 'رویداد مرزی', en: 'Boundary Event' },
  ExclusiveGateway: { fa: 'دروازهٔ انحصاری', en: 'Exclusive Gateway' },
  ParallelGateway: { fa: 'دروازهٔ موازی', en: 'Parallel Gateway' },
  InclusiveGateway: { fa: 'دروازهٔ فراگیر', en: 'Inclusive Gateway' },
  EventBasedGateway: { fa: 'دروازهٔ رویدادمحور', en: 'Event-Based Gateway' },
  ComplexGateway: { fa: 'دروازهٔ پیچیده', en: 'Complex Gateway' },
  SequenceFlow: { fa: 'جریان ترتیبی', en: 'Sequence Flow' },
  Process: { fa: 'فرایند', en: 'Process' },
  Participant: { fa: 'مشارکت‌کننده', en: 'Participant' },
  Collaboration: { fa: 'همکاری', en: 'Collaboration' },
  Message: { fa: 'پیام', en: 'Message' },
  Error: { fa: 'خطا', en: 'Error' },
  Escalation: { fa: 'تشدید', en: 'Escalation' },
  Signal: { fa: 'سیگنال', en: 'Signal' },
  DataObjectReference: { fa: 'شیء داده', en: 'Data Object Reference' },
  DataStoreReference: { fa: 'انبارهٔ داده', en: 'Data Store Reference' },
  Lane: { fa: 'مسیر', en: 'Lane' },
};

/** Event definitions: «رویداد شروع پیام», "Message Start Event". */
const EVENT_KINDS: Readonly<Record<string, Labels>> = {
  MessageEventDefinition: { fa: 'پیام', en: 'Message' },
  TimerEventDefinition: { fa: 'زمان‌سنج', en: 'Timer' },
  ErrorEventDefinition: { fa: 'خطا', en: 'Error' },
  EscalationEventDefinition: { fa: 'تشدید', en: 'Escalation' },
  SignalEventDefinition: { fa: 'سیگنال', en: 'Signal' },
  ConditionalEventDefinition: { fa: 'شرطی', en: 'Conditional' },
  LinkEventDefinition: { fa: 'پیوند', en: 'Link' },
  CompensateEventDefinition: { fa: 'جبران', en: 'Compensate' },
  TerminateEventDefinition: { fa: 'خاتمه', en: 'Terminate' },
  CancelEventDefinition: { fa: 'لغو', en: 'Cancel' },
};

const localName = (type: string) => type.slice(type.indexOf(':') + 1);

/** "Message Start Event", «رویداد شروع پیام», «زیرفرایند رویدادی»: an element's kind as people read it. */
export function elementTypeLabel(element: ModdleElement, language: Language): string {
  const type = localName(element.$type);
  if (type === 'SubProcess' && element.triggeredByEvent) return language === 'fa' ? 'زیرفرایند رویدادی' : 'Event Sub Process';
  const base = TYPES[type]?.[language] ?? type.replace(/([a-z])([A-Z])/g, '$1 $2');
  const definition = element.eventDefinitions?.[0];
  if (definition === undefined) return base;
  const kind = EVENT_KINDS[localName(definition.$type)]?.[language] ?? localName(definition.$type).replace('EventDefinition', '');
  return language === 'fa' ? `${base} ${kind}` : `${kind} ${base}`;
}
