import type { CallerIdentity } from '../../core/telephony/call/caller-identity.js';
import type { SqlExecutor } from '../database.js';

/**
 * The caller behind an E.164 number: a person of the organization (through `person_phones`), or a
 * contractor's contact (served under the contract); null when nobody has the number.
 */
export async function identifyCallerByPhone(sql: SqlExecutor, phone: string): Promise<CallerIdentity | null> {
  const [person] = await sql.all<{ id: number; first_name: string; last_name: string }>(
    'SELECT p.id, p.first_name, p.last_name FROM person_phones pp JOIN people p ON p.id = pp.person_id WHERE pp.phone = ? AND p.active = ? ORDER BY p.id',
    [phone, true],
  );
  if (person !== undefined) return { personId: Number(person.id), contractorId: null, name: `${person.first_name} ${person.last_name}` };
  const [contact] = await sql.all<{ contractor_id: number; name: string }>(
    'SELECT cc.contractor_id, cc.name FROM contractor_contacts cc JOIN contractors c ON c.id = cc.contractor_id WHERE cc.phone = ? AND c.active = ? ORDER BY cc.id',
    [phone, true],
  );
  if (contact !== undefined) return { personId: null, contractorId: Number(contact.contractor_id), name: contact.name };
  return null;
}

/** The person with this personnel code, as keyed on the phone. */
export async function identifyCallerByPersonnelCode(sql: SqlExecutor, personnelCode: string): Promise<CallerIdentity | null> {
  const [person] = await sql.all<{ id: number; first_name: string; last_name: string }>(
    'SELECT id, first_name, last_name FROM people WHERE personnel_code = ? AND active = ?',
    [personnelCode, true],
  );
  return person === undefined ? null : { personId: Number(person.id), contractorId: null, name: `${person.first_name} ${person.last_name}` };
}
