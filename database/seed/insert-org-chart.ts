import type { Transaction } from 'sequelize';
import type { Models } from '../models/index.js';
import { canonicalPhone } from './canonical-phone.js';
import { CodeIds } from './code-ids.js';
import { DEMO_CONTRACTORS } from './demo-contractors.js';
import { DEMO_LOCATIONS } from './demo-locations.js';
import type { DemoPerson } from './demo-people.js';
import { DEMO_POSITIONS } from './demo-positions.js';
import { DEMO_UNITS } from './demo-units.js';

export interface OrgChartIds {
  readonly units: CodeIds;
  readonly positions: CodeIds;
  readonly locations: CodeIds;
  /** By personnel code. */
  readonly people: CodeIds;
  readonly contractors: CodeIds;
}

const EMAIL_DOMAIN = 'sepehr.example';

/** `z.ahmadi@…`; a second person with the same initial and surname gets a number. */
function emailOf(person: DemoPerson, used: Set<string>): string {
  const [first = '', ...rest] = person.nameEn.toLowerCase().split(' ');
  const base = `${first.charAt(0)}.${rest.join('')}`;
  let local = base;
  for (let n = 2; used.has(local); n++) local = `${base}${n}`;
  used.add(local);
  return `${local}@${EMAIL_DOMAIN}`;
}

/** Units, positions, locations, people with their phones and positions, and contractors. */
export async function insertOrgChart(models: Models, transaction: Transaction, now: Date, people: readonly DemoPerson[]): Promise<OrgChartIds> {
  const options = { transaction };
  const stamps = { createdAt: now, updatedAt: now };
  const ids: OrgChartIds = {
    units: new CodeIds('unit'),
    positions: new CodeIds('position'),
    locations: new CodeIds('location'),
    people: new CodeIds('person'),
    contractors: new CodeIds('contractor'),
  };

  // The data lists every parent before its children.
  for (const unit of DEMO_UNITS) {
    const row = await models.OrgUnit.create({ parentId: ids.units.optional(unit.parent), code: unit.code, nameFa: unit.fa, nameEn: unit.en, ...stamps }, options);
    ids.units.set(unit.code, row.get().id);
  }
  for (const position of DEMO_POSITIONS) {
    const row = await models.Position.create(
      { parentId: ids.positions.optional(position.parent), unitId: ids.units.get(position.unit), code: position.code, titleFa: position.fa, titleEn: position.en, ...stamps },
      options,
    );
    ids.positions.set(position.code, row.get().id);
  }
  for (const location of DEMO_LOCATIONS) {
    const row = await models.Location.create(
      { parentId: ids.locations.optional(location.parent), kind: location.kind, code: location.code, nameFa: location.fa, nameEn: location.en, ...stamps },
      options,
    );
    ids.locations.set(location.code, row.get().id);
  }

  const emails = new Set<string>();
  const phones: { personId: number; phone: string; kind: string }[] = [];
  const held: { personId: number; positionId: number; isPrimary: boolean }[] = [];
  for (const person of people) {
    const row = await models.Person.create(
      {
        personnelCode: person.personnelCode,
        firstName: person.firstName,
        lastName: person.lastName,
        fullNameEn: person.nameEn,
        unitId: ids.units.get(person.unit),
        locationId: ids.locations.get(person.location),
        extension: person.extension,
        email: emailOf(person, emails),
        ...stamps,
      },
      options,
    );
    const personId = row.get().id;
    ids.people.set(person.personnelCode, personId);
    phones.push({ personId, phone: canonicalPhone(person.mobile), kind: 'mobile' });
    if (person.workPhone !== undefined) phones.push({ personId, phone: canonicalPhone(person.workPhone), kind: 'work' });
    person.positions.forEach((code, index) => held.push({ personId, positionId: ids.positions.get(code), isPrimary: index === 0 }));
  }
  await models.PersonPhone.bulkCreate(phones, options);
  await models.PersonPosition.bulkCreate(held, options);

  for (const contractor of DEMO_CONTRACTORS) {
    const row = await models.Contractor.create(
      { code: contractor.code, nameFa: contractor.fa, nameEn: contractor.en, phone: canonicalPhone(contractor.phone), email: contractor.email, ...stamps },
      options,
    );
    const contractorId = row.get().id;
    ids.contractors.set(contractor.code, contractorId);
    await models.ContractorContact.bulkCreate(
      contractor.contacts.map((contact) => ({ contractorId, name: contact.name, phone: canonicalPhone(contact.phone), email: contact.email })),
      options,
    );
    await models.ContractorSupervisor.bulkCreate(
      contractor.supervisors.map((code) => ({ contractorId, positionId: ids.positions.get(code) })),
      options,
    );
  }
  return ids;
}
