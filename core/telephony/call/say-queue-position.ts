import { sayNumber, sayOrdinal } from '../../speech/say-number.js';
import { QUEUE_PROMPTS } from '../telephony-prompts.js';

const MINUTE = 60_000;

/**
 * «شما نفر چهارم صف هستید. زمان تقریبی انتظار سه دقیقه است.» The wait is rounded up to whole
 * minutes; under a minute it is said so.
 */
export function sayQueuePosition(position: number, estimatedWaitMs: number): string[] {
  const minutes = Math.ceil(estimatedWaitMs / MINUTE);
  const wait = minutes <= 1 ? [QUEUE_PROMPTS.lessThanAMinute] : [...sayNumber(minutes), QUEUE_PROMPTS.minutes];
  return [QUEUE_PROMPTS.positionBefore, ...sayOrdinal(position), QUEUE_PROMPTS.positionAfter, QUEUE_PROMPTS.estimatedWait, ...wait];
}
