import { randomInt } from 'node:crypto';
import { systemClock } from '../../core/time/clock.js';
import { migrate } from '../../database/migrate.js';
import { openDatabase } from '../../database/open-database.js';
import { seedDemoOrganization } from '../../database/seed/seed-demo-organization.js';
import { loadReferenceData, type ReferenceData } from './reference-data.js';

/** A new SQLite database at `file` with every migration applied and the demo organization seeded, as the first start does. */
export async function prepareDatabase(file: string): Promise<ReferenceData> {
  const db = await openDatabase({ url: `sqlite:${file}`, poolMax: 1 });
  try {
    await migrate(db);
    const seeded = await seedDemoOrganization(db, { clock: systemClock, random: { nextInt: (maxExclusive) => randomInt(maxExclusive) } });
    if (seeded === null) throw new Error(`${file} already holds an organization`);
    return await loadReferenceData(db);
  } finally {
    await db.close();
  }
}
