import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBusinessCalendar } from '../../calendar/business-calendar.js';
import { iranianCalendarDefinition } from '../../calendar/iranian-calendar-definition.js';
import { atTehran } from '../../calendar/test-support/at-tehran.js';
import { dammCheckDigit } from '../../tickets/damm-check-digit.js';
import { DEFAULT_IVR_DEFINITION } from '../ivr/default-ivr-definition.js';
import type { IvrDefinition } from '../ivr/ivr-definition.js';
import { FOLLOW_UP_PROMPTS, IVR_PROMPTS, QUEUE_PROMPTS, TRAINING_PROMPTS, VOICEMAIL_PROMPTS } from '../telephony-prompts.js';
import { FlowDriver } from '../test-support/flow-driver.js';
import type { CallCommand } from './call-command.js';
import { InboundCallFlow } from './inbound-call-flow.js';
import type { RequestSummary } from './request-summary.js';

const calendar = createBusinessCalendar(iranianCalendarDefinition());
const workingHours = atTehran('1404/08/24 10:00'); // a Saturday
const evening = atTehran('1404/08/24 20:00');
const known = { personId: 7, contractorId: null, name: 'مریم احمدی' };

function call(options: { definition?: IvrDefinition; at?: Date } = {}) {
  const flow = new InboundCallFlow({ definition: options.definition ?? DEFAULT_IVR_DEFINITION, calendar, arrivedAt: options.at ?? workingHours, callKey: 'c1' });
  const driver = new FlowDriver(flow);
  return { flow, driver };
}

/** A known caller at the main menu, the welcome and menu prompt playing. */
function atMainMenu(definition?: IvrDefinition) {
  const { flow, driver } = call({ definition });
  driver.start();
  driver.send({ kind: 'callerIdentified', caller: known });
  return { flow, driver };
}

function find<K extends CallCommand['kind']>(commands: readonly CallCommand[], kind: K): Extract<CallCommand, { kind: K }> | undefined {
  return commands.find((command): command is Extract<CallCommand, { kind: K }> => command.kind === kind);
}

function code(body: string): string {
  return body + dammCheckDigit(body);
}

const request = (trackingCode: string, status: RequestSummary['status'] = 'inProgress'): RequestSummary => ({
  trackingCode,
  status,
  registeredAt: atTehran('1404/08/20 09:30'),
  resolutionDueAt: atTehran('1404/08/27 12:00'),
});

describe('InboundCallFlow: arrival and entitlement', () => {
  it('given a call in working hours, when it arrives, then it is answered and the caller ID looked up', () => {
    const { driver } = call();

    assert.deepEqual(driver.kinds(driver.start()), ['answer', 'identifyCaller']);
  });

  it('given a known caller, when identified, then the welcome and the main menu play as one prompt', () => {
    const { flow, driver } = atMainMenu();

    assert.deepEqual(driver.playing, [IVR_PROMPTS.welcome, IVR_PROMPTS.mainMenu]);
    assert.equal(flow.phase, 'menu');
    assert.deepEqual(flow.caller, known);
  });

  it('given an unknown caller and personnel codes configured, when identified, then the code is asked; a known code leads to the main menu', () => {
    const { flow, driver } = call();
    driver.start();
    driver.send({ kind: 'callerIdentified', caller: null });
    assert.deepEqual(driver.playing, [IVR_PROMPTS.welcome, IVR_PROMPTS.enterPersonnelCode]);

    driver.finishPlayback();
    const lookup = driver.press('4711#');
    assert.deepEqual(find(lookup, 'identifyByPersonnelCode'), { kind: 'identifyByPersonnelCode', personnelCode: '4711' });
    driver.send({ kind: 'callerIdentified', caller: known });

    assert.deepEqual(driver.playing, [IVR_PROMPTS.mainMenu]);
    assert.equal(flow.caller?.personId, 7);
  });

  it('given an unknown caller, when the codes keyed are unknown every time, then they are told and finally sent to the general queue', () => {
    const { flow, driver } = call();
    driver.start();
    driver.send({ kind: 'callerIdentified', caller: null });
    for (let attempt = 1; attempt <= 3; attempt++) {
      driver.press('1#');
      driver.send({ kind: 'callerIdentified', caller: null });
      if (attempt < 3) assert.deepEqual(driver.playing, [IVR_PROMPTS.personnelCodeUnknown, IVR_PROMPTS.enterPersonnelCode]);
    }

    assert.deepEqual(find(driver.commands, 'enqueue'), { kind: 'enqueue', queueId: 'general' });
    assert.equal(flow.phase, 'queued');
  });

  it('given an unknown caller and the general-queue treatment, when identified, then they go straight to the general queue', () => {
    const definition = { ...DEFAULT_IVR_DEFINITION, unknownCallers: { ...DEFAULT_IVR_DEFINITION.unknownCallers, treatment: 'generalQueue' as const } };
    const { driver } = call({ definition });
    driver.start();

    const commands = driver.send({ kind: 'callerIdentified', caller: null });

    assert.deepEqual(find(commands, 'enqueue'), { kind: 'enqueue', queueId: 'general' });
    assert.deepEqual(driver.playing, [IVR_PROMPTS.welcome, QUEUE_PROMPTS.pleaseWait]);
  });
});

