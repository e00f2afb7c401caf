import { z } from 'zod';
import { REQUEST_TYPES } from '../../../core/tickets/request-type.js';
import { TICKET_CHANNELS } from '../../../core/tickets/ticket-channel.js';

const id = z.number().int().positive();
const text = (max: number) => z.string().max(max);

export const ticketParams = z.object({ id: z.coerce.number().int().positive() });
export const partParams = z.object({ id: z.coerce.number().int().positive(), positionId: z.coerce.number().int().positive() });
export const attachmentParams = z.object({ id: z.coerce.number().int().positive(), attachmentId: z.coerce.number().int().positive() });

/** Every action may state the version the client saw (`expectedVersion`), to be refused if it changed meanwhile. */
const versioned = { expectedVersion: z.number().int().positive().optional() };

export const registerBody = z.object({
  requester: z.union([z.object({ personId: id }), z.object({ name: text(200), phone: text(40) })]).optional(),
  channel: z.enum(TICKET_CHANNELS).optional(),
  categoryId: id,
  requestType: z.enum(REQUEST_TYPES).optional(),
  priority: text(32).optional(),
  subject: text(300).optional(),
  description: text(20_000),
  locationId: id.nullable().optional(),
  callId: id.nullable().optional(),
  resolveNow: z.object({ resolution: text(5_000) }).optional(),
});

export const versionBody = z.object(versioned);
export const referBody = z.object({ ...versioned, toPositionIds: z.array(id).min(1).max(20), note: text(5_000).default(''), parallel: z.boolean().default(false) });
export const partBody = z.object({ ...versioned, note: text(5_000).default('') });
export const postponeBody = z.object({ ...versioned, until: z.iso.datetime({ offset: true }), reason: text(2_000).default('') });
export const noteBody = z.object({ ...versioned, text: text(10_000), visibleToRequester: z.boolean().default(false) });
export const questionBody = z.object({ ...versioned, question: text(2_000) });
export const answerBody = z.object({ ...versioned, answer: text(5_000) });
export const resolveBody = z.object({ ...versioned, resolution: text(5_000) });
export const reopenBody = z.object({ ...versioned, reason: text(2_000) });
export const feedbackBody = z.object({
  ...versioned,
  response: z.discriminatedUnion('kind', [z.object({ kind: z.literal('answered'), score: z.number().int().min(1).max(5), comment: text(2_000).nullable().default(null) }), z.object({ kind: z.literal('noAnswer') })]),
});
export const closeBody = z.object({ ...versioned, reason: z.enum(['cancelled', 'duplicate', 'notSurveyed']) });
