import type { FieldProblem } from '../errors/validation-error.js';
import { findTreeProblems } from '../tree/find-tree-problems.js';
import { LOCATION_KINDS, type Location } from './location.js';

/** Tree problems, plus a location nested in one of its own kind or a smaller one (a city inside a floor). */
export function findLocationProblems(locations: readonly Location[]): FieldProblem[] {
  const problems = findTreeProblems(locations, 'locations');
  const kinds = new Map(locations.map((location) => [location.id, location.kind]));
  locations.forEach((location, index) => {
    const parentKind = location.parentId === null ? undefined : kinds.get(location.parentId);
    if (parentKind !== undefined && LOCATION_KINDS.indexOf(parentKind) >= LOCATION_KINDS.indexOf(location.kind)) {
      problems.push({ field: `locations[${index}].parentId`, messageKey: 'location.wrongNesting', params: { kind: location.kind, parentKind } });
    }
  });
  return problems;
}