describe('InboundCallFlow: after hours', () => {
  it('given a call in the evening, when it arrives, then the after-hours notice plays and the caller may leave a message', () => {
    const { flow, driver } = call({ at: evening });

    const commands = driver.start();

    assert.deepEqual(driver.kinds(commands), ['answer', 'play']);
    assert.deepEqual(driver.playing, [IVR_PROMPTS.afterHours, VOICEMAIL_PROMPTS.leaveMessage]);
    driver.finishPlayback();
    assert.deepEqual(find(driver.commands, 'recordVoicemail'), { kind: 'recordVoicemail', recordingName: 'voicemail-c1', maxSeconds: 120 });
    driver.send({ kind: 'hungUp' });
    assert.equal(flow.outcome, 'voicemail');
  });

  it('given after hours set to hang up, when a call arrives on a Friday, then the notice plays and the call ends', () => {
    const definition = { ...DEFAULT_IVR_DEFINITION, afterHours: { ...DEFAULT_IVR_DEFINITION.afterHours, then: 'hangup' as const } };
    const { flow, driver } = call({ definition, at: atTehran('1404/08/23 10:00') });
    driver.start();

    const commands = driver.finishPlayback();

    assert.deepEqual(driver.kinds(commands), ['hangup']);
    assert.equal(flow.outcome, 'afterHours');
  });

  it('given after-hours handling switched off, when a call arrives at night, then it is served as by day', () => {
    const definition = { ...DEFAULT_IVR_DEFINITION, afterHours: { ...DEFAULT_IVR_DEFINITION.afterHours, enabled: false } };
    const { driver } = call({ definition, at: evening });

    assert.deepEqual(driver.kinds(driver.start()), ['answer', 'identifyCaller']);
  });
});

describe('InboundCallFlow: menus', () => {
  for (const [key, queueId, categoryCode] of [
    ['1', 'software', 'SW'],
    ['2', 'operating-system', 'OS'],
    ['3', 'hardware-network', 'HW'],
  ] as const) {
    it(`given the support menu, when ${key} is pressed, then the call waits in the ${queueId} queue with that category`, () => {
      const { flow, driver } = atMainMenu();
      driver.press('1');
      assert.deepEqual(driver.playing, [IVR_PROMPTS.supportMenu]);

      const commands = driver.press(key);

      assert.deepEqual(find(commands, 'enqueue'), { kind: 'enqueue', queueId });
      assert.equal(flow.ivrPath, `1>${key}`);
      assert.equal(flow.categoryCode, categoryCode);
      assert.deepEqual(driver.playing, [QUEUE_PROMPTS.pleaseWait]);
    });
  }

  it('given the welcome playing, when the caller presses a key, then the prompt stops at once and the choice counts', () => {
    const { driver } = atMainMenu();

    const commands = driver.press('1');

    assert.equal(commands[0]?.kind, 'stopPlayback');
    assert.deepEqual(driver.playing, [IVR_PROMPTS.supportMenu]);
  });

  it('given the support menu, when star is pressed, then the main menu plays again without the welcome', () => {
    const { driver } = atMainMenu();
    driver.press('1');

    driver.press('*');

    assert.deepEqual(driver.playing, [IVR_PROMPTS.mainMenu]);
  });

  it('given a menu, when the caller stays silent after the prompt, then it is repeated after the timeout, and not before', () => {
    const { driver } = atMainMenu();
    driver.finishPlayback();

    assert.deepEqual(driver.advance(4999), []);
    driver.advance(1);

    assert.deepEqual(driver.playing, [IVR_PROMPTS.noInput, IVR_PROMPTS.mainMenu]);
  });

  it('given a menu, when a key with no option is pressed, then the caller hears it is not valid and the menu again', () => {
    const { driver } = atMainMenu();

    driver.press('9');

    assert.deepEqual(driver.playing, [IVR_PROMPTS.invalidChoice, IVR_PROMPTS.mainMenu]);
  });

  it('given three wrong tries, when the attempts run out, then the configured action applies (the general queue)', () => {
    const { flow, driver } = atMainMenu();
    driver.press('9');
    driver.finishPlayback();
    driver.advance(5000);

    const commands = driver.press('0');

    assert.deepEqual(find(commands, 'enqueue'), { kind: 'enqueue', queueId: 'general' });
    assert.equal(flow.phase, 'queued');
  });

  it('given a configurable number of attempts, when it is one, then the first wrong key already ends the menu', () => {
    const definition = { ...DEFAULT_IVR_DEFINITION, input: { ...DEFAULT_IVR_DEFINITION.input, maxAttempts: 1, onExhausted: { kind: 'hangup' as const } } };
    const { driver } = atMainMenu(definition);

    driver.press('9');

    assert.deepEqual(driver.playing, [IVR_PROMPTS.goodbye]);
    assert.deepEqual(driver.kinds(driver.finishPlayback()), ['hangup']);
  });

  it('given a caller who hangs up in the menus, when the call ends, then the outcome says so', () => {
    const { flow, driver } = atMainMenu();
    driver.send({ kind: 'hungUp' });

    assert.equal(flow.outcome, 'hungUpInIvr');
    assert.deepEqual(driver.press('1'), []);
  });
});

