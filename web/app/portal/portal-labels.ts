import type { MessageId } from '../core/i18n/message-id';

const STATUS: Readonly<Record<string, MessageId>> = {
  registered: 'portal.status.registered',
  routed: 'portal.status.routed',
  inProgress: 'portal.status.inProgress',
  waitingForInformation: 'portal.status.waitingForInformation',
  postponed: 'portal.status.postponed',
  resolved: 'portal.status.resolved',
  closed: 'portal.status.closed',
};

const STEP: Readonly<Record<string, MessageId>> = {
  registered: 'portal.step.registered',
  routed: 'portal.step.routed',
  started: 'portal.step.started',
  referred: 'portal.step.referred',
  partCompleted: 'portal.step.partCompleted',
  postponed: 'portal.step.postponed',
  resumed: 'portal.step.resumed',
  noted: 'portal.step.noted',
  informationRequested: 'portal.step.informationRequested',
  informationProvided: 'portal.step.informationProvided',
  resolved: 'portal.step.resolved',
  reopened: 'portal.step.reopened',
  escalated: 'portal.step.escalated',
  feedback: 'portal.step.feedback',
  closed: 'portal.step.closed',
};

/** A ticket status in the requester's words; an unknown status gets a neutral label. */
export function portalStatusLabel(status: string): MessageId {
  return STATUS[status] ?? 'portal.status.other';
}

/** A step of a request's history in the requester's words. */
export function portalStepLabel(kind: string): MessageId {
  return STEP[kind] ?? 'portal.step.other';
}

/** The text a history entry carries for the requester: a note, a question, an answer or a resolution. */
export function stepText(kind: string, details: Readonly<Record<string, unknown>>): string | null {
  const field = { noted: 'text', informationRequested: 'question', informationProvided: 'answer', resolved: 'resolution' }[kind];
  const value = field === undefined ? undefined : details[field];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}
