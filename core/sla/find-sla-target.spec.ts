import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findSlaTarget } from './find-sla-target.js';
import type { SlaTargetRule } from './sla-target.js';
import { validateSlaTargets } from './validate-sla-targets.js';

const rule = (categoryId: string | null, priority: SlaTargetRule['priority'], responseMinutes: number, resolutionMinutes: number): SlaTargetRule => ({
  categoryId,
  priority,
  responseMinutes,
  resolutionMinutes,
});
const rules = [
  rule(null, null, 240, 2400),
  rule(null, 'critical', 15, 240),
  rule('it', null, 60, 960),
  rule('network', 'high', 30, 480),
  rule('vpn', null, 45, 600),
];
const found = (path: string[], priority: SlaTargetRule['priority'] & string) => {
  const target = findSlaTarget(rules, path, priority);
  return [target.categoryId, target.priority];
};

describe('findSlaTarget', () => {
  it('given the deepest category has a rule for any priority, when looked up, then it wins over a shallower exact priority', () => {
    assert.deepEqual(found(['it', 'network', 'vpn'], 'high'), ['vpn', null]);
  });

  it('given a level with rules for the priority and for any, when looked up, then the priority rule wins', () => {
    assert.deepEqual(found(['it', 'network'], 'high'), ['network', 'high']);
  });

  it('given no rule at the ticket’s level, when looked up, then the nearest ancestor with one answers', () => {
    assert.deepEqual(found(['it', 'network'], 'low'), ['it', null]);
  });

  it('given no category rule at all, when looked up, then the default for the priority and then the catch-all answer', () => {
    assert.deepEqual(found(['facilities', 'printers'], 'critical'), [null, 'critical']);
    assert.deepEqual(found([], 'medium'), [null, null]);
  });

  it('given a table without a default, when looked up where nothing matches, then it fails loudly', () => {
    assert.throws(() => findSlaTarget([rule('it', null, 1, 2)], ['hr'], 'low'), /no SLA target/);
  });
});

describe('validateSlaTargets', () => {
  it('given the sample table, when validated, then it is fine', () => {
    assert.deepEqual(validateSlaTargets(rules), []);
  });

  it('given defaults for some priorities only, when validated, then each missing priority is reported', () => {
    const problems = validateSlaTargets([rule(null, 'critical', 15, 240), rule(null, 'high', 30, 480)]);
    assert.deepEqual(
      problems.map((problem) => problem.params?.priority),
      ['medium', 'low'],
    );
  });

  it('given priorities the admin defined, when validated, then a default is required for each of them', () => {
    const problems = validateSlaTargets([rule(null, 'urgent', 15, 240)], ['urgent', 'routine']);
    assert.deepEqual(
      problems.map((problem) => problem.params?.priority),
      ['routine'],
    );
  });

  it('given broken minutes and a duplicate, when validated, then each is reported on its field', () => {
    const problems = validateSlaTargets([rule(null, null, 0, 60), rule(null, null, 90, 60), rule('it', null, 1.5, 60)]);
    assert.deepEqual(
      problems.map((problem) => `${problem.field} ${problem.messageKey}`),
      [
        'targets[0].responseMinutes sla.target.minutesNotPositive',
        'targets[1].responseMinutes sla.target.responseAfterResolution',
        'targets[1] sla.target.duplicate',
        'targets[2].responseMinutes sla.target.minutesNotPositive',
      ],
    );
  });
});