describe('InboundCallFlow: queue and operator', () => {
  function queued() {
    const { flow, driver } = atMainMenu();
    driver.press('1');
    driver.press('2');
    driver.finishPlayback();
    return { flow, driver };
  }

  it('given a caller in the queue, when the please-wait prompt ends, then music on hold starts', () => {
    const { driver } = queued();

    assert.equal(driver.commands.at(-1)?.kind, 'startMusicOnHold');
  });

  it('given music on hold, when the ACD announces the position, then the music stops for «شما نفر چهارم صف هستید» and resumes after', () => {
    const { driver } = queued();

    const commands = driver.send({ kind: 'queueAnnouncement', position: 4, estimatedWaitMs: 150_000 });

    assert.deepEqual(driver.kinds(commands), ['stopMusicOnHold', 'play']);
    assert.deepEqual(driver.playing, [QUEUE_PROMPTS.positionBefore, 'ordinal/4', QUEUE_PROMPTS.positionAfter, QUEUE_PROMPTS.estimatedWait, 'number/3', QUEUE_PROMPTS.minutes]);
    assert.deepEqual(driver.kinds(driver.finishPlayback()), ['startMusicOnHold']);
  });

  it('given an announcement playing, when the next one is due, then it is skipped rather than stacked', () => {
    const { driver } = queued();
    driver.send({ kind: 'queueAnnouncement', position: 2, estimatedWaitMs: 10_000 });

    assert.deepEqual(driver.send({ kind: 'queueAnnouncement', position: 1, estimatedWaitMs: 10_000 }), []);
  });

  it('given an announcement playing, when an operator answers, then the prompt stops and caller and operator are connected', () => {
    const { flow, driver } = queued();
    driver.send({ kind: 'queueAnnouncement', position: 1, estimatedWaitMs: 30_000 });

    const commands = driver.send({ kind: 'operatorAnswered', operatorChannelId: 'op-leg' });

    assert.deepEqual(driver.kinds(commands), ['stopPlayback', 'connectOperator']);
    assert.equal(flow.phase, 'connected');
  });

  it('given a conversation, when the operator puts the caller on hold and resumes, then the caller is taken out and brought back', () => {
    const { driver } = queued();
    driver.send({ kind: 'operatorAnswered', operatorChannelId: 'op-leg' });

    assert.deepEqual(driver.kinds(driver.send({ kind: 'holdRequested' })), ['holdCaller']);
    assert.deepEqual(driver.send({ kind: 'holdRequested' }), []);
    assert.deepEqual(driver.kinds(driver.send({ kind: 'resumeRequested' })), ['resumeCaller']);
  });

  it('given a conversation, when a transfer is answered by another operator, then the new operator is connected', () => {
    const { driver } = queued();
    driver.send({ kind: 'operatorAnswered', operatorChannelId: 'op-leg' });

    const commands = driver.send({ kind: 'operatorAnswered', operatorChannelId: 'op-leg-2' });

    assert.deepEqual(commands, [{ kind: 'connectOperator', operatorChannelId: 'op-leg-2' }]);
  });

  it('given a conversation, when the operator hangs up, then the caller hears goodbye and the call ends as answered', () => {
    const { flow, driver } = queued();
    driver.send({ kind: 'operatorAnswered', operatorChannelId: 'op-leg' });

    driver.send({ kind: 'operatorHungUp' });

    assert.deepEqual(driver.playing, [IVR_PROMPTS.goodbye]);
    driver.finishPlayback();
    assert.equal(flow.outcome, 'answered');
  });

  it('given a caller waiting, when they hang up, then the call is abandoned', () => {
    const { flow, driver } = queued();

    driver.send({ kind: 'hungUp' });

    assert.equal(flow.outcome, 'abandoned');
  });

  it('given a caller waiting, when the ACD gives up, then the music stops and the message is recorded under the queue\'s category', () => {
    const { flow, driver } = queued();

    const commands = driver.send({ kind: 'queueGaveUp', reason: 'maxWait' });

    assert.deepEqual(driver.kinds(commands), ['stopMusicOnHold', 'play']);
    assert.deepEqual(driver.playing, [VOICEMAIL_PROMPTS.noOperator, VOICEMAIL_PROMPTS.leaveMessage]);
    driver.finishPlayback();
    const saved = driver.send({ kind: 'recordingFinished', recordingName: 'voicemail-c1', seconds: 12 });
    assert.deepEqual(saved, [{ kind: 'saveVoicemail', recordingName: 'voicemail-c1', categoryCode: 'OS' }]);
    driver.send({ kind: 'voicemailSaved', trackingCode: '12345671' });
    assert.deepEqual(driver.playing, [VOICEMAIL_PROMPTS.saved, VOICEMAIL_PROMPTS.trackingCode, 'number/1', 'number/2', 'number/3', 'number/4', 'number/5', 'number/6', 'number/7', 'number/1', IVR_PROMPTS.goodbye]);
    assert.deepEqual(driver.kinds(driver.finishPlayback()), ['hangup']);
    assert.equal(flow.outcome, 'voicemail');
    assert.equal(flow.trackingCode, '12345671');
  });
});

