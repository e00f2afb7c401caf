import type { Language } from '../../../../core/i18n/language.js';
import { toPersianDigits } from '../../../../core/text/to-persian-digits.js';
import type { TicketAction, TicketActionKind } from '../../../../core/tickets/ticket-action.js';
import { auditTime } from './audit-time.js';

/** Names the log refers to by id, in both languages. */
export interface AuditNames {
  position(id: string): string;
  contractor(id: string): string;
  readonly language: Language;
}

type Texts = Readonly<Record<Language, string>>;

const KINDS: Readonly<Record<TicketActionKind, Texts>> = {
  registered: { fa: 'ثبت', en: 'Registered' },
  routed: { fa: 'مسیریابی', en: 'Routed' },
  started: { fa: 'آغاز کار', en: 'Started' },
  referred: { fa: 'ارجاع', en: 'Referred' },
  partCompleted: { fa: 'انجام بخش ارجاع', en: 'Part completed' },
  postponed: { fa: 'تعویق', en: 'Postponed' },
  resumed: { fa: 'پایان تعویق', en: 'Resumed' },
  noted: { fa: 'یادداشت', en: 'Note' },
  informationRequested: { fa: 'پرسش از درخواست‌کننده', en: 'Information requested' },
  informationProvided: { fa: 'پاسخ درخواست‌کننده', en: 'Information provided' },
  resolved: { fa: 'حل', en: 'Resolved' },
  reopened: { fa: 'بازگشایی', en: 'Reopened' },
  escalated: { fa: 'تشدید', en: 'Escalated' },
  feedback: { fa: 'نظر درخواست‌کننده', en: 'Feedback' },
  closed: { fa: 'بستن', en: 'Closed' },
};

const CHANNELS: Readonly<Record<string, Texts>> = {
  phone: { fa: 'تلفن', en: 'phone' },
  portal: { fa: 'پورتال', en: 'the portal' },
  email: { fa: 'رایانامه', en: 'e-mail' },
  voicemail: { fa: 'پیام صوتی', en: 'voicemail' },
  api: { fa: 'سامانهٔ دیگر', en: 'another system' },
  internal: { fa: 'کارکنان', en: 'staff' },
};

const CLOSE_REASONS: Readonly<Record<string, Texts>> = {
  satisfied: { fa: 'درخواست‌کننده راضی بود', en: 'the requester was satisfied' },
  noFeedback: { fa: 'درخواست‌کننده به نظرسنجی پاسخ نداد', en: 'the requester did not answer the survey' },
  notSurveyed: { fa: 'بدون نظرسنجی', en: 'not surveyed' },
  cancelled: { fa: 'لغو شد', en: 'cancelled' },
  duplicate: { fa: 'تکراری بود', en: 'a duplicate' },
};

/** The label of a kind of action: «ارجاع», "Referred". */
export function actionKindLabel(kind: string, language: Language): string {
  return KINDS[kind as TicketActionKind]?.[language] ?? kind;
}

/** What one entry of the log says, as a sentence in the names' language. */
export function describeTicketAction(action: TicketAction, names: AuditNames): string {
  const fa = names.language === 'fa';
  const list = (ids: readonly string[]) => ids.map((id) => names.position(id)).join(fa ? '، ' : ', ');
  const withText = (sentence: string, text: string | null | undefined) => (text?.trim() ? `${sentence}: ${text.trim()}` : sentence);
  switch (action.kind) {
    case 'registered':
      return withText(fa ? `ثبت از راه ${CHANNELS[action.details.channel]?.fa ?? action.details.channel}` : `Registered by ${CHANNELS[action.details.channel]?.en ?? action.details.channel}`, action.details.subject);
    case 'routed':
      return action.target.kind === 'contractor'
        ? fa ? `به پیمانکار ${names.contractor(action.target.contractorId)} سپرده شد` : `Routed to the contractor ${names.contractor(action.target.contractorId)}`
        : fa ? `به ${list(action.target.positionIds)} سپرده شد` : `Routed to ${list(action.target.positionIds)}`;
    case 'started':
      return fa ? 'کار روی درخواست آغاز شد' : 'Work on the ticket started';
    case 'referred':
      return withText(fa ? `${action.parallel ? 'ارجاع موازی' : 'ارجاع'} به ${list(action.toPositionIds)}` : `Referred${action.parallel ? ' in parallel' : ''} to ${list(action.toPositionIds)}`, action.note);
    case 'partCompleted':
      return withText(fa ? `بخش ${names.position(action.positionId)} انجام شد` : `The part of ${names.position(action.positionId)} was completed`, action.note);
    case 'postponed':
      return withText(fa ? `تا ${auditTime(action.until, 'fa')} به تعویق افتاد` : `Postponed until ${auditTime(action.until, 'en')}`, action.reason);
    case 'resumed':
      return fa ? 'زمان تعویق سر رسید و درخواست به کارتابل برگشت' : 'The postponement ended; the ticket is back in its cartable';
    case 'noted':
      return withText(fa ? (action.visibleToRequester ? 'یادداشت' : 'یادداشت خصوصی') : action.visibleToRequester ? 'Note' : 'Private note', action.text);
    case 'informationRequested':
      return withText(fa ? 'از درخواست‌کننده پرسیده شد' : 'The requester was asked', action.question);
    case 'informationProvided':
      return withText(fa ? 'درخواست‌کننده پاسخ داد' : 'The requester answered', action.answer);
    case 'resolved':
      return withText(fa ? 'حل شد' : 'Resolved', action.resolution);
    case 'reopened':
      return withText(
        action.toPositionIds && action.toPositionIds.length > 0
          ? fa ? `دوباره باز شد و به ${list(action.toPositionIds)} رفت` : `Reopened for ${list(action.toPositionIds)}`
          : fa ? 'دوباره باز شد' : 'Reopened',
        action.reason,
      );
    case 'escalated':
      return fa ? `به سطح ${toPersianDigits(action.level)} تشدید شد: ${list(action.toPositionIds)}` : `Escalated to level ${action.level}: ${list(action.toPositionIds)}`;
    case 'feedback':
      return action.response.kind === 'noAnswer'
        ? fa ? 'درخواست‌کننده به نظرسنجی پاسخ نداد' : 'The requester did not answer the survey'
        : withText(fa ? `رضایت درخواست‌کننده: ${toPersianDigits(action.response.score)} از ۵` : `Requester satisfaction: ${action.response.score} of 5`, action.response.comment);
    case 'closed':
      return fa ? `بسته شد؛ ${CLOSE_REASONS[action.reason]?.fa ?? action.reason}` : `Closed: ${CLOSE_REASONS[action.reason]?.en ?? action.reason}`;
  }
}
