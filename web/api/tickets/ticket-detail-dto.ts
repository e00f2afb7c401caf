import type { SlaClockStatus } from '../../../core/sla/compute-sla.js';
import type { TicketView } from '../../../core/tickets/get-ticket.js';
import type { TicketAction } from '../../../core/tickets/ticket-action.js';
import type { SlaClockDto, TicketDetail, TicketHistoryEntry } from '../../contract/tickets.js';

const iso = (date: Date | null) => (date === null ? null : date.toISOString());
const id = (value: string | null | undefined) => (value === null || value === undefined ? null : Number(value));
const ids = (values: readonly string[]) => values.map(Number);

function clock(status: SlaClockStatus): SlaClockDto {
  return { targetMinutes: status.targetMinutes, state: status.state, dueAt: iso(status.dueAt), breached: status.breached, remainingMinutes: Math.round(status.remainingMinutes) };
}

/** The action's own fields as JSON: dates as ISO text, ids as numbers. */
function detailsOf(action: TicketAction): Record<string, unknown> {
  const { kind: _kind, at: _at, actor: _actor, ...fields } = action;
  switch (action.kind) {
    case 'registered':
      return { subject: action.details.subject, channel: action.details.channel, priority: action.details.priority, trackingCode: action.details.trackingCode };
    case 'routed':
      return action.target.kind === 'positions' ? { positionIds: ids(action.target.positionIds), ruleId: id(action.ruleId) } : { contractorId: id(action.target.contractorId), ruleId: id(action.ruleId) };
    case 'referred':
      return { toPositionIds: ids(action.toPositionIds), note: action.note, parallel: action.parallel === true };
    case 'partCompleted':
      return { positionId: Number(action.positionId), note: action.note };
    case 'postponed':
      return { until: action.until.toISOString(), reason: action.reason };
    case 'resolved':
      return { resolution: action.resolution, byPositionId: id(action.byPositionId) };
    case 'reopened':
      return { reason: action.reason, toPositionIds: action.toPositionIds === null ? null : ids(action.toPositionIds) };
    case 'escalated':
      return { toPositionIds: ids(action.toPositionIds), level: action.level };
    default:
      return fields;
  }
}

export function toTicketDetail(view: TicketView, attachmentUrl: (attachmentId: string) => string, recordingUrl: string | null = null): TicketDetail {
  const { state } = view;
  const { details } = state;
  const history: TicketHistoryEntry[] = view.history.map((entry) => ({
    id: Number(entry.id),
    kind: entry.action.kind,
    at: entry.action.at.toISOString(),
    actor: { kind: entry.action.actor.kind, name: entry.actorName ?? null, positionId: entry.action.actor.kind === 'staff' ? id(entry.action.actor.positionId) : null },
    visibleToRequester: entry.visibleToRequester,
    details: detailsOf(entry.action),
  }));
  return {
    id: view.id,
    version: view.version,
    trackingCode: details.trackingCode,
    status: state.status,
    channel: details.channel,
    requestType: details.requestType,
    priority: details.priority,
    categoryId: id(details.categoryId),
    locationId: id(details.locationId),
    subject: details.subject,
    description: details.description,
    requester: { personId: id(details.requester.personId), name: details.requester.name, phone: details.requester.phoneNumber },
    contractorId: id(state.contractorId),
    holdingPositionIds: ids(view.holdingPositionIds),
    pendingPartPositionIds: ids(state.pendingPartPositionIds),
    escalationLevel: state.escalationLevel,
    reopenCount: state.reopenCount,
    registeredAt: state.registeredAt.toISOString(),
    firstResponseAt: iso(state.firstStartedAt),
    resolvedAt: iso(state.resolvedAt),
    closedAt: iso(state.closedAt),
    closeReason: state.closeReason,
    postponedUntil: iso(state.postponedUntil),
    sla: view.sla === null ? null : { response: clock(view.sla.response), resolution: clock(view.sla.resolution) },
    allowedActions: view.allowedActions,
    history,
    attachments: view.attachments.map((attachment) => ({
      id: Number(attachment.id),
      fileName: attachment.fileName,
      contentType: attachment.contentType,
      size: attachment.size,
      sha256: attachment.sha256,
      createdAt: attachment.createdAt.toISOString(),
      url: attachmentUrl(attachment.id),
    })),
    processInstanceKey: view.processInstanceKey,
    recordingUrl,
  };
}
