import type { BusinessCalendar } from '../../calendar/business-calendar.js';
import { isWorkingTime } from '../../calendar/is-working-time.js';
import { sayDigits } from '../../speech/say-digits.js';
import { isValidTrackingCode } from '../../tickets/tracking-code.js';
import type { IvrDefinition, IvrMenu, MenuAction, PromptList } from '../ivr/ivr-definition.js';
import { FOLLOW_UP_PROMPTS, IVR_PROMPTS, QUEUE_PROMPTS, VOICEMAIL_PROMPTS } from '../telephony-prompts.js';
import type { CallCommand } from './call-command.js';
import type { CallEvent } from './call-event.js';
import type { CallerIdentity } from './caller-identity.js';
import { type Answer, DigitCollector, type Question } from './digit-collector.js';
import type { RequestSummary } from './request-summary.js';
import { sayQueuePosition } from './say-queue-position.js';
import { sayRequestStatus } from './say-request-status.js';

/** How an inbound call ended, for the operator metrics. */
export type InboundCallOutcome = 'answered' | 'abandoned' | 'voicemail' | 'selfService' | 'afterHours' | 'hungUpInIvr';

export interface InboundCallContext {
  readonly definition: IvrDefinition;
  readonly calendar: BusinessCalendar;
  /** When the call arrived: decides the after-hours treatment. */
  readonly arrivedAt: Date;
  /** Names the voicemail recording (`voicemail-<callKey>`); unique per call. */
  readonly callKey: string;
}

type Phase =
  | { readonly name: 'identifying' }
  | { readonly name: 'personnelCode'; readonly attempt: number }
  | { readonly name: 'checkingPersonnelCode'; readonly attempt: number }
  | { readonly name: 'menu'; readonly menuId: string; readonly attempt: number }
  | { readonly name: 'tutorial'; readonly menuId: string; readonly playbackId: string }
  | { readonly name: 'queued'; readonly queueId: string }
  | { readonly name: 'connected'; readonly held: boolean }
  | { readonly name: 'voicemailIntro'; readonly playbackId: string; readonly categoryCode: string | null }
  | { readonly name: 'recording'; readonly recordingName: string; readonly categoryCode: string | null }
  | { readonly name: 'savingVoicemail' }
  | { readonly name: 'followUpLookup' }
  | { readonly name: 'followUpCode'; readonly attempt: number }
  | { readonly name: 'followUpCodeLookup'; readonly attempt: number }
  | { readonly name: 'status'; readonly request: RequestSummary; readonly attempt: number }
  | { readonly name: 'closing'; readonly playbackId: string }
  | { readonly name: 'ended' };

export type InboundCallPhase = Phase['name'];

/**
 * The decisions of one inbound call, from the first ring to the hangup: after-hours, entitlement,
 * menus, queue, operator, voicemail, follow-up and training, all driven by the IVR definition. It
 * never waits and never reads a clock: the executor carries out its commands and feeds back what
 * happened.
 */
export class InboundCallFlow {
  readonly #context: InboundCallContext;
  readonly #menus: ReadonlyMap<string, IvrMenu>;
  readonly #collector: DigitCollector;
  #phase: Phase = { name: 'identifying' };
  #nextPlayback = 1;
  #caller: CallerIdentity | null = null;
  /** Keys chosen in menus, in order: the IVR path. */
  readonly #path: string[] = [];
  #queueId: string | null = null;
  #categoryCode: string | null = null;
  /** The prompt playing outside a question (queue announcements), with music on hold around it. */
  #sidePlayback: string | null = null;
  #musicOnHold = false;
  #everConnected = false;
  #servedBySelf = false;
  #voicemailLeft = false;
  #afterHours = false;
  #trackingCode: string | null = null;
  #endedOutcome: InboundCallOutcome | null = null;

  constructor(context: InboundCallContext) {
    this.#context = context;
    this.#menus = new Map(context.definition.menus.map((menu) => [menu.id, menu]));
    this.#collector = new DigitCollector(() => this.#newPlaybackId());
  }

