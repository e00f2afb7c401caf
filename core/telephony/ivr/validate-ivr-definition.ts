import type { FieldProblem } from '../../errors/validation-error.js';
import { DTMF_KEYS, type IvrDefinition, type MenuAction, type PromptList } from './ivr-definition.js';

const keys: ReadonlySet<string> = new Set(DTMF_KEYS);

/**
 * Everything wrong with a definition, each problem naming its field by path (`menus[1].options.3`),
 * so that the administrator's editor can point at it. `knownPrompts` are the recorded prompt names.
 */
export function validateIvrDefinition(definition: IvrDefinition, knownPrompts: ReadonlySet<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, messageKey: string, params?: Record<string, string | number>) =>
    problems.push(params === undefined ? { field, messageKey } : { field, messageKey, params });
  const menuIds = new Set<string>();
  const queueIds = new Set<string>();

  const checkPrompts = (field: string, prompts: PromptList, required: boolean) => {
    if (required && prompts.length === 0) problem(field, 'ivr.prompts.required');
    prompts.forEach((name, index) => {
      if (!knownPrompts.has(name)) problem(`${field}[${index}]`, 'ivr.prompt.unknown', { name });
    });
  };
  const checkPositive = (field: string, value: number, min = 1) => {
    if (!Number.isInteger(value) || value < min) problem(field, 'ivr.number.tooSmall', { min });
  };
  const checkAction = (field: string, action: MenuAction) => {
    switch (action.kind) {
      case 'menu':
        if (!menuIds.has(action.menuId)) problem(field, 'ivr.menu.unknown', { menuId: action.menuId });
        break;
      case 'queue':
        if (!queueIds.has(action.queueId)) problem(field, 'ivr.queue.unknown', { queueId: action.queueId });
        break;
      case 'tutorial':
        checkPrompts(`${field}.prompts`, action.prompts, true);
        break;
      default:
        break;
    }
  };

  for (const [index, menu] of definition.menus.entries()) {
    if (menu.id.trim() === '') problem(`menus[${index}].id`, 'ivr.id.required');
    if (menuIds.has(menu.id)) problem(`menus[${index}].id`, 'ivr.menu.duplicate', { menuId: menu.id });
    menuIds.add(menu.id);
  }
  for (const [index, queue] of definition.queues.entries()) {
    if (queue.id.trim() === '') problem(`queues[${index}].id`, 'ivr.id.required');
    if (queueIds.has(queue.id)) problem(`queues[${index}].id`, 'ivr.queue.duplicate', { queueId: queue.id });
    queueIds.add(queue.id);
  }

  checkPrompts('welcomePrompts', definition.welcomePrompts, false);
  if (!menuIds.has(definition.mainMenuId)) problem('mainMenuId', 'ivr.menu.unknown', { menuId: definition.mainMenuId });
  for (const [index, menu] of definition.menus.entries()) {
    checkPrompts(`menus[${index}].prompts`, menu.prompts, true);
    const options = Object.entries(menu.options);
    if (options.length === 0) problem(`menus[${index}].options`, 'ivr.options.required');
    for (const [key, action] of options) {
      if (!keys.has(key)) problem(`menus[${index}].options.${key}`, 'ivr.key.invalid', { key });
      if (action !== undefined) checkAction(`menus[${index}].options.${key}`, action);
    }
  }
  for (const [index, queue] of definition.queues.entries()) {
    checkPositive(`queues[${index}].ringTimeoutMs`, queue.ringTimeoutMs, 1000);
    checkPositive(`queues[${index}].announceEveryMs`, queue.announceEveryMs, 5000);
    checkPositive(`queues[${index}].maxWaitMs`, queue.maxWaitMs, 1000);
    checkPositive(`queues[${index}].wrapUpMs`, queue.wrapUpMs, 0);
    if (queue.overflow !== null) {
      checkPositive(`queues[${index}].overflow.afterMs`, queue.overflow.afterMs, 0);
      if (queue.overflow.toQueueIds.length === 0) problem(`queues[${index}].overflow.toQueueIds`, 'ivr.overflow.required');
      for (const [target, queueId] of queue.overflow.toQueueIds.entries()) {
        if (!queueIds.has(queueId) || queueId === queue.id) problem(`queues[${index}].overflow.toQueueIds[${target}]`, 'ivr.queue.unknown', { queueId });
      }
    }
  }
  checkPositive('input.firstDigitTimeoutMs', definition.input.firstDigitTimeoutMs, 500);
  checkPositive('input.interDigitTimeoutMs', definition.input.interDigitTimeoutMs, 500);
  checkPositive('input.maxAttempts', definition.input.maxAttempts);
  if (definition.input.onExhausted.kind === 'repeat') problem('input.onExhausted', 'ivr.onExhausted.repeat');
  checkAction('input.onExhausted', definition.input.onExhausted);
  checkPrompts('afterHours.prompts', definition.afterHours.prompts, definition.afterHours.enabled);
  if (!queueIds.has(definition.unknownCallers.generalQueueId)) {
    problem('unknownCallers.generalQueueId', 'ivr.queue.unknown', { queueId: definition.unknownCallers.generalQueueId });
  }
  checkPositive('unknownCallers.personnelCodeMaxDigits', definition.unknownCallers.personnelCodeMaxDigits);
  checkPositive('voicemail.maxSeconds', definition.voicemail.maxSeconds, 5);
  checkPositive('defaultHandleMs', definition.defaultHandleMs, 1000);
  checkPositive('autoPauseAfterMisses', definition.autoPauseAfterMisses, 0);
  return problems;
}
