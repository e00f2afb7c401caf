import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ValidationError } from '../errors/validation-error.js';
import type { Position } from '../org/position.js';
import { indexTree } from '../tree/tree-node.js';
import { decideFeedback, type FeedbackInput } from './decide-feedback.js';
import { DEFAULT_FEEDBACK_POLICY, validateFeedbackPolicy } from './feedback-policy.js';

const positions = indexTree<Position>([
  { id: 'it-manager', parentId: null, title: 'مدیر فناوری اطلاعات', unitId: 'it' },
  { id: 'network-lead', parentId: 'it-manager', title: 'سرپرست شبکه', unitId: 'it' },
  { id: 'network-expert', parentId: 'network-lead', title: 'کارشناس شبکه', unitId: 'it' },
]);
const base: Omit<FeedbackInput, 'response'> = { policy: DEFAULT_FEEDBACK_POLICY, attempt: 1, resolverPositionId: 'network-expert', positions };
const answered = (score: number) => ({ kind: 'answered', score, comment: null }) as const;

describe('decideFeedback', () => {
  it('given a score above the threshold, when decided, then the ticket closes as satisfied', () => {
    assert.deepEqual(decideFeedback({ ...base, response: answered(3) }), { kind: 'close', reason: 'satisfied' });
    assert.deepEqual(decideFeedback({ ...base, response: answered(5) }), { kind: 'close', reason: 'satisfied' });
  });

  it('given a score at or below the threshold, when decided, then the resolver’s senior reworks it', () => {
    assert.deepEqual(decideFeedback({ ...base, response: answered(2) }), { kind: 'rework', positionId: 'network-lead' });
    assert.deepEqual(decideFeedback({ ...base, response: answered(1) }), { kind: 'rework', positionId: 'network-lead' });
  });

  it('given a configurable threshold, when it is raised to 3, then 3 is unsatisfied', () => {
    const policy = { ...DEFAULT_FEEDBACK_POLICY, unsatisfiedAtOrBelow: 3 };
    assert.equal(decideFeedback({ ...base, policy, response: answered(3) }).kind, 'rework');
  });

  it('given a threshold of 0, when the worst score arrives, then it still closes', () => {
    const policy = { ...DEFAULT_FEEDBACK_POLICY, unsatisfiedAtOrBelow: 0 };
    assert.deepEqual(decideFeedback({ ...base, policy, response: answered(1) }), { kind: 'close', reason: 'satisfied' });
  });

  it('given a resolver at the top of the chart, when unsatisfied, then the work goes back to that position', () => {
    assert.deepEqual(decideFeedback({ ...base, resolverPositionId: 'it-manager', response: answered(1) }), { kind: 'rework', positionId: 'it-manager' });
  });

  it('given no answer, when attempts remain, then ask again, and after the last attempt close as no feedback', () => {
    assert.deepEqual(decideFeedback({ ...base, attempt: 1, response: { kind: 'noAnswer' } }), { kind: 'askAgain', nextAttempt: 2 });
    assert.deepEqual(decideFeedback({ ...base, attempt: 2, response: { kind: 'noAnswer' } }), { kind: 'askAgain', nextAttempt: 3 });
    assert.deepEqual(decideFeedback({ ...base, attempt: 3, response: { kind: 'noAnswer' } }), { kind: 'close', reason: 'noFeedback' });
  });

  it('given an answer on the last attempt, when decided, then the answer counts', () => {
    assert.deepEqual(decideFeedback({ ...base, attempt: 3, response: answered(4) }), { kind: 'close', reason: 'satisfied' });
  });

  it('given a score outside 1–5 or not whole, when decided, then a ValidationError names the score', () => {
    for (const score of [0, 6, 2.5, Number.NaN]) {
      assert.throws(
        () => decideFeedback({ ...base, response: answered(score) }),
        (error: unknown) => error instanceof ValidationError && error.problems[0]?.field === 'score',
      );
    }
  });

  it('given attempt 0, when decided, then it is refused', () => {
    assert.throws(() => decideFeedback({ ...base, attempt: 0, response: { kind: 'noAnswer' } }), RangeError);
  });
});

describe('validateFeedbackPolicy', () => {
  it('given the default policy, when validated, then it is fine', () => {
    assert.deepEqual(validateFeedbackPolicy(DEFAULT_FEEDBACK_POLICY), []);
  });

  it('given a threshold of 5 and no attempts, when validated, then both are reported', () => {
    assert.deepEqual(
      validateFeedbackPolicy({ unsatisfiedAtOrBelow: 5, maxAttempts: 0 }).map((problem) => problem.field),
      ['unsatisfiedAtOrBelow', 'maxAttempts'],
    );
  });
});