  get phase(): InboundCallPhase {
    return this.#phase.name;
  }

  get caller(): CallerIdentity | null {
    return this.#caller;
  }

  /** The keys chosen in menus, e.g. `1>3` for support › hardware and network. */
  get ivrPath(): string {
    return this.#path.join('>');
  }

  get queueId(): string | null {
    return this.#queueId;
  }

  /** The category the IVR path points at (the queue's, or the voicemail option's). */
  get categoryCode(): string | null {
    return this.#categoryCode;
  }

  /** The tracking code of the voicemail ticket, once saved. */
  get trackingCode(): string | null {
    return this.#trackingCode;
  }

  /** How the call ended (fixed at the hangup), or how it would end if the caller hung up now. */
  get outcome(): InboundCallOutcome {
    if (this.#endedOutcome !== null) return this.#endedOutcome;
    if (this.#everConnected) return 'answered';
    if (this.#voicemailLeft) return 'voicemail';
    if (this.#afterHours) return 'afterHours';
    if (this.#phase.name === 'queued') return 'abandoned';
    return this.#servedBySelf ? 'selfService' : 'hungUpInIvr';
  }

  start(): CallCommand[] {
    const { definition, calendar, arrivedAt } = this.#context;
    const commands: CallCommand[] = [{ kind: 'answer' }];
    if (definition.afterHours.enabled && !isWorkingTime(calendar, arrivedAt)) {
      this.#afterHours = true;
      if (definition.afterHours.then === 'voicemail') return [...commands, ...this.#voicemail(definition.afterHours.prompts, null)];
      return [...commands, ...this.#close(definition.afterHours.prompts)];
    }
    return [...commands, { kind: 'identifyCaller' }];
  }

  handle(event: CallEvent): CallCommand[] {
    if (this.#phase.name === 'ended') return [];
    if (event.kind === 'hungUp') return this.#hungUp();
    if (this.#collector.active) {
      const step = this.#collector.handle(event);
      if (step.answer !== null) return [...step.commands, ...this.#answered(step.answer)];
      if (step.commands.length > 0 || event.kind === 'dtmf' || event.kind === 'timer') return step.commands;
    }
    return this.#onEvent(event);
  }

  #onEvent(event: CallEvent): CallCommand[] {
    const phase = this.#phase;
    switch (phase.name) {
      case 'identifying':
        if (event.kind !== 'callerIdentified') return [];
        return this.#identified(event.caller);
      case 'checkingPersonnelCode':
        if (event.kind !== 'callerIdentified') return [];
        if (event.caller !== null) return this.#identified(event.caller, false);
        return this.#askPersonnelCode(phase.attempt + 1, [IVR_PROMPTS.personnelCodeUnknown]);
      case 'tutorial':
        if (event.kind === 'playbackFinished' && event.playbackId === phase.playbackId) return this.#menu(phase.menuId, 1, []);
        if (event.kind === 'dtmf') {
          const stop: CallCommand = { kind: 'stopPlayback', playbackId: phase.playbackId };
          return [stop, ...this.#menu(phase.menuId, 1, [])];
        }
        return [];
      case 'queued':
        return this.#inQueue(event);
      case 'connected':
        return this.#inConversation(phase, event);
      case 'voicemailIntro':
        if (event.kind !== 'playbackFinished' || event.playbackId !== phase.playbackId) return [];
        return this.#record(phase.categoryCode);
      case 'recording':
        if (event.kind !== 'recordingFinished') return [];
        if (event.seconds < 1) return this.#close([VOICEMAIL_PROMPTS.notSaved, IVR_PROMPTS.goodbye]);
        this.#voicemailLeft = true;
        this.#phase = { name: 'savingVoicemail' };
        return [{ kind: 'saveVoicemail', recordingName: phase.recordingName, categoryCode: phase.categoryCode }];
      case 'savingVoicemail':
        if (event.kind !== 'voicemailSaved') return [];
        this.#trackingCode = event.trackingCode;
        if (event.trackingCode === null) return this.#close([VOICEMAIL_PROMPTS.saved, IVR_PROMPTS.goodbye]);
        return this.#close([VOICEMAIL_PROMPTS.saved, VOICEMAIL_PROMPTS.trackingCode, ...sayDigits(event.trackingCode), IVR_PROMPTS.goodbye]);
      case 'followUpLookup':
        if (event.kind !== 'openRequestsFound') return [];
        return this.#openRequests(event.requests);
      case 'followUpCodeLookup':
        if (event.kind !== 'requestFound') return [];
        if (event.request === null) return this.#askTrackingCode(phase.attempt + 1, [FOLLOW_UP_PROMPTS.notFound]);
        return this.#speakStatus(event.request, 1);
      case 'closing':
        if (event.kind === 'playbackFinished' && event.playbackId === phase.playbackId) return this.#end([{ kind: 'hangup' }]);
        return [];
      default:
        return [];
    }
  }

  #answered(answer: Answer): CallCommand[] {
    const phase = this.#phase;
    switch (phase.name) {
      case 'menu':
        return this.#menuAnswer(phase.menuId, phase.attempt, answer);
      case 'personnelCode':
        if (answer.kind === 'noInput' || answer.digits === '') return this.#askPersonnelCode(phase.attempt + 1, [IVR_PROMPTS.noInput]);
        this.#phase = { name: 'checkingPersonnelCode', attempt: phase.attempt };
        return [{ kind: 'identifyByPersonnelCode', personnelCode: answer.digits }];
      case 'followUpCode':
        if (answer.kind === 'noInput' || answer.digits === '') return this.#askTrackingCode(phase.attempt + 1, [IVR_PROMPTS.noInput]);
        if (!isValidTrackingCode(answer.digits)) return this.#askTrackingCode(phase.attempt + 1, [FOLLOW_UP_PROMPTS.invalidCode]);
        this.#phase = { name: 'followUpCodeLookup', attempt: phase.attempt };
        return [{ kind: 'findRequest', trackingCode: answer.digits }];
      case 'status':
        if (answer.kind === 'noInput') return this.#close([IVR_PROMPTS.goodbye]);
        if (answer.digits === '1') return this.#speakStatus(phase.request, 1);
        if (answer.digits === '*') return this.#menu(this.#context.definition.mainMenuId, 1, []);
        if (phase.attempt >= this.#context.definition.input.maxAttempts) return this.#close([IVR_PROMPTS.goodbye]);
        return this.#speakStatus(phase.request, phase.attempt + 1, [IVR_PROMPTS.invalidChoice]);
      default:
        return [];
    }
  }

  #identified(caller: CallerIdentity | null, welcome = true): CallCommand[] {
    const { definition } = this.#context;
    this.#caller = caller;
    if (caller !== null) return this.#menu(definition.mainMenuId, 1, welcome ? definition.welcomePrompts : []);
    if (definition.unknownCallers.treatment === 'generalQueue') return this.#enqueue(definition.unknownCallers.generalQueueId, definition.welcomePrompts);
    return this.#askPersonnelCode(1, definition.welcomePrompts);
  }

  #askPersonnelCode(attempt: number, before: PromptList): CallCommand[] {
    const { definition } = this.#context;
    if (attempt > definition.input.maxAttempts) return this.#enqueue(definition.unknownCallers.generalQueueId, []);
    this.#phase = { name: 'personnelCode', attempt };
    return this.#collector.ask(this.#question([...before, IVR_PROMPTS.enterPersonnelCode], definition.unknownCallers.personnelCodeMaxDigits, '#'));
  }

  #menu(menuId: string, attempt: number, before: PromptList): CallCommand[] {
    const menu = this.#menus.get(menuId);
    if (menu === undefined) return this.#close([IVR_PROMPTS.goodbye]);
    this.#phase = { name: 'menu', menuId, attempt };
    return this.#collector.ask(this.#question([...before, ...menu.prompts], 1, null));
  }

  #menuAnswer(menuId: string, attempt: number, answer: Answer): CallCommand[] {
    const { definition } = this.#context;
    const menu = this.#menus.get(menuId);
    const action = answer.kind === 'digits' ? menu?.options[answer.digits as keyof IvrMenu['options']] : undefined;
    if (action === undefined) {
      if (attempt >= definition.input.maxAttempts) return this.#act(menuId, definition.input.onExhausted);
      return this.#menu(menuId, attempt + 1, [answer.kind === 'noInput' ? IVR_PROMPTS.noInput : IVR_PROMPTS.invalidChoice]);
    }
    if (action.kind !== 'repeat' && answer.kind === 'digits') this.#path.push(answer.digits);
    return this.#act(menuId, action);
  }

  #act(menuId: string, action: MenuAction): CallCommand[] {
    switch (action.kind) {
      case 'menu':
        return this.#menu(action.menuId, 1, []);
      case 'queue':
        return this.#enqueue(action.queueId, []);
      case 'followUp':
        this.#phase = { name: 'followUpLookup' };
        return [{ kind: 'findOpenRequests' }];
      case 'tutorial': {
        const playbackId = this.#newPlaybackId();
        this.#phase = { name: 'tutorial', menuId, playbackId };
        this.#servedBySelf = true;
        return [{ kind: 'play', playbackId, prompts: action.prompts }];
      }
      case 'voicemail':
        return this.#voicemail([], action.categoryCode);
      case 'repeat':
        return this.#menu(menuId, 1, []);
      case 'hangup':
        return this.#close([IVR_PROMPTS.goodbye]);
    }
  }

  #enqueue(queueId: string, before: PromptList): CallCommand[] {
    const queue = this.#context.definition.queues.find((candidate) => candidate.id === queueId);
    this.#queueId = queueId;
    this.#categoryCode = queue?.categoryCode ?? null;
    this.#phase = { name: 'queued', queueId };
    this.#sidePlayback = this.#newPlaybackId();
    return [{ kind: 'enqueue', queueId }, { kind: 'play', playbackId: this.#sidePlayback, prompts: [...before, QUEUE_PROMPTS.pleaseWait] }];
  }

  #inQueue(event: CallEvent): CallCommand[] {
    switch (event.kind) {
      case 'playbackFinished':
        if (event.playbackId !== this.#sidePlayback) return [];
        this.#sidePlayback = null;
        this.#musicOnHold = true;
        return [{ kind: 'startMusicOnHold' }];
      case 'queueAnnouncement': {
        // An announcement due while the previous prompt still plays is skipped, not queued up.
        if (this.#sidePlayback !== null) return [];
        this.#sidePlayback = this.#newPlaybackId();
        const commands = this.#silenceMusic();
        return [...commands, { kind: 'play', playbackId: this.#sidePlayback, prompts: sayQueuePosition(event.position, event.estimatedWaitMs) }];
      }
      case 'operatorAnswered':
        this.#everConnected = true;
        this.#phase = { name: 'connected', held: false };
        return [...this.#quiet(), { kind: 'connectOperator', operatorChannelId: event.operatorChannelId }];
      case 'queueGaveUp':
        return [...this.#quiet(), ...this.#voicemail([VOICEMAIL_PROMPTS.noOperator], this.#categoryCode)];
      default:
        return [];
    }
  }

  #inConversation(phase: Extract<Phase, { name: 'connected' }>, event: CallEvent): CallCommand[] {
    switch (event.kind) {
      case 'operatorAnswered':
        // A transfer: the new operator takes over the bridge.
        return [{ kind: 'connectOperator', operatorChannelId: event.operatorChannelId }];
      case 'operatorHungUp':
        return this.#close([IVR_PROMPTS.goodbye], phase.held ? [{ kind: 'stopMusicOnHold' }] : []);
      case 'holdRequested':
        if (phase.held) return [];
        this.#phase = { name: 'connected', held: true };
        return [{ kind: 'holdCaller' }];
      case 'resumeRequested':
        if (!phase.held) return [];
        this.#phase = { name: 'connected', held: false };
        return [{ kind: 'resumeCaller' }];
      default:
        return [];
    }
  }

  #voicemail(before: PromptList, categoryCode: string | null): CallCommand[] {
    const playbackId = this.#newPlaybackId();
    this.#categoryCode = categoryCode;
    this.#phase = { name: 'voicemailIntro', playbackId, categoryCode };
    return [{ kind: 'play', playbackId, prompts: [...before, VOICEMAIL_PROMPTS.leaveMessage] }];
  }

  #record(categoryCode: string | null): CallCommand[] {
    const recordingName = `voicemail-${this.#context.callKey}`;
    this.#phase = { name: 'recording', recordingName, categoryCode };
    return [{ kind: 'recordVoicemail', recordingName, maxSeconds: this.#context.definition.voicemail.maxSeconds }];
  }

  #openRequests(requests: readonly RequestSummary[]): CallCommand[] {
    const [only] = requests;
    if (requests.length === 1 && only !== undefined) return this.#speakStatus(only, 1);
    if (requests.length > 1 || this.#caller === null) return this.#askTrackingCode(1, []);
    return this.#menu(this.#context.definition.mainMenuId, 1, [FOLLOW_UP_PROMPTS.noOpenRequest]);
  }

  #askTrackingCode(attempt: number, before: PromptList): CallCommand[] {
    const { definition } = this.#context;
    if (attempt > definition.input.maxAttempts) return this.#menu(definition.mainMenuId, 1, before);
    this.#phase = { name: 'followUpCode', attempt };
    return this.#collector.ask(this.#question([...before, FOLLOW_UP_PROMPTS.enterCode], 18, '#'));
  }

  #speakStatus(request: RequestSummary, attempt: number, before: PromptList = []): CallCommand[] {
    this.#phase = { name: 'status', request, attempt };
    this.#servedBySelf = true;
    const prompts = [...before, ...sayRequestStatus(request, this.#context.calendar.timeZone), FOLLOW_UP_PROMPTS.afterStatus];
    return this.#collector.ask(this.#question(prompts, 1, null));
  }

  /** Plays the last prompts, then hangs up. */
  #close(prompts: PromptList, before: CallCommand[] = []): CallCommand[] {
    const playbackId = this.#newPlaybackId();
    this.#phase = { name: 'closing', playbackId };
    return [...before, ...this.#collector.cancel(), { kind: 'play', playbackId, prompts }];
  }

  #hungUp(): CallCommand[] {
    const phase = this.#phase;
    if (phase.name === 'recording') {
      // Asterisk keeps what was said before the hangup: it is still a message.
      this.#voicemailLeft = true;
      return this.#end([{ kind: 'saveVoicemail', recordingName: phase.recordingName, categoryCode: phase.categoryCode }]);
    }
    return this.#end([]);
  }

  #end(commands: CallCommand[]): CallCommand[] {
    this.#endedOutcome = this.outcome;
    this.#phase = { name: 'ended' };
    return commands;
  }

  #silenceMusic(): CallCommand[] {
    if (!this.#musicOnHold) return [];
    this.#musicOnHold = false;
    return [{ kind: 'stopMusicOnHold' }];
  }

  /** Stops whatever the queued caller hears. */
  #quiet(): CallCommand[] {
    const commands = this.#silenceMusic();
    if (this.#sidePlayback !== null) commands.push({ kind: 'stopPlayback', playbackId: this.#sidePlayback });
    this.#sidePlayback = null;
    return commands;
  }

  #question(prompts: PromptList, maxDigits: number, terminator: '#' | null): Question {
    const { input } = this.#context.definition;
    return { prompts, maxDigits, terminator, firstDigitTimeoutMs: input.firstDigitTimeoutMs, interDigitTimeoutMs: input.interDigitTimeoutMs };
  }

  #newPlaybackId(): string {
    return `${this.#context.callKey}-p${this.#nextPlayback++}`;
  }
}
