import { z } from 'zod';
import { findLocationProblems } from '../../../../core/org/find-location-problems.js';
import { LOCATION_KINDS, type Location as CoreLocation, type LocationKind } from '../../../../core/org/location.js';
import { modelsOf } from '../../../../database/models/index.js';
import type { LocationAttributes } from '../../../../database/models/location.js';
import type { Location, LocationInput } from '../../../contract/admin/location.js';
import { active, name, optionalCode, optionalId } from '../admin-schemas.js';
import type { AdminResource, AdminWrite } from '../admin-resource.js';
import { takenValue } from '../checks/taken-value.js';
import { throwIfProblems } from '../checks/throw-if-problems.js';
import { NEW_NODE_ID, treeAfterChange } from '../checks/tree-after-change.js';

const input = z.object({ parentId: optionalId, kind: z.enum(LOCATION_KINDS), code: optionalCode, nameFa: name, nameEn: name, active }) satisfies z.ZodType<LocationInput, unknown>;

function toDto(row: LocationAttributes): Location {
  return { id: row.id, parentId: row.parentId, kind: row.kind as LocationKind, code: row.code, nameFa: row.nameFa, nameEn: row.nameEn, active: row.active };
}

/** Core's location checks (tree, and nesting order: no city inside a floor) over the table as the change leaves it. */
async function check(write: AdminWrite, locationId: number | null, value: LocationInput): Promise<void> {
  const nodes = await treeAfterChange(write.tx, 'locations', { id: locationId, parentId: value.parentId }, 'kind, name_en');
  const changedId = locationId === null ? NEW_NODE_ID : String(locationId);
  const locations: CoreLocation[] = nodes.map((node) => ({
    id: node.id,
    parentId: node.parentId,
    kind: (node.id === changedId ? value.kind : node.kind) as LocationKind,
    name: String(node.name_en ?? value.nameEn),
  }));
  const index = locations.findIndex((location) => location.id === changedId);
  const prefix = `locations[${index}].`;
  // A change of kind can also put the children of this location in the wrong nesting.
  const childIndexes = new Set(locations.flatMap((location, position) => (location.parentId === changedId ? [position] : [])));
  const problems = findLocationProblems(locations).flatMap((problem) => {
    if (problem.field.startsWith(prefix)) return [{ ...problem, field: problem.field.slice(prefix.length) }];
    const child = /^locations\[(\d+)\]/.exec(problem.field);
    return child !== null && childIndexes.has(Number(child[1])) && problem.messageKey === 'location.wrongNesting' ? [{ ...problem, field: 'kind' }] : [];
  });
  throwIfProblems([...problems, ...(await takenValue(write.tx, 'locations', 'code', value.code, locationId, 'code'))]);
}

/** Where requesters are: province › city › building › floor. */
export const locationResource: AdminResource<LocationInput, Location> = {
  path: 'locations',
  entity: 'location',
  noun: 'location',
  input,
  references: [
    { table: 'locations', column: 'parent_id' },
    { table: 'people', column: 'location_id' },
    { table: 'routing_rules', column: 'location_id' },
    { table: 'tickets', column: 'location_id' },
  ],
  async list(db) {
    return (await modelsOf(db).Location.findAll({ order: [['id', 'ASC']] })).map((row) => toDto(row.get()));
  },
  async read(models, locationId, tx) {
    const row = await models.Location.findByPk(locationId, { transaction: tx?.transaction ?? null });
    return row === null ? undefined : toDto(row.get());
  },
  async create(write, value) {
    await check(write, null, value);
    return (await write.models.Location.create({ ...value, createdAt: write.now, updatedAt: write.now }, write.options)).get().id;
  },
  async update(write, locationId, value) {
    await check(write, locationId, value);
    await write.models.Location.update({ ...value, updatedAt: write.now }, { where: { id: locationId }, ...write.options });
  },
  async remove(write, locationId) {
    await write.models.Location.destroy({ where: { id: locationId }, ...write.options });
  },
};
