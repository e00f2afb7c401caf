import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NotFoundError } from '../errors/not-found-error.js';
import { ancestorsOf } from './ancestors-of.js';
import { findTreeProblems } from './find-tree-problems.js';
import { pathFromRoot } from './path-from-root.js';
import { isInSubtree, subtreeOf } from './subtree.js';
import { indexTree } from './tree-node.js';

// it ─┬─ network ── vpn
//     └─ software
const categories = indexTree([
  { id: 'it', parentId: null },
  { id: 'network', parentId: 'it' },
  { id: 'vpn', parentId: 'network' },
  { id: 'software', parentId: 'it' },
  { id: 'facilities', parentId: null },
]);
const ids = (nodes: { id: string }[]) => nodes.map((node) => node.id);

describe('tree walks', () => {
  it('given a leaf, when its ancestors are listed, then the parent comes first and the root last', () => {
    assert.deepEqual(ids(ancestorsOf(categories, 'vpn')), ['network', 'it']);
    assert.deepEqual(ids(ancestorsOf(categories, 'it')), []);
  });

  it('given a leaf, when its path is asked, then it runs from the root to the leaf', () => {
    assert.deepEqual(ids(pathFromRoot(categories, 'vpn')), ['it', 'network', 'vpn']);
  });

  it('given an unknown id, when walked, then NotFoundError names what was sought', () => {
    assert.throws(() => ancestorsOf(categories, 'printers', 'category'), (error: unknown) => error instanceof NotFoundError && error.what === 'category');
  });

  it('given a subtree, when membership is asked, then the root and everything below belong and siblings do not', () => {
    assert.equal(isInSubtree(categories, 'network', 'network'), true);
    assert.equal(isInSubtree(categories, 'network', 'vpn'), true);
    assert.equal(isInSubtree(categories, 'network', 'software'), false);
    assert.equal(isInSubtree(categories, 'vpn', 'network'), false);
    assert.equal(isInSubtree(categories, 'network', 'unknown'), false);
    assert.deepEqual(ids(subtreeOf(categories, 'it')), ['it', 'network', 'software', 'vpn']);
    assert.deepEqual(subtreeOf(categories, 'unknown'), []);
  });

  it('given a parent id that does not exist, when walked, then the walk stops there as at a root', () => {
    const tree = indexTree([{ id: 'orphan', parentId: 'gone' }]);
    assert.deepEqual(ancestorsOf(tree, 'orphan'), []);
  });

  it('given a cycle, when walked, then it throws instead of looping forever', () => {
    const tree = indexTree([
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ]);
    assert.throws(() => ancestorsOf(tree, 'a'), /cycle/);
  });

  it('given a broken tree, when checked, then duplicates, unknown parents and cycles are reported', () => {
    const problems = findTreeProblems(
      [
        { id: 'a', parentId: null },
        { id: 'a', parentId: null },
        { id: 'b', parentId: 'nobody' },
        { id: 'c', parentId: 'd' },
        { id: 'd', parentId: 'c' },
      ],
      'positions',
    );
    assert.deepEqual(problems, [
      { field: 'positions[1].id', messageKey: 'tree.duplicateId', params: { id: 'a' } },
      { field: 'positions[2].parentId', messageKey: 'tree.unknownParent', params: { parentId: 'nobody' } },
      { field: 'positions[3].parentId', messageKey: 'tree.cycle', params: { id: 'c' } },
      { field: 'positions[4].parentId', messageKey: 'tree.cycle', params: { id: 'd' } },
    ]);
  });
});
