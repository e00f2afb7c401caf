import type { ProductArea } from './product-area';
import { visibleAreas } from './visible-areas';

const area = (path: string, roles?: string[]): ProductArea => ({ path, label: 'area.home', description: 'area.home', icon: 'home', ready: true, ...(roles ? { roles } : {}) });

describe('visible areas', () => {
  const areas = [area('portal'), area('admin', ['admin']), area('cartable', ['operator', 'expert'])];

  it('given nobody signed in yet, when the areas are listed, then all are shown', () => {
    expect(visibleAreas(areas, null).map((a) => a.path)).toEqual(['portal', 'admin', 'cartable']);
  });

  it('given an expert, when the areas are listed, then those for other roles are hidden', () => {
    expect(visibleAreas(areas, new Set(['expert'])).map((a) => a.path)).toEqual(['portal', 'cartable']);
  });
});
