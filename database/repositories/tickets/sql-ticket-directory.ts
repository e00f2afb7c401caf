import type { Language } from '../../../core/i18n/language.js';
import type { Contact, PersonRecord, TicketDirectory } from '../../../core/tickets/ticket-contacts.js';
import type { SqlExecutor } from '../../database.js';
import { idNumber, idText } from './sql-date.js';

type Row = Record<string, unknown>;

const fullName = (row: Row) => `${String(row.first_name)} ${String(row.last_name)}`.trim();
const language = (value: unknown): Language => (value === 'en' ? 'en' : 'fa');

/** People lookups for registration and notifications, in SQL. */
export class SqlTicketDirectory implements TicketDirectory {
  constructor(private readonly sql: SqlExecutor) {}

  private async phonesOf(personIds: readonly number[]): Promise<Map<string, Array<{ phone: string; kind: string }>>> {
    const phones = new Map<string, Array<{ phone: string; kind: string }>>();
    if (personIds.length === 0) return phones;
    const rows = await this.sql.all<Row>(`SELECT person_id, phone, kind FROM person_phones WHERE person_id IN (${personIds.map(() => '?').join(', ')}) ORDER BY phone`, personIds);
    for (const row of rows) phones.set(String(row.person_id), [...(phones.get(String(row.person_id)) ?? []), { phone: String(row.phone), kind: String(row.kind) }]);
    return phones;
  }

  private async records(rows: Row[]): Promise<PersonRecord[]> {
    const phones = await this.phonesOf(rows.map((row) => Number(row.id)));
    return rows.map((row) => ({
      id: String(row.id),
      fullName: fullName(row),
      active: Boolean(row.active),
      locationId: idText(row.location_id),
      // Mobiles first: that is where SMS go.
      phoneNumbers: (phones.get(String(row.id)) ?? []).sort((a, b) => Number(b.kind === 'mobile') - Number(a.kind === 'mobile')).map((entry) => entry.phone),
    }));
  }

  async person(personId: string): Promise<PersonRecord | null> {
    const rows = await this.sql.all<Row>('SELECT id, first_name, last_name, active, location_id FROM people WHERE id = ?', [idNumber(personId)]);
    return (await this.records(rows))[0] ?? null;
  }

  async peopleByPhone(phone: string): Promise<PersonRecord[]> {
    const rows = await this.sql.all<Row>('SELECT p.id, p.first_name, p.last_name, p.active, p.location_id FROM people p JOIN person_phones pp ON pp.person_id = p.id WHERE pp.phone = ? AND p.active = ?', [phone, true]);
    return this.records(rows);
  }

  private async contacts(rows: Row[]): Promise<Array<Contact & { readonly positionId?: string }>> {
    const ids = [...new Set(rows.map((row) => Number(row.id)))];
    const phones = await this.phonesOf(ids);
    const languages = new Map<string, Language>();
    if (ids.length > 0) {
      const users = await this.sql.all<Row>(`SELECT person_id, language FROM users WHERE active = ? AND person_id IN (${ids.map(() => '?').join(', ')}) ORDER BY id`, [true, ...ids]);
      for (const user of users) if (!languages.has(String(user.person_id))) languages.set(String(user.person_id), language(user.language));
    }
    return rows.map((row) => {
      const own = phones.get(String(row.id)) ?? [];
      const mobile = own.find((entry) => entry.kind === 'mobile' || entry.phone.startsWith('+989'))?.phone ?? null;
      return { personId: String(row.id), fullName: fullName(row), mobile, language: languages.get(String(row.id)) ?? 'fa', ...(row.position_id === undefined ? {} : { positionId: String(row.position_id) }) };
    });
  }

  async contact(personId: string): Promise<Contact | null> {
    const rows = await this.sql.all<Row>('SELECT id, first_name, last_name FROM people WHERE id = ?', [idNumber(personId)]);
    return (await this.contacts(rows))[0] ?? null;
  }

  async holdersOf(positionIds: readonly string[]): Promise<Array<Contact & { readonly positionId: string }>> {
    if (positionIds.length === 0) return [];
    const rows = await this.sql.all<Row>(
      `SELECT p.id, p.first_name, p.last_name, pp.position_id FROM person_positions pp JOIN people p ON p.id = pp.person_id WHERE p.active = ? AND pp.position_id IN (${positionIds.map(() => '?').join(', ')}) ORDER BY pp.position_id, p.id`,
      [true, ...positionIds.map(idNumber)],
    );
    return (await this.contacts(rows)) as Array<Contact & { readonly positionId: string }>;
  }
}
