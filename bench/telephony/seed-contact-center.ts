import { createHash, randomBytes } from 'node:crypto';
import { DEFAULT_IVR_DEFINITION } from '../../core/telephony/ivr/default-ivr-definition.js';
import type { Database } from '../../database/database.js';
import { seedDemoOrganization } from '../../database/seed/seed-demo-organization.js';

export interface SeededContactCenter {
  /** Operator user ids, `op<n>` their phones' PJSIP endpoints, with a session token each. */
  readonly operators: readonly { readonly userId: number; readonly endpoint: string; readonly sessionToken: string }[];
  /** Callers' numbers as caller ID shows them (national form), each a known person with requests. */
  readonly callerNumbers: readonly string[];
}

/** Mobile numbers of the extra callers: 0912 000 0001 onwards, outside the demo seed's numbers. */
const EXTRA_MOBILE_BASE = 9_120_000_000;

/**
 * The demo organization (the seed `npm start` gives), brought up to `count` operators and as many
 * callers: the demo's operators are kept and more are added to the message center; the callers are
 * the demo's employees with a mobile number, then more employees of its units. Every operator is
 * logged in to every queue with a signed-in session; every caller has two requests, so that the
 * caller card costs what it does in production.
 */
export async function seedContactCenter(db: Database, count: number): Promise<SeededContactCenter> {
  let seed = 1405;
  await seedDemoOrganization(db, { clock: { now: () => new Date() }, random: { nextInt: (max) => (seed = (seed * 48271) % 2_147_483_647) % max } });
  const now = new Date();
  const later = new Date(now.getTime() + 24 * 3_600_000);
  const queues = JSON.stringify(DEFAULT_IVR_DEFINITION.queues.map((queue) => queue.id));
  return db.transaction(async (tx) => {
    const rows = <T>(statement: string, params: unknown[] = []) => tx.sql.all<T>(statement, params);
    const one = async (statement: string, params: unknown[]) => Number((await rows<{ id: number }>(`${statement} RETURNING id`, params))[0]?.id);
    const idOf = async (table: string, code: string) => Number((await rows<{ id: number }>(`SELECT id FROM ${table} WHERE code = ?`, [code]))[0]?.id);
    const messageCenter = await idOf('org_units', 'IT-SD');
    const operatorPost = await idOf('positions', 'SD-OPERATOR');

    const operatorUsers = (await rows<{ id: number }>("SELECT user_id AS id FROM user_roles WHERE role = 'operator' ORDER BY user_id")).map((row) => Number(row.id)).slice(0, count);
    const [{ locationId } = { locationId: null }] = await rows<{ locationId: number | null }>('SELECT location_id AS "locationId" FROM people WHERE unit_id = ? LIMIT 1', [messageCenter]);
    for (let index = operatorUsers.length + 1; index <= count; index++) {
      const person = await one('INSERT INTO people (personnel_code, first_name, last_name, unit_id, location_id, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)', [
        `9${String(index).padStart(5, '0')}`,
        'اپراتور',
        `شماره ${index}`,
        messageCenter,
        locationId,
        now,
        now,
      ]);
      await rows('INSERT INTO person_positions (person_id, position_id, is_primary) VALUES (?, ?, 1)', [person, operatorPost]);
      const userId = await one("INSERT INTO users (username, password_hash, person_id, display_name, language, active, failed_logins, created_at, updated_at) VALUES (?, 'x', ?, ?, 'fa', 1, 0, ?, ?)", [
        `bench-operator${index}`,
        person,
        `اپراتور ${index}`,
        now,
        now,
      ]);
      await rows("INSERT INTO user_roles (user_id, role) VALUES (?, 'operator'), (?, 'staff')", [userId, userId]);
      operatorUsers.push(userId);
    }
    const operators = [];
    for (const [index, userId] of operatorUsers.entries()) {
      const sessionToken = randomBytes(32).toString('base64url');
      await rows('INSERT INTO sessions (id, user_id, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?, ?)', [createHash('sha256').update(sessionToken).digest('hex'), userId, now, later, now]);
      const endpoint = `op${index + 1}`;
      await rows("INSERT INTO operator_presence (user_id, endpoint, queue_ids, status, since, updated_at) VALUES (?, ?, ?, 'available', ?, ?)", [userId, `PJSIP/${endpoint}`, queues, now, now]);
      operators.push({ userId, endpoint, sessionToken });
    }

    // Callers: the demo's employees (not operators) by their mobile numbers, one number each.
    const callers = new Map<string, number>();
    const mobiles = await rows<{ personId: number; phone: string }>(
      `SELECT p.person_id AS "personId", p.phone FROM person_phones p
       WHERE p.kind = 'mobile' AND p.person_id NOT IN (SELECT u.person_id FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'operator' WHERE u.person_id IS NOT NULL)
       ORDER BY p.person_id`,
    );
    for (const { personId, phone } of mobiles) if (callers.size < count && !callers.has(phone)) callers.set(phone, Number(personId));
    const requesterUnits = await rows<{ unitId: number; locationId: number; positionId: number }>(
      `SELECT p.unit_id AS "unitId", p.location_id AS "locationId", pp.position_id AS "positionId" FROM people p JOIN person_positions pp ON pp.person_id = p.id
       WHERE p.unit_id <> ? AND p.location_id IS NOT NULL ORDER BY p.id`,
      [messageCenter],
    );
    for (let index = 1; callers.size < count; index++) {
      const place = requesterUnits[index % requesterUnits.length]!;
      const person = await one('INSERT INTO people (personnel_code, first_name, last_name, unit_id, location_id, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)', [
        `8${String(index).padStart(5, '0')}`,
        'مریم',
        `احمدی ${index}`,
        place.unitId,
        place.locationId,
        now,
        now,
      ]);
      await rows('INSERT INTO person_positions (person_id, position_id, is_primary) VALUES (?, ?, 1)', [person, place.positionId]);
      const phone = `+98${EXTRA_MOBILE_BASE + index}`;
      await rows("INSERT INTO person_phones (person_id, phone, kind) VALUES (?, ?, 'mobile')", [person, phone]);
      callers.set(phone, person);
    }
    const callerNumbers: string[] = [];
    let ticket = 0;
    for (const [phone, personId] of callers) {
      for (const status of ['inProgress', 'closed'] as const) {
        ticket += 1;
        await rows(
          `INSERT INTO tickets (tracking_code, channel, request_type, priority_code, subject, description, search_text, requester_person_id, status, registered_at, updated_at)
           VALUES (?, 'phone', 'incident', 'medium', 'چاپگر طبقه سوم کار نمی‌کند', 'چاپگر', '', ?, ?, ?, ?)`,
          [String(10_000_000 + ticket), personId, status, now, now],
        );
      }
      callerNumbers.push(`0${phone.slice(3)}`);
    }
    return { operators, callerNumbers };
  });
}
