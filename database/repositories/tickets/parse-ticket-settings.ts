import { z } from 'zod';
import { DEFAULT_TICKET_SETTINGS, type TicketSettings } from '../../../core/tickets/ticket-settings.js';
import { MAX_TRACKING_CODE_LENGTH, MIN_TRACKING_CODE_LENGTH } from '../../../core/tickets/tracking-code.js';
import { TICKET_SETTING_NAMES as N } from './ticket-setting-names.js';

const position = z.object({ positionId: z.number().int().positive() }).transform((value) => String(value.positionId));
const interval = z.object({ start: z.string(), end: z.string() });
const schemas = {
  [N.businessCalendar]: z.object({
    timeZone: z.string().min(1),
    week: z.partialRecord(z.enum(['saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday']), z.array(interval)),
  }),
  [N.messageCenterPosition]: position,
  [N.feedbackAgentsPosition]: position,
  [N.escalationPolicy]: z.object({
    clock: z.enum(['response', 'resolution']),
    firstAfterMinutes: z.number().int().min(0),
    repeatEveryMinutes: z.number().int().min(1),
    maxEscalations: z.number().int().min(0),
  }),
  [N.feedbackPolicy]: z.object({ unsatisfiedAtOrBelow: z.number().int().min(0).max(4), maxAttempts: z.number().int().min(1) }),
  [N.feedbackRetryAfter]: z.string().regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/),
  [N.feedbackSurvey]: z.enum(['agent', 'phone']),
  [N.trackingCodeLength]: z.number().int().min(MIN_TRACKING_CODE_LENGTH).max(MAX_TRACKING_CODE_LENGTH),
};

/** A setting's JSON value, validated; a bad value is a configuration error that names the setting. */
export function settingValue<K extends keyof typeof schemas>(values: ReadonlyMap<string, string>, name: K): z.infer<(typeof schemas)[K]> | undefined {
  const raw = values.get(name);
  if (raw === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error(`setting ${name} is not JSON: ${raw}`);
  }
  if (json === null) return undefined;
  const parsed = schemas[name].safeParse(json);
  if (!parsed.success) throw new Error(`setting ${name} is invalid: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(value)'} ${issue.message}`).join('; ')}`);
  return parsed.data as z.infer<(typeof schemas)[K]>;
}

/** The ticket desk's settings from the `settings` rows, defaults filled in. */
export function parseTicketSettings(values: ReadonlyMap<string, string>, messageCenterByCode: string | null): TicketSettings {
  const d = DEFAULT_TICKET_SETTINGS;
  return {
    messageCenterPositionId: settingValue(values, N.messageCenterPosition) ?? messageCenterByCode,
    escalation: settingValue(values, N.escalationPolicy) ?? d.escalation,
    feedback: settingValue(values, N.feedbackPolicy) ?? d.feedback,
    feedbackRetryAfter: settingValue(values, N.feedbackRetryAfter) ?? d.feedbackRetryAfter,
    feedbackPositionId: settingValue(values, N.feedbackAgentsPosition) ?? d.feedbackPositionId,
    feedbackSurvey: settingValue(values, N.feedbackSurvey) ?? d.feedbackSurvey,
    trackingCodeLength: settingValue(values, N.trackingCodeLength) ?? d.trackingCodeLength,
  };
}
