import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { FOLLOW_UP_PROMPTS, IVR_PROMPTS, QUEUE_PROMPTS, TRAINING_PROMPTS, VOICEMAIL_PROMPTS } from '../../core/telephony/telephony-prompts.js';
import { dammCheckDigit } from '../../core/tickets/damm-check-digit.js';
import { TelephonyHarness, TEST_IVR_DEFINITION } from '../test-support/telephony-harness.js';

let harness: TelephonyHarness | undefined;

afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const code = (body: string) => body + dammCheckDigit(body);
const digits = (value: string) => [...value].map((digit) => `number/${digit}`);

async function knownCallerAtMainMenu(options: Parameters<typeof TelephonyHarness.start>[0] = {}) {
  harness = await TelephonyHarness.start(options);
  const personId = await harness.person({ phone: '+989121234567' });
  const call = harness.double.placeCall({ to: '1500', callerNumber: '09121234567' });
  await harness.untilPlaying(call.channelId, IVR_PROMPTS.mainMenu);
  return { h: harness, personId, channelId: call.channelId };
}

/** Records a message of a few seconds and ends it with #. */
async function leaveMessage(h: TelephonyHarness, channelId: string): Promise<void> {
  await h.until(() => h.double.state().liveRecordings.some((recording) => recording.state === 'recording'), 'the recording');
  await new Promise((resolve) => setTimeout(resolve, 100));
  await h.double.pressDigits(channelId, '#');
}

