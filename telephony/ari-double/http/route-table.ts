import type { DeclaredOperation } from './api-docs.js';

export type RouteMatch =
  | { readonly kind: 'operation'; readonly operation: DeclaredOperation; readonly pathParams: Readonly<Record<string, string>> }
  | { readonly kind: 'method-not-allowed' }
  | { readonly kind: 'not-found' };

/**
 * Matches a request path against the operations the api-docs declare, segment by segment with Asterisk's
 * rule that a literal segment beats a `{wildcard}` (so `/channels/create` is not a channel id).
 */
export class RouteTable {
  constructor(private readonly operations: readonly DeclaredOperation[]) {}

  match(method: string, segments: readonly string[]): RouteMatch {
    const candidates = this.operations
      .map((operation) => ({ operation, score: score(operation.segments, segments) }))
      .filter((c) => c.score >= 0);
    if (candidates.length === 0) return { kind: 'not-found' };
    const best = Math.max(...candidates.map((c) => c.score));
    const onPath = candidates.filter((c) => c.score === best);
    const found = onPath.find((c) => c.operation.method === method);
    if (found === undefined) return { kind: 'method-not-allowed' };
    const pathParams: Record<string, string> = {};
    found.operation.segments.forEach((template, index) => {
      const name = /^\{(.+)\}$/.exec(template)?.[1];
      if (name !== undefined) pathParams[name] = segments[index] ?? '';
    });
    return { kind: 'operation', operation: found.operation, pathParams };
  }
}

/** Number of literal segments matched (higher is more specific), or -1 when the path does not fit. */
function score(template: readonly string[], segments: readonly string[]): number {
  if (template.length !== segments.length) return -1;
  let literals = 0;
  for (const [index, part] of template.entries()) {
    if (part.startsWith('{')) continue;
    if (part !== segments[index]) return -1;
    literals += 1 << (template.length - index);
  }
  return literals;
}
