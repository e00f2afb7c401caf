import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dammCheckDigit, hasValidDammCheckDigit } from './damm-check-digit.js';

describe('Damm check digit', () => {
  it('given the published example 572, when checked, then the check digit is 4', () => {
    assert.equal(dammCheckDigit('572'), '4');
    assert.equal(hasValidDammCheckDigit('5724'), true);
    assert.equal(hasValidDammCheckDigit('5727'), false);
  });

  it('given every 4-digit body, when any single digit of the full code is changed, then the code is invalid', () => {
    for (let n = 0; n < 10_000; n += 1) {
      const body = String(n).padStart(4, '0');
      const code = body + dammCheckDigit(body);
      for (let position = 0; position < code.length; position += 1) {
        for (let digit = 0; digit <= 9; digit += 1) {
          if (String(digit) === code[position]) continue;
          const typo = code.slice(0, position) + digit + code.slice(position + 1);
          if (hasValidDammCheckDigit(typo)) assert.fail(`${typo} passes although it is a typo of ${code}`);
        }
      }
    }
  });

  it('given every 4-digit body, when two different adjacent digits of the full code are swapped, then the code is invalid', () => {
    for (let n = 0; n < 10_000; n += 1) {
      const body = String(n).padStart(4, '0');
      const code = body + dammCheckDigit(body);
      for (let position = 0; position < code.length - 1; position += 1) {
        if (code[position] === code[position + 1]) continue;
        const swapped = code.slice(0, position) + code[position + 1] + code[position] + code.slice(position + 2);
        if (hasValidDammCheckDigit(swapped)) assert.fail(`${swapped} passes although it is ${code} with two digits swapped`);
      }
    }
  });

  it('given something other than digits, when checked, then it is not valid', () => {
    assert.equal(hasValidDammCheckDigit(''), false);
    assert.equal(hasValidDammCheckDigit('57a4'), false);
    assert.throws(() => dammCheckDigit('5x'), RangeError);
  });
});
