import { NotFoundError } from '../../../core/errors/not-found-error.js';
import { ValidationError } from '../../../core/errors/validation-error.js';
import { parseIranianPhoneNumber } from '../../../core/org/iranian-phone-number.js';
import { parseTrackingCode } from '../../../core/tickets/tracking-code.js';
import type { Database } from '../../../database/database.js';
import { findTrackedTicket } from '../../../database/repositories/ticket-queries/find-tracked-ticket.js';
import type { TrackedStep, TrackedTicket } from '../../contract/tracking.js';

/** The text of a step meant for the requester: a note, a question, a resolution. */
function stepText(kind: string, payload: string): string | null {
  const fields = JSON.parse(payload) as Record<string, unknown>;
  const text = kind === 'noted' ? fields.text : kind === 'informationRequested' ? fields.question : kind === 'resolved' ? fields.resolution : undefined;
  return typeof text === 'string' ? text : null;
}

/** The tracking code and phone number as typed (Persian or Latin digits, spaces, dashes), or field problems. */
export function parseTrackingRequest(code: string, phone: string): { trackingCode: string; phone: string } {
  let trackingCode: string | undefined;
  const problems = [];
  try {
    trackingCode = parseTrackingCode(code);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    problems.push(...error.problems.map((problem) => ({ ...problem, field: 'code' })));
  }
  const parsedPhone = parseIranianPhoneNumber(phone);
  if (parsedPhone === null) problems.push({ field: 'phone', messageKey: 'phone.invalid', params: { value: phone } });
  if (problems.length > 0 || trackingCode === undefined || parsedPhone === null) throw new ValidationError(problems);
  return { trackingCode, phone: parsedPhone.e164 };
}

/**
 * Public tracking: the ticket is shown only when both its code and its requester's phone match.
 * An unknown code and a wrong phone get the same NotFoundError, from the same single query.
 */
export async function trackTicket(db: Database, request: { trackingCode: string; phone: string }): Promise<TrackedTicket> {
  const found = await findTrackedTicket(db.read, request.trackingCode, request.phone);
  if (found === null) throw new NotFoundError('ticket', 'tracking');
  const steps: TrackedStep[] = found.steps.map((step) => ({ kind: step.kind, at: step.at.toISOString(), text: stepText(step.kind, step.payload) }));
  return {
    trackingCode: found.trackingCode,
    status: found.status,
    subject: found.subject,
    categoryNameFa: found.categoryNameFa,
    categoryNameEn: found.categoryNameEn,
    registeredAt: found.registeredAt.toISOString(),
    updatedAt: found.updatedAt.toISOString(),
    resolvedAt: found.resolvedAt?.toISOString() ?? null,
    closedAt: found.closedAt?.toISOString() ?? null,
    steps,
  };
}
