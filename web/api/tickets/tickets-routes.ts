import type { Request, Router } from 'express';
import type { ZodType } from 'zod';
import type { Principal } from '../../../core/access/principal.js';
import { addTicketNote } from '../../../core/tickets/add-ticket-note.js';
import type { TicketActionOutcome } from '../../../core/tickets/act-on-ticket.js';
import { closeTicket } from '../../../core/tickets/close-ticket.js';
import { completeReferralPart } from '../../../core/tickets/complete-referral-part.js';
import { escalateTicket } from '../../../core/tickets/escalate-ticket.js';
import { getTicket } from '../../../core/tickets/get-ticket.js';
import { postponeTicket } from '../../../core/tickets/postpone-ticket.js';
import { provideInformation } from '../../../core/tickets/provide-information.js';
import { recordFeedback } from '../../../core/tickets/record-feedback.js';
import { referTicket } from '../../../core/tickets/refer-ticket.js';
import { registerTicket } from '../../../core/tickets/register-ticket.js';
import { reopenTicket } from '../../../core/tickets/reopen-ticket.js';
import { requestInformation } from '../../../core/tickets/request-information.js';
import { resolveTicket } from '../../../core/tickets/resolve-ticket.js';
import { startTicket } from '../../../core/tickets/start-ticket.js';
import type { TicketChannel } from '../../../core/tickets/ticket-channel.js';
import type { TicketDeps } from '../../../core/tickets/ticket-deps.js';
import { ValidationError } from '../../../core/errors/validation-error.js';
import { createTicketStore } from '../../../engine/workflows/create-ticket-store.js';
import type { RegisteredTicket, TicketActionResult } from '../../contract/tickets.js';
import type { ApiDeps } from '../api-deps.js';
import { ApiRouter } from '../http/api-router.js';
import { attachmentRoutes } from './attachment-routes.js';
import { callRecordingUrl } from './call-recording-url.js';
import { toTicketDetail } from './ticket-detail-dto.js';
import * as s from './ticket-schemas.js';

const tag = 'tickets';
/** Reference data is reused this long between requests (admin changes apply after at most this). */
const POLICY_TTL_MS = 5_000;

function idempotencyKeyOf(request: Request): { idempotencyKey?: string } {
  const key = request.header('idempotency-key');
  if (key === undefined || key === '') return {};
  if (key.length > 150) throw new ValidationError([{ field: 'Idempotency-Key', messageKey: 'input.tooLong', params: { max: 150 } }]);
  return { idempotencyKey: `http:${key}` };
}

function result(outcome: TicketActionOutcome<unknown>): TicketActionResult {
  return { ticketId: outcome.ticketId, version: outcome.version, status: outcome.status, repeated: outcome.repeated };
}

/** A requester on the portal registers for themselves; an API key registers as the API channel. */
function defaultChannel(principal: Principal): TicketChannel {
  if (principal.kind === 'apiKey') return 'api';
  const staff = ['operator', 'staff', 'supervisor'].some((role) => principal.roles.has(role as 'staff'));
  return staff ? 'phone' : 'portal';
}

/**
 * The /api/tickets endpoints: registration, a ticket with its full history, every action of its
 * lifecycle, and attachments. Each route calls a use case of core/tickets, which checks who may act.
 */
