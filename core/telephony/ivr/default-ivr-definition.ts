import { IVR_PROMPTS, TRAINING_PROMPTS } from '../telephony-prompts.js';
import type { IvrDefinition, QueueDefinition } from './ivr-definition.js';

const MINUTE = 60_000;

function section(id: string, categoryCode: string | null, fa: string, en: string, overflowTo: readonly string[]): QueueDefinition {
  return {
    id,
    name: { fa, en },
    categoryCode,
    ringTimeoutMs: 20_000,
    announceEveryMs: 45_000,
    maxWaitMs: 6 * MINUTE,
    overflow: { afterMs: 2 * MINUTE, toQueueIds: overflowTo },
    wrapUpMs: 15_000,
  };
}

/**
 * The call flow a new installation starts with: welcome, main menu (1 support, 2 follow-up,
 * 3 phone training, 4 voicemail), the support sections (1 software, 2 operating system, 3 hardware
 * and network) each with its queue, and a general queue for unknown callers and lost ones. The
 * sections' categories are the catalogue's systems (codes SW, OS, HW of the demo catalogue).
 */
export const DEFAULT_IVR_DEFINITION: IvrDefinition = {
  welcomePrompts: [IVR_PROMPTS.welcome],
  mainMenuId: 'main',
  menus: [
    {
      id: 'main',
      prompts: [IVR_PROMPTS.mainMenu],
      options: {
        '1': { kind: 'menu', menuId: 'support' },
        '2': { kind: 'followUp' },
        '3': { kind: 'menu', menuId: 'training' },
        '4': { kind: 'voicemail', categoryCode: null },
      },
    },
    {
      id: 'support',
      prompts: [IVR_PROMPTS.supportMenu],
      options: {
        '1': { kind: 'queue', queueId: 'software' },
        '2': { kind: 'queue', queueId: 'operating-system' },
        '3': { kind: 'queue', queueId: 'hardware-network' },
        '*': { kind: 'menu', menuId: 'main' },
      },
    },
    {
      id: 'training',
      prompts: [IVR_PROMPTS.trainingMenu],
      options: {
        '1': { kind: 'tutorial', prompts: [TRAINING_PROMPTS.portalRequest] },
        '2': { kind: 'tutorial', prompts: [TRAINING_PROMPTS.followUp] },
        '3': { kind: 'tutorial', prompts: [TRAINING_PROMPTS.passwordReset] },
        '*': { kind: 'menu', menuId: 'main' },
      },
    },
  ],
  queues: [
    section('software', 'SW', 'نرم‌افزار', 'Software', ['operating-system', 'hardware-network', 'general']),
    section('operating-system', 'OS', 'سیستم عامل', 'Operating system', ['software', 'hardware-network', 'general']),
    section('hardware-network', 'HW', 'سخت‌افزار و شبکه', 'Hardware and network', ['software', 'operating-system', 'general']),
    { ...section('general', null, 'عمومی', 'General', []), overflow: null },
  ],
  input: { firstDigitTimeoutMs: 5000, interDigitTimeoutMs: 3000, maxAttempts: 3, onExhausted: { kind: 'queue', queueId: 'general' } },
  afterHours: { enabled: true, prompts: [IVR_PROMPTS.afterHours], then: 'voicemail' },
  unknownCallers: { treatment: 'askPersonnelCode', generalQueueId: 'general', personnelCodeMaxDigits: 10 },
  voicemail: { maxSeconds: 120 },
  defaultHandleMs: 4 * MINUTE,
  autoPauseAfterMisses: 2,
};
