import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PROMPTS } from '../../speech/prompt-catalog.js';
import { TELEPHONY_PROMPTS } from '../telephony-prompts.js';
import { sayQueuePosition } from './say-queue-position.js';

const texts = new Map([...PROMPTS, ...TELEPHONY_PROMPTS].map((prompt) => [prompt.name, prompt.text]));
const heard = (names: string[]) => names.map((name) => texts.get(name) ?? `?${name}`).join(' ');

describe('sayQueuePosition', () => {
  it('given the fourth place and two and a half minutes, when spoken, then «شما نفر چهارم صف هستید» and three minutes', () => {
    assert.equal(heard(sayQueuePosition(4, 150_000)), 'شما نفر چهارم صف هستید. زمان تقریبی انتظار سه دقیقه است.');
  });

  it('given the twenty-third place and less than a minute, when spoken, then the ordinal and «کمتر از یک دقیقه»', () => {
    assert.equal(heard(sayQueuePosition(23, 40_000)), 'شما نفر بیست و سوم صف هستید. زمان تقریبی انتظار کمتر از یک دقیقه است.');
  });
});
