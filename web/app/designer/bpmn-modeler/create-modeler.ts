import type { Language } from '../../core/i18n/language';
import type { BpmnDiagram } from '../../shared/process-diagram/bpmn-viewer-services';
import { modelerTranslate } from './modeler-translate';

/** What the modeler adds to a diagram: saving, selecting, and its change events. */
export interface ModelerInstance extends BpmnDiagram {
  saveXML(options: { format: boolean }): Promise<{ xml?: string }>;
  on(event: 'commandStack.changed', callback: (event: { readonly trigger?: string }) => void): void;
}

/**
 * bpmn-js's Modeler with the Zeebe properties panel and the Camunda 8 behaviors, as Camunda Modeler
 * sets it up for Camunda 8 models. Everything is imported here, on first use: this module is the
 * designer's large lazy chunk. The palette and the context pad speak the page's `language` (fire
 * `i18n.changed` on the event bus when it changes); the properties panel stays English, as
 * Camunda's documentation is.
 */
export async function createModeler(canvas: HTMLElement, propertiesPanel: HTMLElement, language: () => Language): Promise<ModelerInstance> {
  const [{ default: Modeler }, panel, { default: zeebeBehaviors }, { default: zeebeModdle }, { modelerLabelsFa }] = await Promise.all([
    import('bpmn-js/lib/Modeler'),
    import('bpmn-js-properties-panel'),
    import('camunda-bpmn-js-behaviors/lib/camunda-cloud'),
    import('zeebe-bpmn-moddle/resources/zeebe.json'),
    import('./modeler-labels.fa'),
  ]);
  const options = {
    container: canvas,
    propertiesPanel: { parent: propertiesPanel },
    additionalModules: [panel.BpmnPropertiesPanelModule, panel.BpmnPropertiesProviderModule, panel.ZeebePropertiesProviderModule, zeebeBehaviors, { translate: ['value', modelerTranslate(() => (language() === 'fa' ? modelerLabelsFa : {}))] }],
    moddleExtensions: { zeebe: zeebeModdle },
  };
  return new Modeler(options as ConstructorParameters<typeof Modeler>[0]) as unknown as ModelerInstance;
}
