/** What the linter and the message builder read of a parsed BPMN element (bpmn-moddle ships no types). */
export interface ModdleElement {
  readonly $type: string;
  readonly $parent?: ModdleElement;
  readonly id?: string;
  readonly name?: string;
  readonly eventDefinitions?: readonly ModdleElement[];
  readonly triggeredByEvent?: boolean;
  get(name: string): unknown;
}

/** Whether `element` is of `type` or inherits from it, as moddle knows the type hierarchy. */
export function isOfType(element: unknown, type: string): element is ModdleElement {
  const candidate = element as { $instanceOf?: (type: string) => boolean } | null | undefined;
  return typeof candidate?.$instanceOf === 'function' && candidate.$instanceOf(type);
}
