import type { FieldProblem } from '../errors/validation-error.js';
import type { TreeNode } from './tree-node.js';

/** Duplicate ids, parents that do not exist, nodes that are their own ancestors. */
export function findTreeProblems(nodes: readonly TreeNode[], field: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const parents = new Map<string, string | null>();
  nodes.forEach((node, index) => {
    if (parents.has(node.id)) problems.push({ field: `${field}[${index}].id`, messageKey: 'tree.duplicateId', params: { id: node.id } });
    else parents.set(node.id, node.parentId);
  });
  nodes.forEach((node, index) => {
    if (node.parentId !== null && !parents.has(node.parentId)) {
      problems.push({ field: `${field}[${index}].parentId`, messageKey: 'tree.unknownParent', params: { parentId: node.parentId } });
      return;
    }
    const seen = new Set<string>([node.id]);
    for (let parentId = node.parentId; parentId !== null && parents.has(parentId); parentId = parents.get(parentId) ?? null) {
      if (seen.has(parentId)) {
        if (parentId === node.id) problems.push({ field: `${field}[${index}].parentId`, messageKey: 'tree.cycle', params: { id: node.id } });
        break;
      }
      seen.add(parentId);
    }
  });
  return problems;
}
