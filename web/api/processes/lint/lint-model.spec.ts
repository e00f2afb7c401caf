import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintModel } from './lint-model.js';

const model = (body: string, extra = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:modeler="http://camunda.org/schema/modeler/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="D" targetNamespace="http://bpmn.io/schema/bpmn" modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.6.0">${extra}
  <bpmn:process id="p" name="P" isExecutable="true">${body}</bpmn:process>
</bpmn:definitions>`;

const messages = async (xml: string, language: 'fa' | 'en' = 'fa') => (await lintModel(xml, language)).problems.filter((problem) => problem.severity === 'error').map((problem) => [problem.elementId, problem.message]);

describe('lintModel', () => {
  it('given a gateway with two unconditioned flows, when linted, then each flow needs a condition or must be the default', async () => {
    const xml = model(`
    <bpmn:startEvent id="Start" /><bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="G" />
    <bpmn:exclusiveGateway id="G"><bpmn:incoming>F0</bpmn:incoming><bpmn:outgoing>F1</bpmn:outgoing><bpmn:outgoing>F2</bpmn:outgoing></bpmn:exclusiveGateway>
    <bpmn:sequenceFlow id="F1" sourceRef="G" targetRef="End" /><bpmn:sequenceFlow id="F2" sourceRef="G" targetRef="End" />
    <bpmn:endEvent id="End" />`);
    assert.deepEqual(await messages(xml), [
      ['F1', 'جریان ترتیبی که از دروازه بیرون می‌آید باید «Condition expression» داشته باشد یا جریان پیش‌فرض دروازه باشد.'],
      ['F2', 'جریان ترتیبی که از دروازه بیرون می‌آید باید «Condition expression» داشته باشد یا جریان پیش‌فرض دروازه باشد.'],
    ]);
  });

  it('given a message catch event without a correlation key, when linted, then the subscription is asked for', async () => {
    const xml = model(
      `<bpmn:startEvent id="Start" /><bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Wait" />
    <bpmn:intermediateCatchEvent id="Wait" name="Answer"><bpmn:messageEventDefinition messageRef="M" /></bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="F1" sourceRef="Wait" targetRef="End" /><bpmn:endEvent id="End" />`,
      '<bpmn:message id="M" name="answer" />',
    );
    assert.deepEqual(await messages(xml, 'en'), [['Wait', 'A <Message Intermediate Catch Event> must have a defined <Subscription correlation key>.']]);
  });

  it('given a timer with a duration that is not ISO 8601, when linted, then the duration format is explained', async () => {
    const xml = model(`<bpmn:startEvent id="Start" /><bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="T" />
    <bpmn:intermediateCatchEvent id="T"><bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">15 minutes</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="F1" sourceRef="T" targetRef="End" /><bpmn:endEvent id="End" />`);
    assert.deepEqual(await messages(xml), [['T', 'مدت رویداد میانی دریافتی زمان‌سنج باید عبارت FEEL یا بازهٔ زمانی ISO 8601 (مانند PT15M) باشد.']]);
  });

  it('given two executable processes in one file, when linted, then one process per file is asked for', async () => {
    const xml = model('<bpmn:startEvent id="S1" />').replace('</bpmn:definitions>', '<bpmn:process id="q" isExecutable="true"><bpmn:startEvent id="S2" /></bpmn:process></bpmn:definitions>');
    const check = await lintModel(xml, 'en');
    assert.deepEqual(check.processIds, ['p', 'q']);
    assert.ok(check.problems.some((problem) => problem.rule === 'one-process-per-file' && problem.message === 'A file must hold exactly one executable process; this model has 2.'));
  });

  it('given the same model linted twice, when compared, then the reports are the same (rules keep no state between runs)', async () => {
    const xml = model('<bpmn:startEvent id="Start" /><bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="End" /><bpmn:endEvent id="End" />');
    assert.deepEqual(await lintModel(xml, 'fa'), await lintModel(xml, 'fa'));
  });
});