describe('InboundCallFlow: voicemail from the main menu', () => {
  it('given the main menu, when 4 is pressed, then a message without category is recorded and filed', () => {
    const { flow, driver } = atMainMenu();
    driver.press('4');
    driver.finishPlayback();

    const commands = driver.send({ kind: 'recordingFinished', recordingName: 'voicemail-c1', seconds: 30 });

    assert.deepEqual(commands, [{ kind: 'saveVoicemail', recordingName: 'voicemail-c1', categoryCode: null }]);
    assert.equal(flow.ivrPath, '4');
  });

  it('given a recording, when the caller hangs up during it, then what was said is still filed', () => {
    const { flow, driver } = atMainMenu();
    driver.press('4');
    driver.finishPlayback();

    const commands = driver.send({ kind: 'hungUp' });

    assert.deepEqual(driver.kinds(commands), ['saveVoicemail']);
    assert.equal(flow.outcome, 'voicemail');
  });

  it('given a recording under a second, when it ends, then nothing is filed and the caller is told', () => {
    const { driver } = atMainMenu();
    driver.press('4');
    driver.finishPlayback();

    driver.send({ kind: 'recordingFinished', recordingName: 'voicemail-c1', seconds: 0 });

    assert.deepEqual(driver.playing, [VOICEMAIL_PROMPTS.notSaved, IVR_PROMPTS.goodbye]);
    assert.equal(find(driver.commands, 'saveVoicemail'), undefined);
  });
});

