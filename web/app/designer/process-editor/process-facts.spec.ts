import { blankProcessXml } from '../blank-process';
import { processFacts } from './process-facts';

const definitions = (processes: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">${processes}</bpmn:definitions>`;

describe('processFacts', () => {
  it('given a collaboration with a non-executable process first, when read, then the executable one is named', () => {
    const xml = definitions('<bpmn:process id="other" name="Other" isExecutable="false" /><bpmn:process id="ticket-lifecycle" name=" Ticket lifecycle " isExecutable="true" />');
    expect(processFacts(xml)).toEqual({ bpmnProcessId: 'ticket-lifecycle', name: 'Ticket lifecycle' });
  });

  it('given a process without a name, or none at all, when read, then the name is null or there are no facts', () => {
    expect(processFacts(definitions('<bpmn:process id="p" name="  " />'))).toEqual({ bpmnProcessId: 'p', name: null });
    expect(processFacts(definitions(''))).toBeNull();
    expect(processFacts('not xml')).toBeNull();
  });

  it('given a new process named with markup characters, when its blank model is read back, then the name comes back as typed', () => {
    expect(processFacts(blankProcessXml('Process_abc1234', 'R&D <"fast">'))).toEqual({ bpmnProcessId: 'Process_abc1234', name: 'R&D <"fast">' });
  });
});
