import type { LocalizedText, ReportOption } from '../../../contract/reports';

/** A node of a tree as a select lists it: depth-first, parents before children. */
export interface TreeOption {
  readonly id: number;
  readonly name: LocalizedText;
  readonly depth: number;
}

/** Flattens a parent-linked list into select options in tree order; orphans are listed as roots. */
export function treeOptions(nodes: readonly ReportOption[]): TreeOption[] {
  const ids = new Set(nodes.map((node) => node.id));
  const children = new Map<number | null, ReportOption[]>();
  for (const node of nodes) {
    const parent = node.parentId !== null && ids.has(node.parentId) ? node.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  const options: TreeOption[] = [];
  const visit = (parent: number | null, depth: number) => {
    for (const node of children.get(parent) ?? []) {
      if (options.some((option) => option.id === node.id)) continue;
      options.push({ id: node.id, name: node.name, depth });
      visit(node.id, depth + 1);
    }
  };
  visit(null, 0);
  return options;
}