describe('InboundCallFlow: phone follow-up', () => {
  it('given one open request, when the caller chooses follow-up, then its status and Jalali dates are spoken', () => {
    const { driver } = atMainMenu();
    assert.deepEqual(driver.kinds(driver.press('2')).slice(-1), ['findOpenRequests']);

    driver.send({ kind: 'openRequestsFound', requests: [request('12345671')] });

    const year1404 = ['number/1000', 'number/and', 'number/400', 'number/and', 'number/4'];
    assert.deepEqual(driver.playing, [
      FOLLOW_UP_PROMPTS.request,
      ...['1', '2', '3', '4', '5', '6', '7', '1'].map((digit) => `number/${digit}`),
      'status/in-progress',
      FOLLOW_UP_PROMPTS.registeredOn,
      'ordinal/20',
      'month/aban',
      ...year1404,
      FOLLOW_UP_PROMPTS.dueOn,
      'number/20',
      'number/and',
      'ordinal/7',
      'month/aban',
      ...year1404,
      FOLLOW_UP_PROMPTS.afterStatus,
    ]);
  });

  it('given the status spoken, when 1 is pressed it is repeated, and star returns to the main menu', () => {
    const { driver } = atMainMenu();
    driver.press('2');
    driver.send({ kind: 'openRequestsFound', requests: [request('12345671', 'resolved')] });
    const first = driver.playing;

    driver.press('1');
    assert.deepEqual(driver.playing, first);
    assert.ok(!first.includes(FOLLOW_UP_PROMPTS.dueOn), 'a resolved request has no due date to speak');
    driver.press('*');
    assert.deepEqual(driver.playing, [IVR_PROMPTS.mainMenu]);
  });

  it('given several open requests, when follow-up is chosen, then the tracking code is asked, checked and its status spoken', () => {
    const { flow, driver } = atMainMenu();
    driver.press('2');
    driver.send({ kind: 'openRequestsFound', requests: [request(code('1234567')), request(code('7654321'))] });
    assert.deepEqual(driver.playing, [FOLLOW_UP_PROMPTS.enterCode]);

    const wrong = `${code('1234567').slice(0, -1)}${(Number(code('1234567').at(-1)) + 1) % 10}`;
    assert.deepEqual(driver.kinds(driver.press(`${wrong}#`)).includes('findRequest'), false, 'a mistyped code is refused before any lookup');
    assert.deepEqual(driver.playing, [FOLLOW_UP_PROMPTS.invalidCode, FOLLOW_UP_PROMPTS.enterCode]);

    const lookup = driver.press(`${code('7654321')}#`);
    assert.deepEqual(find(lookup, 'findRequest'), { kind: 'findRequest', trackingCode: code('7654321') });
    driver.send({ kind: 'requestFound', request: request(code('7654321'), 'waitingForInformation') });
    const spoken: readonly string[] = driver.playing;
    assert.ok(spoken.includes('status/waiting-for-information'));
    assert.equal(flow.phase, 'status');
  });

  it('given a code that is not the caller\'s, when looked up, then they hear it was not found and may try again', () => {
    const { driver } = atMainMenu();
    driver.press('2');
    driver.send({ kind: 'openRequestsFound', requests: [request('1'), request('2')] });
    driver.press(`${code('1111111')}#`);

    driver.send({ kind: 'requestFound', request: null });

    assert.deepEqual(driver.playing, [FOLLOW_UP_PROMPTS.notFound, FOLLOW_UP_PROMPTS.enterCode]);
  });

  it('given a code typed without #, when the caller pauses, then the inter-digit timeout takes what was keyed', () => {
    const { driver } = atMainMenu();
    driver.press('2');
    driver.send({ kind: 'openRequestsFound', requests: [request('1'), request('2')] });
    driver.finishPlayback();
    driver.press(code('2222222'));

    const commands = driver.advance(3000);

    assert.deepEqual(find(commands, 'findRequest'), { kind: 'findRequest', trackingCode: code('2222222') });
  });

  it('given no open request, when follow-up is chosen, then the caller is told and hears the main menu', () => {
    const { driver } = atMainMenu();
    driver.press('2');

    driver.send({ kind: 'openRequestsFound', requests: [] });

    assert.deepEqual(driver.playing, [FOLLOW_UP_PROMPTS.noOpenRequest, IVR_PROMPTS.mainMenu]);
  });
});

describe('InboundCallFlow: phone training', () => {
  it('given the training menu, when a tutorial is chosen, then it plays and the training menu follows', () => {
    const { flow, driver } = atMainMenu();
    driver.press('3');
    assert.deepEqual(driver.playing, [IVR_PROMPTS.trainingMenu]);

    driver.press('2');
    assert.deepEqual(driver.playing, [TRAINING_PROMPTS.followUp]);
    driver.finishPlayback();

    assert.deepEqual(driver.playing, [IVR_PROMPTS.trainingMenu]);
    driver.send({ kind: 'hungUp' });
    assert.equal(flow.outcome, 'selfService');
  });

  it('given a tutorial playing, when any key is pressed, then it stops and the training menu is offered', () => {
    const { driver } = atMainMenu();
    driver.press('3');
    driver.press('1');

    const commands = driver.press('5');

    assert.equal(commands[0]?.kind, 'stopPlayback');
    assert.deepEqual(driver.playing, [IVR_PROMPTS.trainingMenu]);
  });
});
