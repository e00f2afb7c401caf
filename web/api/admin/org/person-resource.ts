import { col, fn, literal, Op, where as where_ } from 'sequelize';
import { z } from 'zod';
import type { FieldProblem } from '../../../../core/errors/validation-error.js';
import type { Database, Tx } from '../../../../database/database.js';
import { sqlLiteral } from '../../../../database/sql-literal.js';
import { toLatinDigits } from '../../../../core/text/to-latin-digits.js';
import type { Page } from '../../../contract/page.js';
import { offsetOf, pagingQuery } from '../../http/paging.js';
import { modelsOf, type Models } from '../../../../database/models/index.js';
import type { PersonAttributes } from '../../../../database/models/person.js';
import type { Person, PersonInput, PhoneKind } from '../../../contract/admin/person.js';
import { active, id, optionalEmail, optionalId, optionalText } from '../admin-schemas.js';
import type { AdminResource, AdminWrite } from '../admin-resource.js';
import { missingReference } from '../checks/missing-reference.js';
import { takenValue } from '../checks/taken-value.js';
import { throwIfProblems } from '../checks/throw-if-problems.js';
import { isProblem, normalizePhoneInput } from './phone-input.js';

const PHONE_KINDS = ['mobile', 'landline', 'work', 'home'] as const;

const input = z.object({
  personnelCode: z.string().trim().min(1).max(32),
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  fullNameEn: optionalText(200),
  unitId: optionalId,
  locationId: optionalId,
  extension: optionalText(16),
  email: optionalEmail,
  active,
  phones: z.array(z.object({ phone: z.string().trim().min(1).max(40), kind: z.enum(PHONE_KINDS).optional() })).max(10).default([]),
  positions: z.array(z.object({ positionId: id, isPrimary: z.boolean().default(false) })).max(20).default([]),
}) satisfies z.ZodType<PersonInput, unknown>;

async function toDtos(models: Models, rows: readonly PersonAttributes[], tx?: Tx): Promise<Person[]> {
  const ids = rows.map((row) => row.id);
  const options = { transaction: tx?.transaction ?? null };
  const [phones, positions] = await Promise.all([
    models.PersonPhone.findAll({ where: { personId: { [Op.in]: ids } }, order: [['phone', 'ASC']], ...options }),
    models.PersonPosition.findAll({ where: { personId: { [Op.in]: ids } }, order: [['positionId', 'ASC']], ...options }),
  ]);
  return rows.map((row) => ({
    id: row.id,
    personnelCode: row.personnelCode,
    firstName: row.firstName,
    lastName: row.lastName,
    fullNameEn: row.fullNameEn,
    unitId: row.unitId,
    locationId: row.locationId,
    extension: row.extension,
    email: row.email,
    active: row.active,
    phones: phones.map((phone) => phone.get()).filter((phone) => phone.personId === row.id).map((phone) => ({ phone: phone.phone, kind: phone.kind as PhoneKind })),
    positions: positions.map((held) => held.get()).filter((held) => held.personId === row.id).map((held) => ({ positionId: held.positionId, isPrimary: held.isPrimary })),
  }));
}

/** Checks references and uniqueness, and normalizes the phone numbers to E.164 (one row per distinct number). */
async function prepare(write: AdminWrite, personId: number | null, value: PersonInput): Promise<{ phone: string; kind: string }[]> {
  const problems: FieldProblem[] = [];
  const phones = new Map<string, string>();
  value.phones.forEach((entry, index) => {
    const normalized = normalizePhoneInput(entry.phone, `phones[${index}].phone`);
    if (isProblem(normalized)) problems.push(normalized);
    else if (!phones.has(normalized.e164)) phones.set(normalized.e164, entry.kind ?? normalized.kind);
  });
  const seenPositions = new Set<number>();
  for (const [index, held] of value.positions.entries()) {
    if (seenPositions.has(held.positionId)) problems.push({ field: `positions[${index}].positionId`, messageKey: 'input.duplicate', params: { value: held.positionId } });
    seenPositions.add(held.positionId);
    problems.push(...(await missingReference(write.tx, 'positions', held.positionId, `positions[${index}].positionId`)));
  }
  problems.push(
    ...(await missingReference(write.tx, 'org_units', value.unitId, 'unitId')),
    ...(await missingReference(write.tx, 'locations', value.locationId, 'locationId')),
    ...(await takenValue(write.tx, 'people', 'personnel_code', value.personnelCode, personId, 'personnelCode')),
  );
  throwIfProblems(problems);
  return [...phones].map(([phone, kind]) => ({ phone, kind }));
}

