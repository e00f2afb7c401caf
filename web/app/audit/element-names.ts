const BPMN = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

/** The names the designer gave to a model's elements, by id (elements without a name are left out). */
export function elementNames(xml: string, parser: DOMParser = new DOMParser()): ReadonlyMap<string, string> {
  const document = parser.parseFromString(xml, 'application/xml');
  const names = new Map<string, string>();
  for (const element of document.getElementsByTagNameNS(BPMN, '*')) {
    const id = element.getAttribute('id');
    const name = element.getAttribute('name')?.trim();
    if (id && name) names.set(id, name);
  }
  return names;
}
