import type { SqlExecutor } from '../../database.js';
import { loadTicketPolicy } from '../tickets/load-ticket-policy.js';
import type { ReferenceCategory, ReferencePerson, ReferenceUser, ReportReference } from './report-reference.js';

type Row = Record<string, unknown>;

const optionalId = (value: unknown) => (value === null || value === undefined ? null : Number(value));
const names = (row: Row, fa: string, en: string) => ({ fa: String(row[fa]), en: String(row[en] ?? row[fa]) });

function categoryLevels(rows: readonly Row[]): Map<number, ReferenceCategory> {
  const parents = new Map(rows.map((row) => [Number(row.id), optionalId(row.parent_id)]));
  const pathOf = (id: number): number[] => {
    const path = [id];
    for (let parent = parents.get(id) ?? null; parent !== null && !path.includes(parent) && parents.has(parent); parent = parents.get(parent) ?? null) path.unshift(parent);
    return path;
  };
  return new Map(
    rows.map((row) => {
      const id = Number(row.id);
      const path = pathOf(id);
      return [id, { id, parentId: optionalId(row.parent_id), name: names(row, 'name_fa', 'name_en'), level: path.length, path }];
    }),
  );
}

/** Reads the reference data of the reports in one go; the calendar is the ticket desk's. */
export async function loadReportReference(read: SqlExecutor): Promise<ReportReference> {
  const [units, categories, positions, priorities, contractors, people, holders, users, roles, policy] = await Promise.all([
    read.all<Row>('SELECT id, parent_id, name_fa, name_en FROM org_units'),
    read.all<Row>('SELECT id, parent_id, name_fa, name_en FROM categories'),
    read.all<Row>('SELECT id, parent_id, unit_id, title_fa, title_en FROM positions'),
    read.all<Row>('SELECT code, name_fa, name_en, color, rank_order FROM priorities ORDER BY rank_order, code'),
    read.all<Row>('SELECT id, name_fa, name_en FROM contractors'),
    read.all<Row>(
      'SELECT id, first_name, last_name, full_name_en, unit_id FROM people WHERE id IN (SELECT person_id FROM person_positions) OR id IN (SELECT person_id FROM users WHERE person_id IS NOT NULL)',
    ),
    read.all<Row>('SELECT position_id, person_id FROM person_positions ORDER BY position_id, is_primary DESC, person_id'),
    read.all<Row>('SELECT id, person_id, display_name FROM users'),
    read.all<Row>('SELECT user_id, role FROM user_roles'),
    loadTicketPolicy(read),
  ]);
  const holdersByPosition = new Map<number, number[]>();
  for (const row of holders) holdersByPosition.set(Number(row.position_id), [...(holdersByPosition.get(Number(row.position_id)) ?? []), Number(row.person_id)]);
  const rolesByUser = new Map<number, string[]>();
  for (const row of roles) rolesByUser.set(Number(row.user_id), [...(rolesByUser.get(Number(row.user_id)) ?? []), String(row.role)]);
  return {
    units: new Map(units.map((row) => [Number(row.id), { id: Number(row.id), parentId: optionalId(row.parent_id), name: names(row, 'name_fa', 'name_en') }])),
    categories: categoryLevels(categories),
    positions: new Map(positions.map((row) => [Number(row.id), { id: Number(row.id), parentId: optionalId(row.parent_id), unitId: Number(row.unit_id), title: names(row, 'title_fa', 'title_en') }])),
    priorities: priorities.map((row) => ({ code: String(row.code), name: names(row, 'name_fa', 'name_en'), color: String(row.color), rank: Number(row.rank_order) })),
    contractors: new Map(contractors.map((row) => [Number(row.id), names(row, 'name_fa', 'name_en')])),
    people: new Map(
      people.map((row): [number, ReferencePerson] => {
        const fa = `${String(row.first_name)} ${String(row.last_name)}`.trim();
        return [Number(row.id), { id: Number(row.id), name: { fa, en: row.full_name_en === null || row.full_name_en === undefined || row.full_name_en === '' ? fa : String(row.full_name_en) }, unitId: optionalId(row.unit_id) }];
      }),
    ),
    holders: holdersByPosition,
    users: new Map(
      users.map((row): [number, ReferenceUser] => [Number(row.id), { id: Number(row.id), personId: optionalId(row.person_id), displayName: String(row.display_name), roles: rolesByUser.get(Number(row.id)) ?? [] }]),
    ),
    calendar: policy.calendar,
  };
}
