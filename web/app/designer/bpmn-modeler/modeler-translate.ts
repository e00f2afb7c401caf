/** bpmn-js's `translate` service: a template with `{name}` placeholders and their values. */
export type ModelerTranslate = (template: string, replacements?: Readonly<Record<string, string>>) => string;

/**
 * A `translate` for the modeler that writes the texts the current `labels` know in their language
 * and every other one (the properties panel, messages) in English, as bpmn-js does by default.
 * `labels` is asked on every call, so that a language switch followed by diagram-js's
 * `i18n.changed` event redraws the palette in the new language.
 */
export function modelerTranslate(labels: () => Readonly<Record<string, string>>): ModelerTranslate {
  return (template, replacements = {}) => {
    const current = labels();
    return (Object.hasOwn(current, template) ? current[template]! : template).replace(/{([^}]+)}/g, (placeholder, key: string) => (Object.hasOwn(replacements, key) ? replacements[key]! : placeholder));
  };
}
