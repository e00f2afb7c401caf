import type { BusinessCalendar } from '../../core/calendar/business-calendar.js';
import { DEFAULT_IVR_DEFINITION } from '../../core/telephony/ivr/default-ivr-definition.js';
import type { Database } from '../../database/database.js';
import { activateIvrVersion, activeIvrVersion, createIvrVersion } from '../../database/telephony/ivr-definitions.js';
import type { IvrInForce } from '../app/telephony-app.js';

/**
 * The active IVR version and the business calendar. A database without any version gets the
 * default definition stored as version 1 and activated, so that the administrator has something to
 * start editing from.
 */
export async function loadIvrInForce(db: Database, loadCalendar: () => Promise<BusinessCalendar>, now: Date): Promise<IvrInForce> {
  let active = await activeIvrVersion(db.read);
  if (active === undefined) {
    await db.transaction(async (tx) => {
      if ((await activeIvrVersion(tx.sql)) !== undefined) return;
      const version = await createIvrVersion(tx.sql, { definition: DEFAULT_IVR_DEFINITION, comment: 'default', createdByUserId: null, at: now });
      await activateIvrVersion(tx.sql, version, now);
    });
    active = await activeIvrVersion(db.read);
  }
  return { version: active?.version ?? null, definition: active?.definition ?? DEFAULT_IVR_DEFINITION, calendar: await loadCalendar() };
}