export function ticketRoutes(deps: ApiDeps): Router {
  const tickets: TicketDeps = { store: createTicketStore(deps.db, deps.engine, { policyTtlMs: POLICY_TTL_MS }), clock: deps.clock, random: deps.random, events: deps.events };
  const routes = new ApiRouter();
  const command = (principal: Principal, ticketId: number, request: Request, expectedVersion: number | undefined) => ({
    ticketId,
    actor: principal,
    ...(expectedVersion === undefined ? {} : { expectedVersion }),
    ...idempotencyKeyOf(request),
  });

  routes.route(
    { method: 'post', path: '/tickets', tag, summary: 'Register a ticket (operators for anyone, requesters for themselves, API keys with the operator role); honours Idempotency-Key', access: 'authenticated', body: s.registerBody, success: 201 },
    async ({ principal, body, request }): Promise<RegisteredTicket> => {
      const requester = body.requester ?? (principal.personId === null ? undefined : { personId: principal.personId });
      if (requester === undefined) throw new ValidationError([{ field: 'requester', messageKey: 'input.required' }]);
      const registered = await registerTicket(tickets, {
        requester: 'personId' in requester ? { personId: String(requester.personId) } : requester,
        channel: body.channel ?? defaultChannel(principal),
        categoryId: String(body.categoryId),
        requestType: body.requestType,
        priority: body.priority,
        subject: body.subject,
        description: body.description,
        locationId: body.locationId === undefined ? undefined : body.locationId === null ? null : String(body.locationId),
        callId: body.callId === undefined || body.callId === null ? null : String(body.callId),
        resolveNow: body.resolveNow,
        actor: principal,
        ...idempotencyKeyOf(request),
      });
      return { ticketId: registered.ticketId, trackingCode: registered.trackingCode, version: registered.version, status: registered.status, repeated: registered.repeated };
    },
  );

  routes.route(
    { method: 'get', path: '/tickets/:id', tag, summary: 'A ticket with its SLA, what the caller may do, its full history (actors and times) and attachments; 404 for those who may not see it', access: 'authenticated', params: s.ticketParams },
    async ({ principal, params }) => {
      const view = await getTicket(tickets, { ticketId: params.id, actor: principal });
      return toTicketDetail(view, (attachmentId) => `/api/tickets/${params.id}/attachments/${attachmentId}`, await callRecordingUrl(deps.db, view.state.details.callId ?? null));
    },
  );

  const action = <B extends { expectedVersion?: number | undefined }>(
    path: string,
    summary: string,
    body: ZodType<B>,
    run: (principal: Principal, ticketId: number, body: B, base: ReturnType<typeof command>) => Promise<TicketActionOutcome<unknown>>,
  ) =>
    routes.route({ method: 'post', path, tag, summary, access: 'authenticated', params: s.ticketParams, body }, async ({ principal, params, body: parsed, request }) =>
      result(await run(principal, params.id, parsed as B, command(principal, params.id, request, (parsed as B).expectedVersion))),
    );

  action('/tickets/:id/start', 'Start working on the ticket (a postponed one resumes early)', s.versionBody, (_p, _id, _b, base) => startTicket(tickets, base));
  action('/tickets/:id/refer', 'Refer to one position, or to several each doing a part in parallel', s.referBody, (_p, _id, body, base) =>
    referTicket(tickets, { ...base, toPositionIds: body.toPositionIds.map(String), note: body.note, parallel: body.parallel }),
  );
  action('/tickets/:id/postpone', 'Postpone until a date (the SLA clocks pause until then)', s.postponeBody, (_p, _id, body, base) => postponeTicket(tickets, { ...base, until: new Date(body.until), reason: body.reason }));
  action('/tickets/:id/notes', 'Add a note, private (staff only) or public (the requester sees it)', s.noteBody, (_p, _id, body, base) => addTicketNote(tickets, { ...base, text: body.text, visibleToRequester: body.visibleToRequester }));
  action('/tickets/:id/information-requests', 'Ask the requester something (sent by SMS; the SLA pauses)', s.questionBody, (_p, _id, body, base) => requestInformation(tickets, { ...base, question: body.question }));
  action('/tickets/:id/information', 'The requester’s answer (by the requester, or taken on the phone by staff)', s.answerBody, (_p, _id, body, base) => provideInformation(tickets, { ...base, answer: body.answer }));
  action('/tickets/:id/resolve', 'Resolve; the ticket goes to feedback', s.resolveBody, (_p, _id, body, base) => resolveTicket(tickets, { ...base, resolution: body.resolution }));
  action('/tickets/:id/reopen', 'Send a resolved ticket back for rework by the senior responsible', s.reopenBody, (_p, _id, body, base) => reopenTicket(tickets, { ...base, reason: body.reason }));
  action('/tickets/:id/escalate', 'Escalate one level up the org chart', s.versionBody, (_p, _id, _b, base) => escalateTicket(tickets, base));
  action('/tickets/:id/feedback', 'Record the requester’s satisfaction (1–5 with a comment) or that nobody answered', s.feedbackBody, (_p, _id, body, base) => recordFeedback(tickets, { ...base, response: body.response }));
  action('/tickets/:id/close', 'Close outside the normal path: cancelled or duplicate, or a resolved ticket not surveyed', s.closeBody, (_p, _id, body, base) => closeTicket(tickets, { ...base, reason: body.reason }));

  routes.route(
    { method: 'post', path: '/tickets/:id/parts/:positionId/complete', tag, summary: 'Complete one position’s part of a parallel referral', access: 'authenticated', params: s.partParams, body: s.partBody },
    async ({ principal, params, body, request }) =>
      result(await completeReferralPart(tickets, { ...command(principal, params.id, request, body.expectedVersion), positionId: String(params.positionId), note: body.note })),
  );

  attachmentRoutes(routes, tickets, deps);
  return routes.router;
}
