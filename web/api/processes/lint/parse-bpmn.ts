import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';
import type { ModdleElement } from './moddle-element.js';

const require = createRequire(import.meta.url);

// The same packages Camunda Modeler reads a Camunda 8 model with: BPMN, Zeebe's extensions and the
// modeler's own attributes (execution platform and version).
const moddle = new BpmnModdle({
  zeebe: require('zeebe-bpmn-moddle/resources/zeebe.json') as Record<string, unknown>,
  modeler: require('modeler-moddle/resources/modeler.json') as Record<string, unknown>,
});

export interface ParsedBpmn {
  readonly definitions: ModdleElement;
  readonly elementsById: ReadonlyMap<string, ModdleElement>;
  /** What the parser could not understand (unknown elements, broken references). */
  readonly warnings: readonly string[];
}

/** Parses BPMN 2.0 XML; throws `BpmnParseError` when it is not BPMN at all. */
export async function parseBpmn(xml: string): Promise<ParsedBpmn> {
  try {
    const result = (await moddle.fromXML(xml)) as unknown as {
      rootElement: ModdleElement;
      elementsById: Record<string, ModdleElement>;
      warnings: Array<{ message: string }>;
    };
    if (result.rootElement?.$type !== 'bpmn:Definitions') throw new Error('the root element is not bpmn:definitions');
    return {
      definitions: result.rootElement,
      elementsById: new Map(Object.entries(result.elementsById ?? {})),
      warnings: result.warnings.map((warning) => warning.message.split('\n')[0] ?? warning.message),
    };
  } catch (error) {
    throw new BpmnParseError((error as Error).message.split('\n')[0] ?? 'unreadable');
  }
}

/** The text is not BPMN 2.0 XML. */
export class BpmnParseError extends Error {
  constructor(readonly reason: string) {
    super(`not a BPMN model: ${reason}`);
    this.name = 'BpmnParseError';
  }
}
