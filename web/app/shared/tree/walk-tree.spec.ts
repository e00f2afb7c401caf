import { descendantIds, pathTo, walkTree } from './walk-tree';

const rows = [
  { id: 1, parentId: null, name: 'IT' },
  { id: 2, parentId: 1, name: 'Network' },
  { id: 3, parentId: 2, name: 'VPN' },
  { id: 4, parentId: 1, name: 'Desktop' },
  { id: 5, parentId: 99, name: 'Orphan' },
  { id: 6, parentId: 7, name: 'Cycle A' },
  { id: 7, parentId: 6, name: 'Cycle B' },
];

describe('walkTree', () => {
  it('given rows with parents, when walked, then parents come before children in the given order and orphans stand at the top', () => {
    const walked = walkTree(rows, (a, b) => a.name.localeCompare(b.name)).map((entry) => `${'  '.repeat(entry.depth)}${entry.item.name}`);
    expect(walked).toEqual(['IT', '  Desktop', '  Network', '    VPN', 'Orphan']);
  });

  it('given a node, when its descendants are asked for, then children and grandchildren come back', () => {
    expect([...descendantIds(rows, 1)].sort()).toEqual([2, 3, 4]);
    expect(descendantIds(rows, 3).size).toBe(0);
  });

  it('given a node, when its path is asked for, then it runs from the top down to it, stopping at a cycle', () => {
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(pathTo(byId, 3).map((row) => row.name)).toEqual(['IT', 'Network', 'VPN']);
    expect(pathTo(byId, 6).map((row) => row.name)).toEqual(['Cycle B', 'Cycle A']);
    expect(pathTo(byId, null)).toEqual([]);
  });
});
