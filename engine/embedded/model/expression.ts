import { compileFastFeel, type FastFeel } from '../feel/fast-feel.js';

/** A model attribute that is either a static value or a FEEL expression (written with a leading `=`). */
export type Expression =
  | { readonly kind: 'static'; readonly text: string }
  | { readonly kind: 'feel'; readonly source: string; readonly path: readonly string[] | undefined; readonly fast?: FastFeel };

const reserved = new Set(['null', 'true', 'false', 'and', 'or', 'not', 'if', 'then', 'else', 'for', 'in', 'return', 'some', 'every', 'satisfies', 'between', 'instance', 'of', 'function']);
const pathPattern = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/**
 * Reads an attribute the way Zeebe does: `=…` is FEEL, anything else a static string. Expressions
 * that only name a variable or a nested property are marked, so they can be resolved without FEEL;
 * the common shapes beyond that are compiled once (feel/fast-feel.ts).
 */
export function parseExpression(text: string): Expression {
  const trimmed = text.trim();
  if (!trimmed.startsWith('=')) return { kind: 'static', text };
  const source = trimmed.slice(1).trim();
  const segments = pathPattern.test(source) ? source.split('.') : undefined;
  const path = segments && !segments.some((segment) => reserved.has(segment)) ? segments : undefined;
  return { kind: 'feel', source, path, fast: path ? undefined : compileFastFeel(source) };
}

/** A FEEL expression even without the leading `=` (sequence flow conditions, completion conditions). */
export function parseFeel(text: string): Expression {
  const trimmed = text.trim();
  return parseExpression(trimmed.startsWith('=') ? trimmed : `=${trimmed}`);
}
