import { Op } from 'sequelize';
import type { WeekDefinition } from '../../../../core/calendar/business-calendar-definition.js';
import type { FeedbackPolicy } from '../../../../core/feedback/feedback-policy.js';
import type { EscalationPolicy } from '../../../../core/sla/escalation-policy.js';
import type { Tx } from '../../../../database/database.js';
import type { Models } from '../../../../database/models/index.js';
import { TICKET_SETTING_NAMES } from '../../../../database/repositories/tickets/ticket-setting-names.js';
import { SETTING_NAMES } from '../../../../database/settings/setting-names.js';

/** The settings the admin edits, in the shapes the API speaks. */
export interface DeskSettingValues {
  readonly messageCenterPositionId: number;
  readonly feedbackAgentsPositionId: number;
  readonly feedbackPolicy: FeedbackPolicy;
  readonly escalationPolicy: EscalationPolicy;
  readonly calendarWeek: WeekDefinition;
  readonly calendarTimeZone: string;
}

export type DeskSettingKey = keyof DeskSettingValues;

interface Row<K extends DeskSettingKey> {
  readonly name: string;
  encode(value: DeskSettingValues[K]): unknown;
  decode(json: unknown): DeskSettingValues[K] | undefined;
}

const plain = <K extends DeskSettingKey>(name: string): Row<K> => ({ name, encode: (value) => value, decode: (json) => json as DeskSettingValues[K] });
const positionObject = <K extends 'messageCenterPositionId' | 'feedbackAgentsPositionId'>(name: string): Row<K> => ({
  name,
  encode: (value) => ({ positionId: value }),
  decode: (json) => (json as { positionId?: number } | null)?.positionId as DeskSettingValues[K] | undefined,
});
const calendarPart = <K extends 'calendarWeek' | 'calendarTimeZone'>(part: 'week' | 'timeZone'): Row<K> => ({
  name: SETTING_NAMES.businessCalendar,
  encode: () => undefined,
  decode: (json) => (json as Record<string, unknown> | null)?.[part] as DeskSettingValues[K] | undefined,
});

/**
 * Where each setting is stored. Two name sets exist today: the ticket desk reads
 * database/repositories/tickets/ticket-setting-names.ts, the demo seed writes
 * database/settings/setting-names.ts. Until they become one, the admin writes both, so that what the
 * admin sets is what the desk uses, and reads the desk's row first, the seed's row otherwise.
 */
const ROWS: { readonly [K in DeskSettingKey]: readonly Row<K>[] } = {
  messageCenterPositionId: [plain(TICKET_SETTING_NAMES.messageCenterPositionId), positionObject(SETTING_NAMES.messageCenterPosition)],
  feedbackAgentsPositionId: [plain(TICKET_SETTING_NAMES.feedbackPositionId), positionObject(SETTING_NAMES.feedbackAgentsPosition)],
  feedbackPolicy: [plain(TICKET_SETTING_NAMES.feedbackPolicy), plain(SETTING_NAMES.feedbackPolicy)],
  escalationPolicy: [plain(TICKET_SETTING_NAMES.escalationPolicy), plain(SETTING_NAMES.escalationPolicy)],
  calendarWeek: [plain(TICKET_SETTING_NAMES.calendarWeek), calendarPart('week')],
  calendarTimeZone: [plain(TICKET_SETTING_NAMES.calendarTimeZone), calendarPart('timeZone')],
};

/** Every setting row that names a position, for the check that keeps a named position from deletion. */
export const POSITION_SETTING_NAMES: readonly string[] = [...ROWS.messageCenterPositionId, ...ROWS.feedbackAgentsPositionId].map((row) => row.name);

export async function readDeskSetting<K extends DeskSettingKey>(models: Models, key: K, tx?: Tx): Promise<DeskSettingValues[K] | undefined> {
  const rows = ROWS[key] as readonly Row<K>[];
  const stored = await models.Setting.findAll({ where: { name: { [Op.in]: rows.map((row) => row.name) } }, transaction: tx?.transaction ?? null });
  for (const row of rows) {
    const found = stored.find((setting) => setting.get().name === row.name);
    const value = found === undefined ? undefined : row.decode(JSON.parse(found.get().value));
    if (value !== undefined && value !== null) return value;
  }
  return undefined;
}

async function upsert(models: Models, tx: Tx, name: string, json: string, now: Date): Promise<void> {
  const options = { transaction: tx.transaction };
  if ((await models.Setting.findByPk(name, options)) === null) await models.Setting.create({ name, value: json, updatedAt: now }, options);
  else await models.Setting.update({ value: json, updatedAt: now }, { where: { name }, ...options });
}

export async function writeDeskSetting<K extends DeskSettingKey>(models: Models, tx: Tx, key: K, value: DeskSettingValues[K], now: Date): Promise<void> {
  for (const row of ROWS[key] as readonly Row<K>[]) {
    const encoded = row.encode(value);
    if (encoded !== undefined) await upsert(models, tx, row.name, JSON.stringify(encoded), now);
  }
}

/** The seed's calendar row holds the week and the time zone together; it is rewritten whole. */
export async function writeSeedCalendar(models: Models, tx: Tx, value: { timeZone: string; week: WeekDefinition }, now: Date): Promise<void> {
  await upsert(models, tx, SETTING_NAMES.businessCalendar, JSON.stringify(value), now);
}
