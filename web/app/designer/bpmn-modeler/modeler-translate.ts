/** bpmn-js's `translate` service: a template with `{name}` placeholders and their values. */
export type ModelerTranslate = (template: string, replacements?: Readonly<Record<string, string>>) => string;

/**
 * A `translate` for the modeler that writes the texts `labels` knows in its language and every
 * other one (the properties panel, messages) in English, as bpmn-js does by default.
 */
export function modelerTranslate(labels: Readonly<Record<string, string>>): ModelerTranslate {
  return (template, replacements = {}) =>
    (Object.hasOwn(labels, template) ? labels[template]! : template).replace(/{([^}]+)}/g, (placeholder, key: string) => (Object.hasOwn(replacements, key) ? replacements[key]! : placeholder));
}
