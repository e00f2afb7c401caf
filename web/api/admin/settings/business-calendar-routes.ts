import { z } from 'zod';
import type { Principal } from '../../../../core/access/principal.js';
import { requireAnyRole } from '../../../../core/access/require-role.js';
import type { ClosureDefinition, HolidayDefinition } from '../../../../core/calendar/business-calendar-definition.js';
import { iranianWorkWeek } from '../../../../core/calendar/iranian-work-week.js';
import { DEFAULT_TIME_ZONE } from '../../../../core/calendar/time-zone.js';
import { validateBusinessCalendar } from '../../../../core/calendar/validate-business-calendar.js';
import { WEEKDAYS } from '../../../../core/calendar/weekday.js';
import type { Database, Tx } from '../../../../database/database.js';
import { modelsOf, type Models } from '../../../../database/models/index.js';
import type { BusinessCalendar, BusinessCalendarInput } from '../../../contract/admin/business-calendar.js';
import type { ApiRouter } from '../../http/api-router.js';
import { ADMIN_READERS, ADMIN_WRITERS } from '../admin-roles.js';
import { adminWrite, type AdminDeps } from '../admin-write.js';
import { throwIfProblems } from '../checks/throw-if-problems.js';
import { recordAdminAudit } from '../record-admin-audit.js';
import { readSetting, writeSetting } from './stored-setting.js';

const interval = z.object({ start: z.string().trim().min(1).max(5), end: z.string().trim().min(1).max(5) });
const week = z.partialRecord(z.enum(WEEKDAYS), z.array(interval).max(6));

const input = z.object({
  timeZone: z.string().trim().min(1).max(64).default(DEFAULT_TIME_ZONE),
  week,
  holidays: z
    .array(
      z.object({
        year: z.number().int().min(1300).max(1500).nullable().default(null),
        month: z.number().int().min(1).max(12),
        day: z.number().int().min(1).max(31),
        nameFa: z.string().trim().min(1).max(200),
        nameEn: z.string().trim().max(200).nullable().default(null),
      }),
    )
    .max(500)
    .default([]),
  closures: z
    .array(z.object({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }), reason: z.string().trim().max(500).nullable().default(null) }))
    .max(500)
    .default([]),
}) satisfies z.ZodType<BusinessCalendarInput, unknown>;

async function readCalendar(models: Models, tx?: Tx): Promise<BusinessCalendar> {
  const options = { transaction: tx?.transaction ?? null };
  const stored = await readSetting(models, 'businessCalendar', tx);
  const holidays = await models.Holiday.findAll({ order: [['year', 'ASC'], ['month', 'ASC'], ['day', 'ASC'], ['id', 'ASC']], ...options });
  const closures = await models.Closure.findAll({ order: [['startsAt', 'ASC'], ['id', 'ASC']], ...options });
  return {
    timeZone: stored?.timeZone ?? DEFAULT_TIME_ZONE,
    week: stored?.week ?? iranianWorkWeek(),
    holidays: holidays.map((row) => row.get()).map((row) => ({ year: row.year, month: row.month, day: row.day, nameFa: row.nameFa, nameEn: row.nameEn })),
    closures: closures.map((row) => row.get()).map((row) => ({ from: row.startsAt.toISOString(), to: row.endsAt.toISOString(), reason: row.reason })),
  };
}

export async function getBusinessCalendar(db: Database, principal: Principal): Promise<BusinessCalendar> {
  requireAnyRole(principal, ADMIN_READERS);
  return readCalendar(modelsOf(db));
}

/** Replaces the calendar (week, time zone, holidays, closures) after core's calendar checks; one audit row. */
export function replaceBusinessCalendar(deps: AdminDeps, principal: Principal, value: BusinessCalendarInput): Promise<BusinessCalendar> {
  return adminWrite(deps, principal, async (write) => {
    const holidays: HolidayDefinition[] = value.holidays.map((holiday) => ({ ...(holiday.year === null ? {} : { year: holiday.year }), month: holiday.month, day: holiday.day, name: holiday.nameFa }));
    const closures: ClosureDefinition[] = value.closures.map((closure) => ({ from: new Date(closure.from), to: new Date(closure.to) }));
    throwIfProblems(validateBusinessCalendar({ timeZone: value.timeZone, week: value.week, holidays, closures }));
    const before = await readCalendar(write.models, write.tx);
    await writeSetting(write.models, write.tx, 'businessCalendar', { timeZone: value.timeZone, week: value.week }, write.now);
    await write.models.Holiday.destroy({ where: {}, ...write.options });
    await write.models.Closure.destroy({ where: {}, ...write.options });
    for (const holiday of value.holidays) await write.models.Holiday.create({ ...holiday, createdAt: write.now, updatedAt: write.now }, write.options);
    for (const closure of value.closures) {
      await write.models.Closure.create({ startsAt: new Date(closure.from), endsAt: new Date(closure.to), reason: closure.reason, createdAt: write.now, updatedAt: write.now }, write.options);
    }
    const after = await readCalendar(write.models, write.tx);
    await recordAdminAudit(write, { entity: 'businessCalendar', entityId: null, action: 'replace', before, after });
    return after;
  });
}

export function mountBusinessCalendar(routes: ApiRouter, deps: AdminDeps): void {
  routes.route({ method: 'get', path: '/admin/calendar', tag: 'admin', summary: 'The business calendar: working hours per weekday, time zone, Jalali holidays, closures', access: ADMIN_READERS }, ({ principal }) =>
    getBusinessCalendar(deps.db, principal),
  );
  routes.route(
    { method: 'put', path: '/admin/calendar', tag: 'admin', summary: 'Replace the business calendar (validated as a whole)', access: ADMIN_WRITERS, body: input },
    ({ principal, body }) => replaceBusinessCalendar(deps, principal, body),
  );
}
