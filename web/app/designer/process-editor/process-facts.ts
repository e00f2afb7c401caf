/** The process a model holds, as the editor's heading names it. */
export interface ProcessFacts {
  readonly bpmnProcessId: string;
  readonly name: string | null;
}

/** The first executable process of a BPMN document, read with the browser's XML parser. */
export function processFacts(xml: string, parser: DOMParser = new DOMParser()): ProcessFacts | null {
  const document = parser.parseFromString(xml, 'application/xml');
  const processes = [...document.getElementsByTagNameNS('http://www.omg.org/spec/BPMN/20100524/MODEL', 'process')];
  const process = processes.find((candidate) => candidate.getAttribute('isExecutable') === 'true') ?? processes[0];
  const id = process?.getAttribute('id');
  if (!process || !id) return null;
  const name = process.getAttribute('name')?.trim();
  return { bpmnProcessId: id, name: name ? name : null };
}
