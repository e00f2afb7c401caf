import { randomUUID } from 'node:crypto';
import { FeelDuration, FeelFunction, dateAndTime, date, type FeelDate } from 'feelin';
import { toJsonValue } from './to-json-value.js';

/** Raised by `assert` (and surfaced as an incident), as in Camunda's FEEL. */
export class FeelAssertionError extends Error {}

const fn = (parameters: string[], implementation: (...args: never[]) => unknown) => new FeelFunction(implementation, parameters);

function isoDate(value: FeelDate): { year: number; month: number } {
  const [year, month] = String(value).split('-').map(Number);
  return { year: year ?? 0, month: month ?? 1 };
}

/**
 * The Camunda extensions of FEEL that feelin lacks, plus `now()` and `today()` bound to the engine's
 * clock so that tests with a fake clock see consistent times.
 */
export function camundaBuiltins(now: () => Date): Record<string, FeelFunction> {
  return {
    'now': fn([], () => dateAndTime(now().toISOString().replace(/\.\d{3}Z$/, 'Z'))),
    'today': fn([], () => date(now().toISOString().slice(0, 10))),
    'is defined': fn(['value'], (value: unknown) => value !== null && value !== undefined),
    'get or else': fn(['value', 'default'], (value: unknown, fallback: unknown) => (value === null || value === undefined ? fallback : value)),
    'assert': fn(['value', 'condition', 'cause'], (value: unknown, condition: unknown, cause: unknown) => {
      if (condition !== true) throw new FeelAssertionError(typeof cause === 'string' ? cause : 'The condition is not fulfilled');
      return value;
    }),
    'trim': fn(['string'], (value: unknown) => (typeof value === 'string' ? value.trim() : null)),
    'is blank': fn(['string'], (value: unknown) => (typeof value === 'string' ? value.trim() === '' : null)),
    'is empty': fn(['list'], (value: unknown) => (Array.isArray(value) ? value.length === 0 : null)),
    'uuid': fn([], () => randomUUID()),
    'extract': fn(['string', 'pattern'], (value: unknown, pattern: unknown) => {
      if (typeof value !== 'string' || typeof pattern !== 'string') return null;
      return [...value.matchAll(new RegExp(pattern, 'gu'))].map((match) => match[0]);
    }),
    'partition': fn(['list', 'size'], (list: unknown, size: unknown) => {
      if (!Array.isArray(list) || typeof size !== 'number' || size < 1) return null;
      const parts: unknown[][] = [];
      for (let index = 0; index < list.length; index += size) parts.push(list.slice(index, index + size));
      return parts;
    }),
    'duplicate values': fn(['list'], (list: unknown) => {
      if (!Array.isArray(list)) return null;
      const seen = new Set<string>();
      const duplicates = new Map<string, unknown>();
      for (const item of list) {
        const key = JSON.stringify(toJsonValue(item));
        if (seen.has(key)) duplicates.set(key, item);
        seen.add(key);
      }
      return [...duplicates.values()];
    }),
    'to json': fn(['value'], (value: unknown) => JSON.stringify(toJsonValue(value))),
    'from json': fn(['value'], (value: unknown) => {
      if (typeof value !== 'string') return null;
      try {
        return JSON.parse(value) as unknown;
      } catch {
        return null;
      }
    }),
    'last day of month': fn(['date'], (value: unknown) => {
      if (value === null || value === undefined) return null;
      const { year, month } = isoDate(value as FeelDate);
      const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
      return date(last);
    }),
    'random number': fn([], () => Math.random()),
    // Timer cycles as ISO 8601 repeating intervals: cycle(duration("PT1H")) is "R/PT1H", cycle(3, duration("PT1H")) is "R3/PT1H".
    'cycle': fn(['repetitions', 'interval'], (first: unknown, second: unknown) => {
      const [repetitions, interval] = second === undefined ? [null, first] : [first, second];
      if (!(interval instanceof FeelDuration)) return null;
      if (repetitions === null || repetitions === undefined) return `R/${String(interval)}`;
      const count = typeof repetitions === 'string' ? Number(repetitions) : repetitions;
      return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? `R${count}/${String(interval)}` : null;
    }),
  };
}
