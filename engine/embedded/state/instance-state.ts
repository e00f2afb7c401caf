import type { ProcessModel } from '../model/process-model.js';
import type { ElementInstance, ProcessInstanceRow } from './rows.js';

/** One process instance loaded into memory for the duration of one command. */
export class InstanceState {
  readonly elements = new Map<number, ElementInstance>();
  /** Local variables per scope (element instance key; the instance key is the root scope). */
  readonly variables = new Map<number, Map<string, unknown>>();
  private readonly children = new Map<number, Set<number>>();

  constructor(
    readonly row: ProcessInstanceRow,
    readonly model: ProcessModel,
  ) {}

  get key(): number {
    return this.row.key;
  }

  addElement(element: ElementInstance): void {
    this.elements.set(element.key, element);
    if (element.flowScopeKey !== undefined) {
      let siblings = this.children.get(element.flowScopeKey);
      if (!siblings) this.children.set(element.flowScopeKey, (siblings = new Set()));
      siblings.add(element.key);
    }
  }

  removeElement(element: ElementInstance): void {
    this.elements.delete(element.key);
    this.variables.delete(element.key);
    if (element.flowScopeKey !== undefined) this.children.get(element.flowScopeKey)?.delete(element.key);
    this.children.delete(element.key);
  }

  childrenOf(scopeKey: number): ElementInstance[] {
    const keys = this.children.get(scopeKey);
    if (!keys) return [];
    return [...keys].map((key) => this.elements.get(key)!).filter(Boolean);
  }

  get root(): ElementInstance | undefined {
    return this.elements.get(this.row.key);
  }
}
