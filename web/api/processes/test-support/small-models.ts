/** Small hand-written Camunda 8 models for API tests, without diagrams (the linter only warns about that). */
const header = (id: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_${id}" targetNamespace="http://bpmn.io/schema/bpmn" modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.6.0">`;

/** A process that waits for a signal: valid for Camunda 8.6, refused by the embedded engine. */
export function signalModel(id = 'signal-wait'): string {
  return `${header(id)}
  <bpmn:signal id="Signal_go" name="go" />
  <bpmn:process id="${id}" name="Signal wait" isExecutable="true">
    <bpmn:startEvent id="Start" />
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Catch_signal" />
    <bpmn:intermediateCatchEvent id="Catch_signal" name="Go signal">
      <bpmn:signalEventDefinition id="SignalDefinition_1" signalRef="Signal_go" />
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Catch_signal" targetRef="End" />
    <bpmn:endEvent id="End" />
  </bpmn:process>
</bpmn:definitions>`;
}

/** A process whose gateway finds no flow to take: every instance stops there with an incident. */
export function stuckGatewayModel(id = 'stuck-gateway'): string {
  return `${header(id)}
  <bpmn:process id="${id}" name="Stuck gateway" isExecutable="true">
    <bpmn:startEvent id="Start" />
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Gateway" />
    <bpmn:exclusiveGateway id="Gateway" name="Never?" />
    <bpmn:sequenceFlow id="Flow_never" sourceRef="Gateway" targetRef="End">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">=false</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:endEvent id="End" />
  </bpmn:process>
</bpmn:definitions>`;
}
