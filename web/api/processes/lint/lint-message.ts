import type { Language } from '../../../../core/i18n/language.js';
import type { LintReport } from './camunda-linter.js';
import { elementTypeLabel } from './element-type-label.js';
import { lintText, type LintMessageKey } from './lint-message-templates.js';
import { isOfType, type ModdleElement } from './moddle-element.js';
import { extensionLabel, propertyLabel } from './property-label.js';

/** The error types of bpmnlint-plugin-camunda-compat (rules/utils/error-types.js) this builder words itself. */
const T = {
  childNotAllowed: 'camunda.childElementTypeNotAllowed',
  collapsed: 'camunda.elementCollapsedNotAllowed',
  elementNotAllowed: 'camunda.elementTypeNotAllowed',
  elementValueDuplicated: 'camunda.elementPropertyValueDuplicated',
  eventGatewayTarget: 'camunda.eventBasedGatewayTargetNotAllowed',
  expressionNotAllowed: 'camunda.expressionNotAllowed',
  expressionRequired: 'camunda.expressionRequired',
  expressionValueNotAllowed: 'camunda.expressionValueNotAllowed',
  extensionNotAllowed: 'camunda.extensionElementNotAllowed',
  extensionRequired: 'camunda.extensionElementRequired',
  feelInvalid: 'camunda.feelExpressionInvalid',
  feelFunction: 'camunda.feelExpressionUnsupportedFunction',
  loop: 'camunda.loopNotAllowed',
  attachedTo: 'camunda.attachedToRefElementTypeNotAllowed',
  dependentRequired: 'camunda.propertyDependentRequired',
  propertyNotAllowed: 'camunda.propertyNotAllowed',
  propertyRequired: 'camunda.propertyRequired',
  valueDuplicated: 'camunda.propertyValueDuplicated',
  valueNotAllowed: 'camunda.propertyValueNotAllowed',
  valueRequired: 'camunda.propertyValueRequired',
} as const;

/** bpmnlint's own rules (no `data`), by rule name. */
const RULE_MESSAGES: Readonly<Record<string, LintMessageKey>> = {
  'start-event-required': 'startEventRequired',
  'bpmnlint/start-event-required': 'startEventRequired',
  'single-blank-start-event': 'singleBlankStart',
  'sub-process-blank-start-event': 'subProcessBlankStart',
  'event-sub-process-typed-start-event': 'eventSubProcessStart',
  'no-duplicate-sequence-flows': 'duplicateFlows',
  'bpmnlint/no-bpmndi': 'notInDiagram',
  'link-event': 'linkEvent',
};

const VARIABLE_NAME_PROPERTIES = new Set(['target', 'resultVariable', 'inputElement', 'outputCollection']);

export interface LintMessageContext {
  readonly language: Language;
  /** The Camunda version checked against, e.g. `8.6`. */
  readonly version: string;
  /** The element the report is about, when the model has it. */
  readonly element: ModdleElement | undefined;
}

function asElement(value: unknown): ModdleElement | undefined {
  return typeof value === 'object' && value !== null && '$type' in value ? (value as ModdleElement) : undefined;
}

/** A report of the Camunda rules as a sentence in `language`, naming the element kind and the panel field. */
export function lintMessage(report: LintReport & { readonly rule: string }, context: LintMessageContext): string {
  const { language, version } = context;
  const data = report.data ?? {};
  const node = asElement(data.node);
  const parent = asElement(data.parentNode);
  const subject = parent ?? node ?? context.element;
  const type = subject === undefined ? (language === 'fa' ? 'عنصر' : 'element') : elementTypeLabel(subject, language);
  const text = (key: LintMessageKey, params: Record<string, string | number> = {}) => lintText(language, key, { type, version, ...params });
  const unsupported = (what?: string) => {
    const feature = what === undefined ? (language === 'fa' ? type : `A <${type}>`) : text('featureWith', { what });
    const allowed = typeof data.allowedVersion === 'string' ? data.allowedVersion : undefined;
    return allowed === undefined ? text('notSupported', { feature }) : text('supportedFrom', { feature, allowed });
  };
  const property = data.property ?? data.requiredProperty;
  const what = () => propertyLabel(node?.$type, property);

  switch (data.type) {
    case T.propertyRequired:
    case T.expressionRequired:
      if (isOfType(node, 'bpmn:SequenceFlow') && property === 'conditionExpression') return text('conditionRequired');
      return text('required', { what: what() });
    case T.extensionRequired:
      if (data.requiredExtensionElement === 'zeebe:FormDefinition') return text('recommended', { what: extensionLabel(data.requiredExtensionElement) });
      return text('required', { what: extensionLabel(data.requiredExtensionElement) });
    case T.dependentRequired:
      return text('required', { what: propertyLabel(node?.$type, data.dependentRequiredProperty) });
    case T.valueRequired:
      if (isOfType(node, 'bpmn:Process') && property === 'isExecutable') return text('executable');
      return text('required', { what: what() });
    case T.childNotAllowed:
    case T.elementNotAllowed:
      return unsupported();
    case T.collapsed:
      return text('collapsed');
    case T.extensionNotAllowed:
      return unsupported(extensionLabel(data.extensionElement));
    case T.propertyNotAllowed:
      if (isOfType(node, 'bpmn:SequenceFlow') && property === 'conditionExpression') return text('conditionNotAllowed');
      if (isOfType(node, 'bpmn:InclusiveGateway') && property === 'incoming') return text('inclusiveJoin');
      return unsupported(what());
    case T.valueNotAllowed:
      if (typeof property === 'string' && VARIABLE_NAME_PROPERTIES.has(property) && data.allowedVersion === undefined) return text('variableName', { what: what() });
      return data.allowedVersion === undefined ? text('invalidValue', { what: what() }) : unsupported(what());
    case T.expressionValueNotAllowed:
      if (property === 'timeCycle') return text('invalidTimeCycle');
      if (property === 'timeDate') return text('invalidTimeDate');
      if (property === 'timeDuration') return text('invalidTimeDuration');
      return text('invalidValue', { what: what() });
    case T.feelInvalid:
      return text('feelInvalid', { what: what() });
    case T.feelFunction:
      return text('feelFunction', { what: what() });
    case T.valueDuplicated:
      return text('duplicated', { what: what(), value: String(data.duplicatedPropertyValue ?? '') });
    case T.elementValueDuplicated:
      return text('uniqueName');
    case T.loop:
      return text('loop', { elements: Array.isArray(data.elements) ? data.elements.join(language === 'fa' ? '، ' : ', ') : '' });
    case T.eventGatewayTarget:
      return text('eventGatewayTarget');
    case T.expressionNotAllowed:
      return text('staticCode', { what: what() });
    case T.attachedTo: {
      const target = asElement(data.attachedToRef);
      return text('attachedTo', { target: target === undefined ? '' : elementTypeLabel(target, language) });
    }
    default: {
      const key = RULE_MESSAGES[report.rule];
      return key === undefined ? text('otherRule', { detail: report.message }) : text(key);
    }
  }
}
