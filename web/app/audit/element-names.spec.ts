import { elementNames } from './element-names';

describe('elementNames', () => {
  it('given a model, when read, then named elements and flows map by id and unnamed ones are left out', () => {
    const xml = `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" id="d">
      <bpmn:process id="p" name="Ticket lifecycle">
        <bpmn:startEvent id="Start" name=" Ticket registered " />
        <bpmn:sequenceFlow id="Flow_yes" name="yes" sourceRef="Start" targetRef="End" />
        <bpmn:endEvent id="End" />
      </bpmn:process>
      <bpmndi:BPMNDiagram id="Diagram" name="not a BPMN element" />
    </bpmn:definitions>`;
    expect([...elementNames(xml)]).toEqual([
      ['p', 'Ticket lifecycle'],
      ['Start', 'Ticket registered'],
      ['Flow_yes', 'yes'],
    ]);
  });
});
