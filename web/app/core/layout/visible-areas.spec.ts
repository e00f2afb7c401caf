import type { RoleName } from '../../../contract/roles';
import type { ProductArea } from './product-area';
import { PRODUCT_AREAS } from './product-areas';
import { visibleAreas } from './visible-areas';

const area = (path: string, roles?: RoleName[]): ProductArea => ({ path, label: 'area.home', description: 'area.home', icon: 'home', ready: true, ...(roles ? { roles } : {}) });
const paths = (roles: RoleName[]) => visibleAreas(PRODUCT_AREAS, new Set(roles)).map((a) => a.path);

describe('visible areas', () => {
  const areas = [area('portal'), area('admin', ['admin']), area('cartable', ['operator', 'staff'])];

  it('given nobody signed in, when the areas are listed, then only those open to everyone are shown', () => {
    expect(visibleAreas(areas, new Set()).map((a) => a.path)).toEqual(['portal']);
  });

  it('given a staff member, when the areas are listed, then those for other roles are hidden', () => {
    expect(visibleAreas(areas, new Set(['staff'])).map((a) => a.path)).toEqual(['portal', 'cartable']);
  });

  it.each<[RoleName[], string[]]>([
    [['operator', 'staff'], ['operator-console', 'cartable', 'status']],
    [['staff'], ['cartable', 'status']],
    [['supervisor', 'staff'], ['cartable', 'reports', 'status']],
    [['feedbackAgent', 'staff'], ['cartable', 'status']],
    [['admin'], ['admin', 'status']],
    [['designer'], ['designer', 'status']],
    [['auditor'], ['audit', 'status']],
    [['requester'], ['portal', 'status']],
  ])('given the demo roles %j, when the product areas are listed, then exactly %j are shown', (roles, expected) => {
    expect(paths(roles)).toEqual(expected);
  });
});
