import type { TicketPriority } from '../../core/tickets/ticket-priority.js';
import type { TicketPolicy } from '../../core/tickets/ticket-policy.js';
import type { Database } from '../../database/database.js';
import { loadTicketPolicy } from '../../database/repositories/tickets/load-ticket-policy.js';

type Row = Record<string, unknown>;

export interface GeneratedCategory {
  readonly id: string;
  readonly code: string;
  readonly nameFa: string;
  readonly requestType: string;
  readonly defaultPriority: TicketPriority | null;
}

export interface GeneratedRequester {
  readonly personId: string;
  readonly userId: number | null;
  readonly name: string;
  readonly phone: string | null;
  readonly extension: string | null;
  readonly locationId: string | null;
  /** The location's Persian name, as people mention it. */
  readonly place: string;
}

/** What the generator draws from: the seeded organization as the ticket desk sees it. */
export interface ReferenceData {
  readonly policy: TicketPolicy;
  readonly categories: readonly GeneratedCategory[];
  readonly requesters: readonly GeneratedRequester[];
  readonly operators: ReadonlyArray<{ readonly userId: number | null; readonly positionId: string }>;
  /** Position → the person who holds it (the primary holder first). */
  readonly holderOf: ReadonlyMap<string, string>;
  readonly userOfPerson: ReadonlyMap<number, number>;
  readonly messageCenterPositionId: string;
  readonly feedbackPositionId: string;
  readonly defaultPriority: TicketPriority;
  /** Username → the positions its person holds. */
  readonly loginPositions: ReadonlyMap<string, readonly string[]>;
}

export async function loadReferenceData(db: Database): Promise<ReferenceData> {
  const read = db.read;
  const [policy, categories, people, phones, holders, users, operatorRows, units, locations, logins] = await Promise.all([
    loadTicketPolicy(read),
    read.all<Row>('SELECT id, code, name_fa, request_type, default_priority_code FROM categories'),
    read.all<Row>('SELECT id, first_name, last_name, unit_id, location_id, extension FROM people WHERE active = ?', [true]),
    read.all<Row>("SELECT person_id, phone FROM person_phones WHERE kind = 'mobile'"),
    read.all<Row>('SELECT position_id, person_id FROM person_positions ORDER BY is_primary DESC, person_id'),
    read.all<Row>('SELECT id, person_id FROM users WHERE person_id IS NOT NULL'),
    read.all<Row>("SELECT u.id, pp.position_id FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'operator' JOIN person_positions pp ON pp.person_id = u.person_id"),
    read.all<Row>('SELECT id, code FROM org_units'),
    read.all<Row>('SELECT id, name_fa FROM locations'),
    read.all<Row>('SELECT u.username, pp.position_id FROM users u JOIN person_positions pp ON pp.person_id = u.person_id ORDER BY pp.is_primary DESC'),
  ]);
  const loginPositions = new Map<string, string[]>();
  for (const row of logins) loginPositions.set(String(row.username), [...(loginPositions.get(String(row.username)) ?? []), String(row.position_id)]);
  const messageCenterPositionId = policy.settings.messageCenterPositionId;
  const feedbackPositionId = policy.settings.feedbackPositionId;
  if (messageCenterPositionId === null || feedbackPositionId === null) throw new Error('the demo organization is not seeded (no message center or feedback position)');
  const holderOf = new Map<string, string>();
  for (const row of holders) if (!holderOf.has(String(row.position_id))) holderOf.set(String(row.position_id), String(row.person_id));
  const userOfPerson = new Map(users.map((row) => [Number(row.person_id), Number(row.id)]));
  const phoneOf = new Map(phones.map((row) => [String(row.person_id), String(row.phone)]));
  const unitCode = new Map(units.map((row) => [String(row.id), String(row.code)]));
  const placeOf = new Map(locations.map((row) => [String(row.id), String(row.name_fa)]));
  const selectable = categories.filter((row) => policy.categories.get(String(row.id))?.selectable === true);
  // Requesters: the people outside IT, who call IT.
  const requesters = people
    .filter((row) => !(unitCode.get(String(row.unit_id)) ?? 'IT').startsWith('IT'))
    .map((row) => ({
      personId: String(row.id),
      userId: userOfPerson.get(Number(row.id)) ?? null,
      name: `${String(row.first_name)} ${String(row.last_name)}`,
      phone: phoneOf.get(String(row.id)) ?? null,
      extension: row.extension === null ? null : String(row.extension),
      locationId: row.location_id === null ? null : String(row.location_id),
      place: row.location_id === null ? 'ساختمان مرکزی' : (placeOf.get(String(row.location_id)) ?? 'ساختمان مرکزی'),
    }));
  const operators = operatorRows.map((row) => ({ userId: Number(row.id), positionId: String(row.position_id) }));
  if (requesters.length === 0 || selectable.length === 0 || operators.length === 0) throw new Error('the demo organization is not seeded');
  return {
    policy,
    categories: selectable.map((row) => ({
      id: String(row.id),
      code: String(row.code),
      nameFa: String(row.name_fa),
      requestType: String(row.request_type),
      defaultPriority: (row.default_priority_code as TicketPriority | null) ?? null,
    })),
    requesters,
    operators,
    holderOf,
    userOfPerson,
    messageCenterPositionId,
    feedbackPositionId,
    defaultPriority: policy.priorities.find((priority) => priority.isDefault)?.code ?? 'medium',
    loginPositions,
  };
}
