import { ValidationError } from '../../../core/errors/validation-error.js';

/**
 * `rootId` and the ids below it in a parent-linked tree; undefined without a root. An id that names
 * nothing is refused, naming the field.
 */
export function subtreeIds(nodes: ReadonlyMap<number, { readonly parentId: number | null }>, rootId: number | undefined, field: string): number[] | undefined {
  if (rootId === undefined) return undefined;
  if (!nodes.has(rootId)) throw new ValidationError([{ field, messageKey: 'input.notFound', params: { id: rootId } }]);
  const children = new Map<number, number[]>();
  for (const [id, node] of nodes) if (node.parentId !== null) children.set(node.parentId, [...(children.get(node.parentId) ?? []), id]);
  const found: number[] = [];
  const queue = [rootId];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (found.includes(id)) continue;
    found.push(id);
    queue.push(...(children.get(id) ?? []));
  }
  return found;
}
