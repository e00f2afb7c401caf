import { z } from 'zod';
import { DTMF_KEYS, type IvrDefinition, type MenuAction } from '../../../core/telephony/ivr/ivr-definition.js';

const prompts = z.array(z.string().min(1).max(100)).max(50);
const id = z.string().min(1).max(64);
const ms = z.number().int().min(0).max(24 * 3_600_000);

const action: z.ZodType<MenuAction> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('menu'), menuId: id }),
  z.object({ kind: z.literal('queue'), queueId: id }),
  z.object({ kind: z.literal('followUp') }),
  z.object({ kind: z.literal('tutorial'), prompts }),
  z.object({ kind: z.literal('voicemail'), categoryCode: z.string().max(64).nullable() }),
  z.object({ kind: z.literal('repeat') }),
  z.object({ kind: z.literal('hangup') }),
]);

/**
 * The shape of an IVR definition as the administrator's editor sends it; what it means (menus and
 * queues that exist, prompts that are recorded, sane timeouts) is checked by validateIvrDefinition.
 */
export const ivrDefinitionSchema: z.ZodType<IvrDefinition> = z.object({
  welcomePrompts: prompts,
  mainMenuId: id,
  menus: z
    .array(z.object({ id, prompts, options: z.partialRecord(z.enum(DTMF_KEYS), action) }))
    .min(1)
    .max(50),
  queues: z
    .array(
      z.object({
        id,
        name: z.object({ fa: z.string().min(1).max(100), en: z.string().min(1).max(100) }),
        categoryCode: z.string().max(64).nullable(),
        ringTimeoutMs: ms,
        announceEveryMs: ms,
        maxWaitMs: ms,
        overflow: z.object({ afterMs: ms, toQueueIds: z.array(id).max(20) }).nullable(),
        wrapUpMs: ms,
      }),
    )
    .min(1)
    .max(50),
  input: z.object({ firstDigitTimeoutMs: ms, interDigitTimeoutMs: ms, maxAttempts: z.number().int().min(1).max(10), onExhausted: action }),
  afterHours: z.object({ enabled: z.boolean(), prompts, then: z.enum(['voicemail', 'hangup']) }),
  unknownCallers: z.object({ treatment: z.enum(['askPersonnelCode', 'generalQueue']), generalQueueId: id, personnelCodeMaxDigits: z.number().int().min(1).max(18) }),
  voicemail: z.object({ maxSeconds: z.number().int().min(1).max(3600) }),
  defaultHandleMs: ms,
  autoPauseAfterMisses: z.number().int().min(0).max(100),
});
