import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RECORDED_PROMPT_NAMES } from '../telephony-prompts.js';
import { DEFAULT_IVR_DEFINITION } from './default-ivr-definition.js';
import type { IvrDefinition } from './ivr-definition.js';
import { validateIvrDefinition } from './validate-ivr-definition.js';

const fields = (definition: IvrDefinition) => validateIvrDefinition(definition, RECORDED_PROMPT_NAMES).map((problem) => problem.field);

describe('validateIvrDefinition', () => {
  it('given the default definition, when validated, then it is fine and every prompt it names is recorded', () => {
    assert.deepEqual(validateIvrDefinition(DEFAULT_IVR_DEFINITION, RECORDED_PROMPT_NAMES), []);
  });

  it('given options pointing nowhere, when validated, then each is named by its path', () => {
    const [main, support, training] = DEFAULT_IVR_DEFINITION.menus;
    assert.ok(main !== undefined && support !== undefined && training !== undefined);
    const definition: IvrDefinition = {
      ...DEFAULT_IVR_DEFINITION,
      mainMenuId: 'start',
      menus: [{ ...main, options: { ...main.options, '5': { kind: 'menu', menuId: 'nowhere' }, '6': { kind: 'queue', queueId: 'nobody' } } }, support, training],
    };

    assert.deepEqual(fields(definition), ['mainMenuId', 'menus[0].options.5', 'menus[0].options.6']);
  });

  it('given unknown prompts, keys and bad numbers, when validated, then each problem is reported', () => {
    const [main, ...rest] = DEFAULT_IVR_DEFINITION.menus;
    assert.ok(main !== undefined);
    const definition = {
      ...DEFAULT_IVR_DEFINITION,
      welcomePrompts: ['ivr/not-recorded'],
      menus: [{ ...main, options: { ...main.options, x: { kind: 'hangup' } } }, ...rest],
      input: { ...DEFAULT_IVR_DEFINITION.input, maxAttempts: 0 },
      queues: [...DEFAULT_IVR_DEFINITION.queues, { ...DEFAULT_IVR_DEFINITION.queues[0], id: 'software' }],
    } as unknown as IvrDefinition;

    assert.deepEqual(fields(definition), ['queues[4].id', 'welcomePrompts[0]', 'menus[0].options.x', 'input.maxAttempts']);
  });

  it('given overflow to itself, when validated, then it is refused', () => {
    const [software, ...rest] = DEFAULT_IVR_DEFINITION.queues;
    assert.ok(software !== undefined);
    const definition = { ...DEFAULT_IVR_DEFINITION, queues: [{ ...software, overflow: { afterMs: 1000, toQueueIds: ['software'] } }, ...rest] };

    assert.deepEqual(fields(definition), ['queues[0].overflow.toQueueIds[0]']);
  });
});
