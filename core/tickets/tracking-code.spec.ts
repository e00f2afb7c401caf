import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ValidationError } from '../errors/validation-error.js';
import type { RandomSource } from '../random/random-source.js';
import { generateTrackingCode, isValidTrackingCode, parseTrackingCode } from './tracking-code.js';

function sequence(...values: number[]): RandomSource {
  let index = 0;
  return { nextInt: () => values[index++ % values.length] ?? 0 };
}

function seeded(seed: number): RandomSource {
  let state = seed;
  return { nextInt: (max) => (state = (state * 48271) % 2147483647) % max };
}

function problemOf(input: string, length?: number): string | undefined {
  try {
    parseTrackingCode(input, length);
    return undefined;
  } catch (error) {
    assert.ok(error instanceof ValidationError);
    assert.equal(error.problems[0]?.field, 'trackingCode');
    return error.problems[0]?.messageKey;
  }
}

describe('tracking codes', () => {
  it('given a random source, when a code is generated, then it has 8 digits, the first from 1 to 9, and a valid check digit', () => {
    // The first draw is from 0–8 and shifted to 1–9.
    const code = generateTrackingCode(sequence(0, 2, 3, 4, 5, 6, 7));
    assert.equal(code, '1234567' + code.at(-1));
    assert.equal(code.length, 8);
    assert.equal(isValidTrackingCode(code), true);
  });

  it('given the largest first draw, when a code is generated, then it starts with 9', () => {
    assert.equal(generateTrackingCode(sequence(8, 0))[0], '9');
  });

  it('given many generated codes, when checked, then none starts with 0 and all are valid', () => {
    const random = seeded(42);
    for (let i = 0; i < 2000; i += 1) {
      const code = generateTrackingCode(random);
      assert.ok(isValidTrackingCode(code), code);
    }
  });

  it('given a configured length, when generated, then the code has that length; lengths outside 4–18 are refused', () => {
    assert.equal(generateTrackingCode(seeded(1), 10).length, 10);
    assert.equal(generateTrackingCode(seeded(1), 4).length, 4);
    assert.throws(() => generateTrackingCode(seeded(1), 3), RangeError);
    assert.throws(() => generateTrackingCode(seeded(1), 19), RangeError);
  });

  it('given a random source that misbehaves, when used, then generation fails loudly', () => {
    assert.throws(() => generateTrackingCode({ nextInt: () => 10 }), RangeError);
  });

  it('given a code typed with Persian or Arabic-Indic digits, spaces and dashes, when parsed, then the canonical code comes back', () => {
    const code = generateTrackingCode(seeded(7));
    const persian = code.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
    const arabic = code.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    assert.equal(parseTrackingCode(code), code);
    assert.equal(parseTrackingCode(`${persian.slice(0, 4)}-${persian.slice(4)}`), code);
    assert.equal(parseTrackingCode(` ${arabic.slice(0, 4)} ${arabic.slice(4)} `), code);
    assert.equal(parseTrackingCode(`${code.slice(0, 4)}\u2013${code.slice(4)}`, 8), code);
  });

  it('given a mistyped code, when parsed, then it is refused as mistyped rather than not found', () => {
    const code = generateTrackingCode(seeded(9));
    const typo = code.slice(0, 3) + ((Number(code[3]) + 1) % 10) + code.slice(4);
    assert.equal(problemOf(typo), 'trackingCode.mistyped');
    assert.equal(isValidTrackingCode(typo), false);
  });

  it('given input that cannot be a code, when parsed, then the problem says why', () => {
    assert.equal(problemOf('   '), 'trackingCode.required');
    assert.equal(problemOf('1234a567'), 'trackingCode.notDigits');
    assert.equal(problemOf('123'), 'trackingCode.wrongLength');
    assert.equal(problemOf('12345674', 10), 'trackingCode.wrongLength');
    assert.equal(problemOf('0' + '1234567'), 'trackingCode.mistyped');
  });

  it('given a code with a leading zero that happens to check, when validated, then it is still not a code', () => {
    // 0572 + Damm digit 4 checks, but codes never start with 0.
    assert.equal(isValidTrackingCode('05724'), false);
  });
});
