import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { BpmnModdle } from 'bpmn-moddle';
import zeebe from 'zeebe-bpmn-moddle/resources/zeebe.json' with { type: 'json' };
import { CALL_PURPOSES, ERROR_CODES, MESSAGES, PROCESS_IDS, SMS_EVENTS, TASK_HEADERS, TASK_TYPES, USER_TASKS, VARIABLE_NAMES } from './contract.js';

const moddle = new BpmnModdle({ zeebe });
const models = fs.readdirSync(import.meta.dirname).filter((file) => file.endsWith('.bpmn'));

interface Element {
  readonly $type: string;
  readonly [key: string]: unknown;
}

function* walk(value: unknown, seen = new Set<unknown>()): Generator<Element> {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) yield* walk(item, seen);
    return;
  }
  const element = value as Element;
  if (typeof element.$type === 'string') yield element;
  for (const [key, child] of Object.entries(element)) {
    // References point elsewhere in the tree; the owner walks them.
    if (key === '$parent' || key === 'sourceRef' || key === 'targetRef' || key === 'attachedToRef' || key === 'messageRef' || key === 'errorRef' || key === 'default' || key === 'incoming' || key === 'outgoing') continue;
    yield* walk(child, seen);
  }
}

const FEEL_WORDS = new Set(['if', 'then', 'else', 'null', 'true', 'false', 'and', 'or', 'not', 'string', 'number', 'date', 'time', 'duration', 'now', 'today', 'count', 'list', 'contains', 'in', 'some', 'every', 'satisfies', 'for', 'return', 'instance', 'of', 'between']);

/** The variable names a FEEL expression reads: identifiers outside string literals, minus FEEL's own words. */
function feelVariables(expression: string): string[] {
  const code = expression.replace(/^=/, '').replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return [...code.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)].map((match) => match[0]).filter((word) => !FEEL_WORDS.has(word));
}

interface Names {
  processIds: string[];
  taskTypes: string[];
  headers: Array<[string, string]>;
  messages: string[];
  errorCodes: string[];
  variables: string[];
  userTasks: string[];
}

async function namesOf(file: string): Promise<Names> {
  const { rootElement, warnings } = await moddle.fromXML(fs.readFileSync(path.join(import.meta.dirname, file), 'utf8'));
  assert.deepEqual(warnings.map((warning) => warning.message), [], `${file} parses without warnings`);
  const names: Names = { processIds: [], taskTypes: [], headers: [], messages: [], errorCodes: [], variables: [], userTasks: [] };
  const expression = (text: unknown) => {
    if (typeof text === 'string' && text.startsWith('=')) names.variables.push(...feelVariables(text));
  };
  for (const element of walk(rootElement)) {
    switch (element.$type) {
      case 'bpmn:Process':
        names.processIds.push(String(element.id));
        break;
      case 'bpmn:UserTask':
        names.userTasks.push(String(element.id));
        break;
      case 'zeebe:TaskDefinition':
        names.taskTypes.push(String(element.type));
        break;
      case 'zeebe:Header':
        names.headers.push([String(element.key), String(element.value)]);
        break;
      case 'bpmn:Message':
        names.messages.push(String(element.name));
        break;
      case 'bpmn:Error':
        names.errorCodes.push(String(element.errorCode));
        break;
      case 'zeebe:CalledElement':
        names.processIds.push(String(element.processId));
        break;
      case 'zeebe:Input':
      case 'zeebe:Output':
        expression(element.source);
        names.variables.push(String(element.target));
        break;
      case 'zeebe:Subscription':
        expression(element.correlationKey);
        break;
      case 'zeebe:AssignmentDefinition':
        expression(element.candidateGroups);
        expression(element.assignee);
        expression(element.candidateUsers);
        break;
      case 'zeebe:TaskSchedule':
        expression(element.dueDate);
        expression(element.followUpDate);
        break;
      case 'zeebe:LoopCharacteristics':
        expression(element.inputCollection);
        if (element.inputElement) names.variables.push(String(element.inputElement));
        if (element.outputCollection) names.variables.push(String(element.outputCollection));
        expression(element.outputElement);
        break;
      case 'bpmn:FormalExpression':
        expression(element.body);
        break;
      default:
    }
  }
  return names;
}

const unknown = (found: readonly string[], known: readonly string[]) => [...new Set(found.filter((name) => !known.includes(name)))];

describe('process contract', () => {
  it('given the models folder, when listed, then the lifecycle and feedback models are there', () => {
    assert.deepEqual(models.sort(), ['feedback.bpmn', 'ticket-lifecycle.bpmn']);
  });

  for (const file of models) {
    it(`given ${file}, when every name in it is read, then the contract knows each one`, async () => {
      const names = await namesOf(file);
      assert.deepEqual(unknown(names.processIds, Object.values(PROCESS_IDS)), [], 'process ids');
      assert.deepEqual(unknown(names.taskTypes, Object.values(TASK_TYPES)), [], 'task types');
      assert.deepEqual(unknown(names.messages, Object.values(MESSAGES)), [], 'messages');
      assert.deepEqual(unknown(names.errorCodes, ERROR_CODES), [], 'error codes');
      assert.deepEqual(unknown(names.variables, VARIABLE_NAMES), [], 'variables');
      assert.deepEqual(unknown(names.headers.map(([key]) => key), Object.values(TASK_HEADERS)), [], 'header keys');
      const headerValues = names.headers.map(([key, value]) => (key === TASK_HEADERS.event ? [value, Object.values(SMS_EVENTS)] : [value, Object.values(CALL_PURPOSES)]) as [string, string[]]);
      assert.deepEqual(headerValues.filter(([value, allowed]) => !allowed.includes(value)).map(([value]) => value), [], 'header values');
      const userTasks = Object.values(USER_TASKS);
      assert.deepEqual(unknown(names.userTasks, userTasks), [], 'user tasks the use cases do not drive');
    });
  }

  it('given a name the contract does not know, when checked, then it is reported (the check itself can fail)', () => {
    assert.deepEqual(feelVariables('=if escalationDueAt = null then "9999-12-31T23:59:59Z" else escalationDueAt'), ['escalationDueAt', 'escalationDueAt']);
    assert.deepEqual(unknown(feelVariables('=string(ticketId) + tikcetNumber'), VARIABLE_NAMES), ['tikcetNumber']);
  });

  it('given the contract, when its task types are read, then each is noun.verb and every one is used by some model', async () => {
    const used = new Set((await Promise.all(models.map(namesOf))).flatMap((names) => names.taskTypes));
    for (const type of Object.values(TASK_TYPES)) {
      assert.match(type, /^[a-z]+\.[a-z]+$/);
      assert.ok(used.has(type), `${type} is used`);
    }
  });
});
