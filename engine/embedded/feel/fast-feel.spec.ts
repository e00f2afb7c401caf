import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { evaluate } from 'feelin';
import { compileFastFeel, UNDECIDED } from './fast-feel.js';
import { toJsonValue } from './to-json-value.js';

const processesDir = path.resolve(import.meta.dirname, '..', '..', '..', 'processes');

/** Every FEEL expression of the shipped models, as attributes (`="…"`) and as element bodies (`>=…<`). */
function shippedExpressions(): string[] {
  const found = new Set<string>();
  for (const file of fs.readdirSync(processesDir).filter((name) => name.endsWith('.bpmn'))) {
    const xml = fs.readFileSync(path.join(processesDir, file), 'utf8').replaceAll('&#34;', '"').replaceAll('&quot;', '"');
    for (const [, source] of xml.matchAll(/"=([^"]*)"/g)) found.add(source!.trim());
    for (const [, source] of xml.matchAll(/>=([^<]*)</g)) found.add(source!.trim().replaceAll('&#34;', '"').replaceAll('&quot;', '"'));
  }
  return [...found];
}

const synthetic = [
  'a', 'a.b', 'a.b.c', 'a = b', 'a != b', 'a = "x"', 'a != "x"', 'a = 1', 'a = 1.5', 'a = true', 'a != false', 'a = null', 'a != null', 'null = a',
  '"x" = "x"', '1 = 1.0', 'true', 'null', '"text"', '42', '[a]', '[a, b]', '[a, "x", 1]', '[]', '[[a]]', 'string(a)', 'string(a.b)', 'string(1)',
  'if a then b else "no"', 'if a = null then "9999-12-31T23:59:59Z" else a', 'if a = b then [a] else [b]', 'if a != null then string(a) else null',
  'a.b = b', 'if if a then b else a then 1 else 2',
  // Shapes left to feelin: they must not compile, or compile and stay exact.
  'a + 1', 'a = "x" or b', 'not(a)', 'a < 1', 'count(a)', 'a[1]', '"a\\"b"', 'a  =  "spaced"', 'now', 'today()', 'a.and', '-1', 'if a then b',
];

const pool: unknown[] = [undefined, null, 'x', '', 'resolved', '2026-01-01T00:00:00Z', 0, 1, 1.5, 2 ** 60, true, false, [1], ['g'], { b: 1 }, { b: { c: 'deep' } }, {}];

describe('FEEL compiled once for the shapes process models repeat', () => {
  it('given each shipped and each synthetic expression over variables of every kind (missing, null, text, numbers, booleans, lists, contexts), when the compiled form decides, then it answers exactly what feelin answers, without a warning', () => {
    let decided = 0;
    for (const source of [...shippedExpressions(), ...synthetic]) {
      const fast = compileFastFeel(source);
      if (!fast) continue;
      const names = [...new Set(source.match(/\b[A-Za-z_][A-Za-z0-9_]*\b/g) ?? [])].filter((name) => !['if', 'then', 'else', 'null', 'true', 'false', 'string'].includes(name));
      const [first, second] = names;
      for (const one of pool) {
        for (const two of second === undefined ? [undefined] : pool) {
          const variables: Record<string, unknown> = {};
          if (first !== undefined && one !== undefined) variables[first] = one;
          if (second !== undefined && two !== undefined) variables[second] = two;
          const mine = fast((name) => variables[name]);
          if (mine === UNDECIDED) continue;
          decided += 1;
          const theirs = evaluate(source, { ...variables });
          const context = `${source} with ${JSON.stringify(variables)}`;
          assert.deepEqual(theirs.warnings, [], `feelin warns for ${context}, so the compiled form must not decide`);
          assert.deepEqual(mine, toJsonValue(theirs.value), context);
        }
      }
    }
    assert.ok(decided > 2000, `the compiled form decided ${decided} evaluations`);
  });

  it('given the shipped models, when compiled, then every expression beyond a plain variable has a compiled form that decides for the variables a running ticket carries', () => {
    const shipped = shippedExpressions().filter((source) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(source) && !source.startsWith('duration('));
    assert.ok(shipped.length >= 10, `${shipped.length} expressions found in processes/`);
    const ticket: Record<string, unknown> = {
      ticketId: 1042, resolvedOnRegistration: false, handlingOutcome: 'referred', feedbackSurvey: 'phone', feedbackConclusion: 'rework',
      escalated: true, escalationDueAt: null, partGroup: 'position-7', postponedUntil: '2026-12-01T08:00:00Z',
    };
    for (const source of shipped) {
      const fast = compileFastFeel(source);
      assert.ok(fast, `${source} compiles`);
      assert.notEqual(fast((name) => ticket[name]), UNDECIDED, `${source} decides`);
    }
    assert.equal(compileFastFeel('if escalationDueAt = null then "9999-12-31T23:59:59Z" else escalationDueAt')!((name) => ticket[name]), '9999-12-31T23:59:59Z');
    assert.equal(compileFastFeel('handlingOutcome = "resolved"')!((name) => ticket[name]), false);
    assert.equal(compileFastFeel('string(ticketId)')!((name) => ticket[name]), '1042');
  });

  it('given shapes outside the compiled subset, when compiled, then they are left to feelin', () => {
    for (const source of ['a + 1', 'a = "x" or b', 'not(a)', 'a < 1', 'count(a)', '"a\\"b"', 'now', 'if a then b', 'a = b = c', 'a.and', 'duration(a)']) {
      assert.equal(compileFastFeel(source), undefined, source);
    }
  });
});
