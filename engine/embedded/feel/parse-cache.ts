import type { Tree } from '@lezer/common';
import { parser } from 'lezer-feel';

/**
 * Parse trees of FEEL expressions, kept across evaluations. feelin parses every expression again on
 * each evaluation, through lezer-feel's parser; this wraps that parser's `configure` so that, while
 * `withParseCache` runs, a parse with the same inputs returns the tree made before (lezer trees are
 * immutable). lezer-feel's parse depends on the context as well as on the text: the names it
 * holds, at every depth, decide how words are tokenized (names with spaces, known variables). So
 * the key holds the context's structure: every key at every depth, values being opaque otherwise.
 * Outside `withParseCache` (or for a context whose structure cannot be keyed) nothing changes.
 */
const MAX_TREES = 10_000;
/** A larger context structure is not cached: its key would cost more than the parse saves. */
const MAX_SIGNATURE = 4_096;

const trees = new Map<string, Tree>();
let activeSignature: string | undefined;

type ParserConfig = Parameters<typeof parser.configure>[0];
const originalConfigure = parser.configure.bind(parser);

parser.configure = ((config: ParserConfig) => {
  const signature = activeSignature;
  if (signature === undefined) return originalConfigure(config);
  return {
    parse(input: string) {
      const key = `${config.top ?? ''}\u0000${config.dialect ?? ''}\u0000${signature}\u0000${input}`;
      const cached = trees.get(key);
      if (cached !== undefined) {
        // Least recently used first: a hit moves to the end.
        trees.delete(key);
        trees.set(key, cached);
        return cached;
      }
      const tree = originalConfigure(config).parse(input);
      if (trees.size >= MAX_TREES) trees.delete(trees.keys().next().value!);
      trees.set(key, tree);
      return tree;
    },
  };
}) as unknown as typeof parser.configure;

/** Runs `work` (a feelin evaluation) with parses cached under the given context signature. */
export function withParseCache<T>(signature: string | undefined, work: () => T): T {
  const previous = activeSignature;
  activeSignature = signature;
  try {
    return work();
  } finally {
    activeSignature = previous;
  }
}

class TooLarge extends Error {}

function structure(value: unknown, parts: string[], budget: { left: number }, plainOnly: boolean): void {
  if (value === null || typeof value !== 'object') return;
  // feelin treats only arrays and plain objects as lists and contexts; anything else it converts.
  if (plainOnly && !Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) throw new TooLarge();
  parts.push('{');
  for (const key of Object.keys(value)) {
    budget.left -= key.length + 4;
    if (budget.left < 0) throw new TooLarge();
    parts.push(String(key.length), ':', key);
    structure((value as Record<string, unknown>)[key], parts, budget, plainOnly);
  }
  parts.push('}');
}

/** The structure of constant entries (the built-in functions), any objects allowed. */
export function constantSignature(entries: Readonly<Record<string, unknown>>): string {
  const parts: string[] = [];
  structure(entries, parts, { left: Number.POSITIVE_INFINITY }, false);
  return parts.join('');
}

/**
 * The key of a context's structure: its keys at every depth. Entries identical to the constant
 * ones count as those (their structure is in `constants`). Undefined when it cannot be keyed.
 */
export function contextSignature(context: Readonly<Record<string, unknown>>, constantEntries: Readonly<Record<string, unknown>>, constants: string): string | undefined {
  const parts: string[] = [constants, '|'];
  const budget = { left: MAX_SIGNATURE };
  try {
    for (const key of Object.keys(context)) {
      const value = context[key];
      budget.left -= key.length + 4;
      if (budget.left < 0) return undefined;
      parts.push(String(key.length), ':', key);
      if (constantEntries[key] === value && value !== undefined) parts.push('=');
      else structure(value, parts, budget, true);
    }
  } catch (error) {
    if (error instanceof TooLarge) return undefined;
    throw error;
  }
  return parts.join('');
}
