import type { Transaction } from 'sequelize';
import type { Models } from '../models/index.js';
import { SETTING_NAMES, type SettingKey, type SettingValues } from '../settings/setting-names.js';
import { DEMO_HOLIDAYS } from './demo-holidays.js';
import {
  DEMO_BUSINESS_CALENDAR,
  DEMO_ESCALATION_POLICY,
  DEMO_FEEDBACK_AGENTS_POSITION,
  DEMO_FEEDBACK_POLICY,
  DEMO_MESSAGE_CENTER_POSITION,
} from './demo-policies.js';
import type { OrgChartIds } from './insert-org-chart.js';

/**
 * The holidays (when the table is still empty) and the settings. The two position settings always
 * point at the seeded positions; the calendar and the policies are written only where no value is
 * stored yet, so a value put there before the organization existed is kept. Returns the number of
 * holidays inserted.
 */
export async function insertCalendarAndSettings(models: Models, transaction: Transaction, now: Date, org: OrgChartIds): Promise<number> {
  const options = { transaction };
  let holidays = 0;
  if ((await models.Holiday.count(options)) === 0) {
    await models.Holiday.bulkCreate(
      DEMO_HOLIDAYS.map((h) => ({ year: h.year, month: h.month, day: h.day, nameFa: h.fa, nameEn: h.en, createdAt: now, updatedAt: now })),
      options,
    );
    holidays = DEMO_HOLIDAYS.length;
  }

  const values: SettingValues = {
    businessCalendar: DEMO_BUSINESS_CALENDAR,
    messageCenterPosition: { positionId: org.positions.get(DEMO_MESSAGE_CENTER_POSITION) },
    feedbackAgentsPosition: { positionId: org.positions.get(DEMO_FEEDBACK_AGENTS_POSITION) },
    feedbackPolicy: DEMO_FEEDBACK_POLICY,
    escalationPolicy: DEMO_ESCALATION_POLICY,
  };
  const alwaysWritten: readonly SettingKey[] = ['messageCenterPosition', 'feedbackAgentsPosition'];
  for (const key of Object.keys(SETTING_NAMES) as SettingKey[]) {
    const name = SETTING_NAMES[key];
    const value = JSON.stringify(values[key]);
    const existing = await models.Setting.findByPk(name, options);
    if (existing === null) await models.Setting.create({ name, value, updatedAt: now }, options);
    else if (alwaysWritten.includes(key)) await existing.update({ value, updatedAt: now }, options);
  }
  return holidays;
}
