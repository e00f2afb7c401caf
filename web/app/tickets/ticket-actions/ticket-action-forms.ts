import type { TicketDetail } from '../../../contract/tickets';

/** The forms and buttons of the ticket page, each for an action kind the API may allow. */
export type TicketForm = 'refer' | 'postpone' | 'note' | 'ask' | 'answer' | 'resolve' | 'part';
export type TicketButton = 'start' | 'escalate';

const FORMS: ReadonlyArray<readonly [string, TicketForm]> = [
  ['resolved', 'resolve'],
  ['referred', 'refer'],
  ['postponed', 'postpone'],
  ['informationRequested', 'ask'],
  ['informationProvided', 'answer'],
  ['noted', 'note'],
];
const BUTTONS: ReadonlyArray<readonly [string, TicketButton]> = [
  ['started', 'start'],
  ['escalated', 'escalate'],
];

/**
 * What the page offers for a ticket, from what the API says this user may do now
 * (`allowedActions`): one-click actions, and forms in the order they are most often needed. A
 * parallel part is offered for each pending part of a position the user sees.
 */
export function offeredActions(ticket: Pick<TicketDetail, 'allowedActions' | 'pendingPartPositionIds'>, visiblePositionIds: readonly number[]): {
  readonly buttons: readonly TicketButton[];
  readonly forms: readonly TicketForm[];
  readonly partPositionIds: readonly number[];
} {
  const allowed = new Set(ticket.allowedActions);
  const partPositionIds = allowed.has('partCompleted') ? ticket.pendingPartPositionIds.filter((id) => visiblePositionIds.includes(id)) : [];
  return {
    buttons: BUTTONS.filter(([kind]) => allowed.has(kind)).map(([, button]) => button),
    forms: [...(partPositionIds.length > 0 ? (['part'] as const) : []), ...FORMS.filter(([kind]) => allowed.has(kind)).map(([, form]) => form)],
    partPositionIds,
  };
}