async function writeChildren(write: AdminWrite, personId: number, phones: readonly { phone: string; kind: string }[], value: PersonInput): Promise<void> {
  const { PersonPhone, PersonPosition } = write.models;
  await PersonPhone.destroy({ where: { personId }, ...write.options });
  await PersonPosition.destroy({ where: { personId }, ...write.options });
  for (const phone of phones) await PersonPhone.create({ personId, ...phone }, write.options);
  for (const held of value.positions) await PersonPosition.create({ personId, positionId: held.positionId, isPrimary: held.isPrimary }, write.options);
}

function columns(value: PersonInput) {
  const { phones: _phones, positions: _positions, ...person } = value;
  return person;
}

/** People of the organization, with their phone numbers (E.164, as caller ID is matched) and the positions they hold. */
const listQuery = z.object({ q: z.string().trim().max(100).optional(), ...pagingQuery });
type PersonQuery = z.output<typeof listQuery>;

/** Case-insensitive `LIKE` on names, personnel code and phone numbers (digits as typed, any script). */
async function listPeople(db: Database, query: PersonQuery): Promise<Page<Person>> {
  const models = modelsOf(db);
  let where = {};
  if (query.q !== undefined && query.q !== '') {
    // Wildcards are dropped rather than escaped: Sequelize's LIKE has no ESCAPE clause, and names have none.
    const text = `%${query.q.toLowerCase().replace(/[%_\\]/g, '')}%`;
    const digits = toLatinDigits(query.q).replace(/\D/g, '').replace(/^0/, '');
    const like = (column: string) => where_(fn('lower', col(column)), { [Op.like]: text });
    const matches: unknown[] = ['first_name', 'last_name', 'full_name_en', 'personnel_code'].map(like);
    if (digits.length >= 3) matches.push({ id: { [Op.in]: literal(`(SELECT person_id FROM person_phones WHERE phone LIKE ${sqlLiteral(db.dialect, `%${digits}%`)})`) } });
    where = { [Op.or]: matches };
  }
  const { rows, count } = await models.Person.findAndCountAll({ where, order: [['id', 'ASC']], limit: query.pageSize, offset: offsetOf(query) });
  return { items: await toDtos(models, rows.map((row) => row.get())), total: count, page: query.page, pageSize: query.pageSize };
}

export const personResource: AdminResource<PersonInput, Person, PersonQuery, Page<Person>> = {
  path: 'people',
  entity: 'person',
  noun: 'person',
  input,
  references: [
    { table: 'users', column: 'person_id' },
    { table: 'tickets', column: 'requester_person_id' },
  ],
  listQuery,
  list: listPeople,
  async read(models, personId, tx) {
    const row = await models.Person.findByPk(personId, { transaction: tx?.transaction ?? null });
    return row === null ? undefined : (await toDtos(models, [row.get()], tx))[0];
  },
  async create(write, value) {
    const phones = await prepare(write, null, value);
    const personId = (await write.models.Person.create({ ...columns(value), createdAt: write.now, updatedAt: write.now }, write.options)).get().id;
    await writeChildren(write, personId, phones, value);
    return personId;
  },
  async update(write, personId, value) {
    const phones = await prepare(write, personId, value);
    await write.models.Person.update({ ...columns(value), updatedAt: write.now }, { where: { id: personId }, ...write.options });
    await writeChildren(write, personId, phones, value);
  },
  async remove(write, personId) {
    await write.models.PersonPhone.destroy({ where: { personId }, ...write.options });
    await write.models.PersonPosition.destroy({ where: { personId }, ...write.options });
    await write.models.Person.destroy({ where: { id: personId }, ...write.options });
  },
};
