// Packages of the modeler that ship no type declarations; only what the designer uses is declared.
declare module 'bpmn-js-properties-panel' {
  export const BpmnPropertiesPanelModule: unknown;
  export const BpmnPropertiesProviderModule: unknown;
  export const ZeebePropertiesProviderModule: unknown;
}

declare module 'camunda-bpmn-js-behaviors/lib/camunda-cloud' {
  const behaviors: unknown;
  export default behaviors;
}

declare module 'zeebe-bpmn-moddle/resources/zeebe.json' {
  const descriptor: Record<string, unknown>;
  export default descriptor;
}
