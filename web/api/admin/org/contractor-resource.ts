import { Op } from 'sequelize';
import { z } from 'zod';
import type { FieldProblem } from '../../../../core/errors/validation-error.js';
import type { Tx } from '../../../../database/database.js';
import type { ContractorAttributes } from '../../../../database/models/contractor.js';
import { modelsOf, type Models } from '../../../../database/models/index.js';
import type { Contractor, ContractorInput } from '../../../contract/admin/contractor.js';
import { active, id, name, optionalCode, optionalEmail } from '../admin-schemas.js';
import type { AdminResource, AdminWrite } from '../admin-resource.js';
import { missingReferences } from '../checks/missing-reference.js';
import { takenValue } from '../checks/taken-value.js';
import { throwIfProblems } from '../checks/throw-if-problems.js';
import { isProblem, normalizePhoneInput } from './phone-input.js';

const input = z.object({
  code: optionalCode,
  nameFa: name,
  nameEn: name,
  phone: z.string().trim().max(40).nullable().default(null),
  email: optionalEmail,
  active,
  contacts: z.array(z.object({ name: z.string().trim().min(1).max(200), phone: z.string().trim().min(1).max(40), email: optionalEmail })).max(50).default([]),
  supervisingPositionIds: z.array(id).max(50).default([]),
}) satisfies z.ZodType<ContractorInput, unknown>;

async function toDtos(models: Models, rows: readonly ContractorAttributes[], tx?: Tx): Promise<Contractor[]> {
  const ids = rows.map((row) => row.id);
  const options = { transaction: tx?.transaction ?? null };
  const [contacts, supervisors] = await Promise.all([
    models.ContractorContact.findAll({ where: { contractorId: { [Op.in]: ids } }, order: [['id', 'ASC']], ...options }),
    models.ContractorSupervisor.findAll({ where: { contractorId: { [Op.in]: ids } }, order: [['positionId', 'ASC']], ...options }),
  ]);
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    nameFa: row.nameFa,
    nameEn: row.nameEn,
    phone: row.phone,
    email: row.email,
    active: row.active,
    contacts: contacts.map((contact) => contact.get()).filter((contact) => contact.contractorId === row.id).map((contact) => ({ name: contact.name, phone: contact.phone, email: contact.email })),
    supervisingPositionIds: supervisors.map((supervisor) => supervisor.get()).filter((supervisor) => supervisor.contractorId === row.id).map((supervisor) => supervisor.positionId),
  }));
}

interface Prepared {
  readonly phone: string | null;
  readonly contacts: { name: string; phone: string; email: string | null }[];
  readonly positionIds: number[];
}

async function prepare(write: AdminWrite, contractorId: number | null, value: ContractorInput): Promise<Prepared> {
  const problems: FieldProblem[] = [];
  let phone: string | null = null;
  if (value.phone !== null && value.phone !== '') {
    const normalized = normalizePhoneInput(value.phone, 'phone');
    if (isProblem(normalized)) problems.push(normalized);
    else phone = normalized.e164;
  }
  const contacts = value.contacts.flatMap((contact, index) => {
    const normalized = normalizePhoneInput(contact.phone, `contacts[${index}].phone`);
    if (isProblem(normalized)) {
      problems.push(normalized);
      return [];
    }
    return [{ name: contact.name, phone: normalized.e164, email: contact.email }];
  });
  const positionIds = [...new Set(value.supervisingPositionIds)];
  problems.push(...(await missingReferences(write.tx, 'positions', value.supervisingPositionIds, 'supervisingPositionIds')));
  problems.push(...(await takenValue(write.tx, 'contractors', 'code', value.code, contractorId, 'code')));
  throwIfProblems(problems);
  return { phone, contacts, positionIds };
}

async function writeChildren(write: AdminWrite, contractorId: number, prepared: Prepared): Promise<void> {
  await write.models.ContractorContact.destroy({ where: { contractorId }, ...write.options });
  await write.models.ContractorSupervisor.destroy({ where: { contractorId }, ...write.options });
  for (const contact of prepared.contacts) await write.models.ContractorContact.create({ contractorId, ...contact }, write.options);
  for (const positionId of prepared.positionIds) await write.models.ContractorSupervisor.create({ contractorId, positionId }, write.options);
}

function columns(value: ContractorInput, prepared: Prepared) {
  return { code: value.code, nameFa: value.nameFa, nameEn: value.nameEn, phone: prepared.phone, email: value.email, active: value.active };
}

/** Outside companies that take tickets: their contacts (phones in E.164) and the positions that supervise them. */
export const contractorResource: AdminResource<ContractorInput, Contractor> = {
  path: 'contractors',
  entity: 'contractor',
  noun: 'contractor',
  input,
  references: [
    { table: 'routing_rules', column: 'contractor_id' },
    { table: 'tickets', column: 'contractor_id' },
  ],
  async list(db) {
    const models = modelsOf(db);
    return toDtos(models, (await models.Contractor.findAll({ order: [['id', 'ASC']] })).map((row) => row.get()));
  },
  async read(models, contractorId, tx) {
    const row = await models.Contractor.findByPk(contractorId, { transaction: tx?.transaction ?? null });
    return row === null ? undefined : (await toDtos(models, [row.get()], tx))[0];
  },
  async create(write, value) {
    const prepared = await prepare(write, null, value);
    const contractorId = (await write.models.Contractor.create({ ...columns(value, prepared), createdAt: write.now, updatedAt: write.now }, write.options)).get().id;
    await writeChildren(write, contractorId, prepared);
    return contractorId;
  },
  async update(write, contractorId, value) {
    const prepared = await prepare(write, contractorId, value);
    await write.models.Contractor.update({ ...columns(value, prepared), updatedAt: write.now }, { where: { id: contractorId }, ...write.options });
    await writeChildren(write, contractorId, prepared);
  },
  async remove(write, contractorId) {
    await write.models.ContractorContact.destroy({ where: { contractorId }, ...write.options });
    await write.models.ContractorSupervisor.destroy({ where: { contractorId }, ...write.options });
    await write.models.Contractor.destroy({ where: { id: contractorId }, ...write.options });
  },
};