describe('IVR paths against the ARI double', () => {
  it('given a known caller, when they call, then the welcome and the main menu play, from the recorded prompts in Persian', async () => {
    const { h, channelId } = await knownCallerAtMainMenu();

    assert.deepEqual(h.played(channelId)[0], [IVR_PROMPTS.welcome, IVR_PROMPTS.mainMenu]);
    const play = h.double.restCalls.find((call) => call.path.includes('/play?'));
    assert.ok(play?.path.includes('lang=fa'));
    assert.equal(h.double.channel(channelId)?.state, 'Up');
  });

  it('given an unknown number, when the caller keys a known personnel code, then the main menu follows', async () => {
    harness = await TelephonyHarness.start();
    const h = harness;
    await h.person({ phone: '+989129999999', personnelCode: '4711' });
    const call = h.double.placeCall({ to: '1500', callerNumber: '02188776655' });
    await h.untilPlaying(call.channelId, IVR_PROMPTS.enterPersonnelCode);

    await h.double.pressDigits(call.channelId, '4711#');

    // Asked for, not caught playing: on a loaded machine the menu can end and be repeated between two looks.
    await h.until(() => h.heard(call.channelId).includes(IVR_PROMPTS.mainMenu), 'the main menu after the personnel code', 10_000);
    assert.equal(h.app.activeCalls()[0]?.flow.caller?.personId, 1);
  });

  it('given the main menu, when a key with no option is pressed and then nothing, then the caller is told and the menu repeated', async () => {
    const { h, channelId } = await knownCallerAtMainMenu();

    await h.double.pressDigits(channelId, '9');
    await h.until(() => h.heard(channelId).includes(IVR_PROMPTS.invalidChoice), 'the invalid-choice prompt');
    await h.until(() => h.heard(channelId).includes(IVR_PROMPTS.noInput), 'the no-input prompt after the timeout');

    assert.deepEqual(h.played(channelId).slice(1, 3), [
      [IVR_PROMPTS.invalidChoice, IVR_PROMPTS.mainMenu],
      [IVR_PROMPTS.noInput, IVR_PROMPTS.mainMenu],
    ]);
  });

  it('given the main menu, when 2 is pressed by a caller with one open request, then its status and Jalali date are spoken', async () => {
    const { h, personId, channelId } = await knownCallerAtMainMenu();
    await h.ticket({ trackingCode: code('2345678'), requesterPersonId: personId, status: 'inProgress', registeredAt: new Date('2025-11-11T08:00:00Z') });

    await h.double.pressDigits(channelId, '2');
    await h.untilPlaying(channelId, FOLLOW_UP_PROMPTS.request);

    const spoken = h.played(channelId).at(-1) ?? [];
    assert.deepEqual(spoken.slice(0, 10), [FOLLOW_UP_PROMPTS.request, ...digits(code('2345678')), 'status/in-progress']);
    // 2025-11-11 is 20 Aban 1404.
    assert.deepEqual(spoken.slice(10, 13), [FOLLOW_UP_PROMPTS.registeredOn, 'ordinal/20', 'month/aban']);
    assert.equal(spoken.at(-1), FOLLOW_UP_PROMPTS.afterStatus);
  });

  it('given several open requests, when the caller keys a tracking code, then the code is checked and that request spoken', async () => {
    const { h, personId, channelId } = await knownCallerAtMainMenu();
    await h.ticket({ trackingCode: code('1111111'), requesterPersonId: personId, status: 'routed' });
    await h.ticket({ trackingCode: code('2222222'), requesterPersonId: personId, status: 'postponed' });
    await h.ticket({ trackingCode: code('3333333'), requesterPersonId: null, requesterPhone: '+989350000000', status: 'inProgress' });

    await h.double.pressDigits(channelId, '2');
    await h.untilPlaying(channelId, FOLLOW_UP_PROMPTS.enterCode);
    await h.double.pressDigits(channelId, `${code('3333333')}#`, { durationMs: 40, gapMs: 40 });
    await h.until(() => h.heard(channelId).includes(FOLLOW_UP_PROMPTS.notFound), 'someone else’s code refused');
    await h.double.pressDigits(channelId, `${code('2222222')}#`, { durationMs: 40, gapMs: 40 });
    await h.untilPlaying(channelId, FOLLOW_UP_PROMPTS.request);

    assert.deepEqual(h.played(channelId).at(-1)?.slice(0, 10), [FOLLOW_UP_PROMPTS.request, ...digits(code('2222222')), 'status/postponed']);
  });

  it('given the training menu, when a tutorial is chosen, then it plays and the training menu follows', async () => {
    const { h, channelId } = await knownCallerAtMainMenu();

    await h.double.pressDigits(channelId, '3');
    await h.untilPlaying(channelId, IVR_PROMPTS.trainingMenu);
    await h.double.pressDigits(channelId, '3');
    await h.untilPlaying(channelId, TRAINING_PROMPTS.passwordReset);
    await h.until(() => h.played(channelId).length === 4, 'the training menu again');

    assert.deepEqual(h.played(channelId).slice(1), [[IVR_PROMPTS.trainingMenu], [TRAINING_PROMPTS.passwordReset], [IVR_PROMPTS.trainingMenu]]);
  });

  it('given the main menu, when 4 is pressed and a message left, then it becomes a voicemail ticket with its audio and the caller hears the tracking code', async () => {
    const { h, personId, channelId } = await knownCallerAtMainMenu();

    await h.double.pressDigits(channelId, '4');
    await h.untilPlaying(channelId, VOICEMAIL_PROMPTS.leaveMessage);
    await leaveMessage(h, channelId);
    await h.until(() => h.ticketDesk.voicemails.length === 1, 'the voicemail filed');
    await h.untilPlaying(channelId, VOICEMAIL_PROMPTS.saved);

    const [voicemail] = h.ticketDesk.voicemails;
    assert.equal(voicemail?.caller?.personId, personId);
    assert.equal(voicemail?.categoryCode, null);
    assert.equal(voicemail?.ivrPath, '4');
    assert.ok((voicemail?.seconds ?? 0) >= 1);
    assert.ok(fs.existsSync(path.join(h.filesDir, voicemail?.audio.storagePath ?? 'missing')));
    assert.deepEqual(h.played(channelId).at(-1), [VOICEMAIL_PROMPTS.saved, VOICEMAIL_PROMPTS.trackingCode, ...digits('10000001'), IVR_PROMPTS.goodbye]);
    const callKey = h.app.activeCalls()[0]?.key ?? '';
    await h.until(async () => (await h.callRow(callKey))?.outcome != null, 'the call row completed');
    const row = await h.callRow(callKey);
    assert.equal(row?.outcome, 'voicemail');
    assert.equal(Number(row?.ticket_id), 901);
  });

  it('given support › software with nobody logged in, when chosen, then the caller is offered voicemail filed under software', async () => {
    const { h, channelId } = await knownCallerAtMainMenu();

    await h.double.pressDigits(channelId, '1');
    await h.untilPlaying(channelId, IVR_PROMPTS.supportMenu);
    await h.double.pressDigits(channelId, '1');
    await h.until(() => h.heard(channelId).includes(VOICEMAIL_PROMPTS.noOperator), 'the voicemail offer');
    await leaveMessage(h, channelId);
    await h.until(() => h.ticketDesk.voicemails.length === 1, 'the voicemail filed');

    assert.equal(h.ticketDesk.voicemails[0]?.categoryCode, 'SW');
    assert.ok(h.heard(channelId).includes(QUEUE_PROMPTS.pleaseWait));
  });

  it('given the desk closed, when someone calls, then the after-hours notice plays and a message can be left', async () => {
    harness = await TelephonyHarness.start({ open: false });
    const h = harness;
    const call = h.double.placeCall({ to: '1500', callerNumber: '09121234567' });

    await h.untilPlaying(call.channelId, IVR_PROMPTS.afterHours);
    await leaveMessage(h, call.channelId);
    await h.until(() => h.ticketDesk.voicemails.length === 1, 'the voicemail filed');

    assert.deepEqual(h.played(call.channelId)[0], [IVR_PROMPTS.afterHours, VOICEMAIL_PROMPTS.leaveMessage]);
    assert.equal(h.ticketDesk.voicemails[0]?.caller, null);
    assert.equal(h.ticketDesk.voicemails[0]?.phone, '+989121234567');
  });

  it('given an administrator’s new IVR version, when activated and reloaded, then new calls follow it', async () => {
    const { h } = await knownCallerAtMainMenu();
    const { activateIvrVersion, createIvrVersion } = await import('../../database/telephony/ivr-definitions.js');
    const definition = { ...TEST_IVR_DEFINITION, welcomePrompts: [] };
    await h.db.transaction(async (tx) => {
      const version = await createIvrVersion(tx.sql, { definition, comment: 'no welcome', createdByUserId: 1, at: new Date() });
      await activateIvrVersion(tx.sql, version, new Date());
    });

    await h.command({ kind: 'reloadIvr' });
    const call = h.double.placeCall({ to: '1500', callerNumber: '09121234567' });
    await h.untilPlaying(call.channelId, IVR_PROMPTS.mainMenu);

    assert.deepEqual(h.played(call.channelId)[0], [IVR_PROMPTS.mainMenu]);
    assert.equal(h.app.ivrVersion, 2);
  });
});
