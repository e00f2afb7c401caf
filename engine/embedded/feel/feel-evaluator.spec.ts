import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate } from 'feelin';
import type { Expression } from '../model/expression.js';
import { FeelError, FeelEvaluator, type VariableContext } from './feel-evaluator.js';

const feel = (source: string) => ({ kind: 'feel', source }) as unknown as Expression;
const scope = (variables: Record<string, unknown>): VariableContext => ({ lookup: (name) => variables[name], visible: () => ({ ...variables }) });

/** What a fresh evaluator (a fresh parse, no cache involved) makes of it: its value or 'error'. */
function outcome(work: () => unknown): unknown {
  try {
    return work();
  } catch (error) {
    if (error instanceof FeelError) return 'error';
    throw error;
  }
}
function uncached(source: string, variables: Record<string, unknown>): unknown {
  return outcome(() => {
    try {
      return evaluate(source, variables).value ?? null;
    } catch (error) {
      throw new FeelError((error as Error).message);
    }
  });
}

describe('FEEL evaluation with parse trees kept across evaluations', () => {
  const evaluator = new FeelEvaluator(() => new Date('2026-01-01T00:00:00Z'));

  it('given the same text with contexts whose names differ, when evaluated in turn, then each is parsed for its own context', () => {
    // With a variable named "a+b" the text is that one name; without it, a sum.
    const cases: Array<Record<string, unknown>> = [{ 'a+b': 5, a: 1, b: 2 }, { a: 1, b: 2 }, { 'a+b': 5, a: 1, b: 2 }, { a: 1, b: 2 }];
    assert.deepEqual(cases.map((variables) => outcome(() => evaluator.evaluate(feel('a+b'), scope(variables)))), [5, 3, 5, 3]);
    assert.deepEqual(cases.map((variables) => uncached('a+b', variables)), [5, 3, 5, 3]);
    // The same one level down: the names inside a context count too.
    const nested: Array<Record<string, unknown>> = [{ x: { 'a+b': 5, a: 1 }, b: 2 }, { x: { a: 1 }, b: 2 }];
    assert.deepEqual(nested.map((variables) => outcome(() => evaluator.evaluate(feel('x.a+b'), scope(variables)))), [5, 3]);
  });

  it('given one expression evaluated again and again, when the variables change, then every result is that of its own variables', () => {
    for (let i = 0; i < 50; i++) {
      const variables = { amount: i, tags: i % 2 === 0 ? ['a'] : [], nested: { level: i % 3 } };
      assert.equal(evaluator.evaluate(feel('if amount > 25 and count(tags) > 0 then nested.level else -1'), scope(variables)), i > 25 && i % 2 === 0 ? i % 3 : -1);
    }
  });

  it('given an expression that cannot be parsed, when evaluated twice, then both fail the same way', () => {
    const first = (() => { try { evaluator.evaluate(feel('1 +'), scope({})); } catch (error) { return (error as Error).message; } return 'no error'; })();
    const second = (() => { try { evaluator.evaluate(feel('1 +'), scope({})); } catch (error) { return (error as Error).message; } return 'no error'; })();
    assert.match(first, /failed to evaluate expression '1 \+'/);
    assert.equal(second, first);
  });
});
