import type { RoutingRule } from '../../../contract/admin/routing-rule';
import { winningRule } from './rule-specificity';

const tree = (rows: ReadonlyArray<readonly [number, number | null]>) => new Map(rows.map(([id, parentId]) => [id, { id, parentId }]));
// Hardware 1 › Printers 2 › Copiers 3; Tehran province 10 › Tehran 11 › HQ 12.
const categories = tree([[1, null], [2, 1], [3, 2]]);
const locations = tree([[10, null], [11, 10], [12, 11]]);
const rule = (id: number, categoryId: number | null, locationId: number | null, extra: Partial<RoutingRule> = {}): RoutingRule => ({
  id,
  categoryId,
  locationId,
  priority: 0,
  target: { kind: 'positions', positionIds: [id] },
  description: null,
  active: true,
  ...extra,
});

describe('winningRule', () => {
  it('given rules at several levels, when a ticket matches them, then the deeper category wins before the deeper location', () => {
    const rules = [rule(1, 1, null), rule(2, 1, 12), rule(3, 2, null), rule(4, null, 12)];
    expect(winningRule(rules, 3, 12, categories, locations)?.id).toBe(3);
    expect(winningRule(rules, 1, 12, categories, locations)?.id).toBe(2);
    expect(winningRule(rules, null, 11, categories, locations)).toBeNull();
  });

  it('given equally specific rules, when one has the higher priority or one is inactive, then the active one of higher priority wins', () => {
    const rules = [rule(1, 2, null), rule(2, 2, null, { priority: 5 }), rule(3, 2, null, { priority: 9, active: false })];
    expect(winningRule(rules, 3, null, categories, locations)?.id).toBe(2);
  });
});
