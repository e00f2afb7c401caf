import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexTree } from '../tree/tree-node.js';
import { canOversee } from './can-oversee.js';
import { escalationPath, escalationTarget } from './escalation-path.js';
import { findLocationProblems } from './find-location-problems.js';
import type { Location } from './location.js';
import type { Position } from './position.js';

// ceo ── it-manager ─┬─ network-lead ── network-expert
//                    └─ message-center
const positions = indexTree<Position>([
  { id: 'ceo', parentId: null, title: 'مدیرعامل', unitId: 'board' },
  { id: 'it-manager', parentId: 'ceo', title: 'مدیر فناوری اطلاعات', unitId: 'it' },
  { id: 'network-lead', parentId: 'it-manager', title: 'سرپرست شبکه', unitId: 'it' },
  { id: 'network-expert', parentId: 'network-lead', title: 'کارشناس شبکه', unitId: 'it' },
  { id: 'message-center', parentId: 'it-manager', title: 'اپراتور مرکز پیام', unitId: 'it' },
]);
const ids = (nodes: { id: string }[]) => nodes.map((node) => node.id);

describe('escalation along the org chart', () => {
  it('given an expert, when the escalation path is asked, then it climbs to the top and stops', () => {
    assert.deepEqual(ids(escalationPath(positions, 'network-expert')), ['network-lead', 'it-manager', 'ceo']);
    assert.deepEqual(escalationPath(positions, 'ceo'), []);
  });

  it('given escalation levels, when the target is asked, then level 1 is the parent and beyond the top is null', () => {
    assert.equal(escalationTarget(positions, 'network-expert', 1)?.id, 'network-lead');
    assert.equal(escalationTarget(positions, 'network-expert', 3)?.id, 'ceo');
    assert.equal(escalationTarget(positions, 'network-expert', 4), null);
    assert.throws(() => escalationTarget(positions, 'network-expert', 0), RangeError);
  });
});

describe('supervision', () => {
  it('given a supervisor, when asked about positions, then they oversee their own subtree only', () => {
    assert.equal(canOversee(positions, ['network-lead'], 'network-expert'), true);
    assert.equal(canOversee(positions, ['network-lead'], 'network-lead'), true);
    assert.equal(canOversee(positions, ['network-lead'], 'message-center'), false);
    assert.equal(canOversee(positions, ['it-manager'], 'message-center'), true);
  });

  it('given someone holding two positions, when asked, then either subtree counts', () => {
    assert.equal(canOversee(positions, ['message-center', 'network-lead'], 'network-expert'), true);
    assert.equal(canOversee(positions, [], 'network-expert'), false);
  });
});

describe('locations', () => {
  it('given province › city › building › floor, when checked, then there is no problem', () => {
    const locations: Location[] = [
      { id: 'tehran-province', parentId: null, kind: 'province', name: 'استان تهران' },
      { id: 'tehran', parentId: 'tehran-province', kind: 'city', name: 'تهران' },
      { id: 'hq', parentId: 'tehran', kind: 'building', name: 'ساختمان مرکزی' },
      { id: 'hq-3', parentId: 'hq', kind: 'floor', name: 'طبقه سوم' },
      { id: 'depot', parentId: 'tehran-province', kind: 'building', name: 'انبار' },
    ];
    assert.deepEqual(findLocationProblems(locations), []);
  });

  it('given a city inside a floor, when checked, then the nesting is reported', () => {
    const locations: Location[] = [
      { id: 'floor', parentId: null, kind: 'floor', name: 'طبقه' },
      { id: 'city', parentId: 'floor', kind: 'city', name: 'شهر' },
    ];
    assert.deepEqual(findLocationProblems(locations), [
      { field: 'locations[1].parentId', messageKey: 'location.wrongNesting', params: { kind: 'city', parentKind: 'floor' } },
    ]);
  });
});
