import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { FEEDBACK_PROMPTS, IVR_PROMPTS } from '../../core/telephony/telephony-prompts.js';
import { storeTelephonyCommand, telephonyCommandResult } from '../../database/telephony/telephony-commands.js';
import { TelephonyHarness } from '../test-support/telephony-harness.js';

let harness: TelephonyHarness | undefined;

afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const REQUESTER = '+989121234567';
/** The requester's phone as the trunk is dialled: the national number. */
const DIALLED = '09121234567';

/** Stores the survey call as the `call.place` worker does and returns the command's id. */
async function placeSurvey(h: TelephonyHarness): Promise<number> {
  const ticketId = await h.ticket({ trackingCode: '40000005', requesterPhone: REQUESTER, status: 'resolved' });
  const commandId = await h.db.transaction((tx) => storeTelephonyCommand(tx.sql, { kind: 'feedbackCall', ticketId, trackingCode: '40000005', phone: REQUESTER, dialAttempt: 1 }, { at: new Date(h.time.now()) }));
  h.bus.publish({ type: 'telephony.command', commandId, at: new Date() });
  return commandId;
}

const requesterChannel = (h: TelephonyHarness) => h.double.state().channels.find((channel) => channel.name.startsWith(`PJSIP/${DIALLED}-`));

describe('feedback calls against the ARI double', () => {
  it('given a survey call, when the requester answers and presses 4, then the request is named, the score kept and the call thanked and ended', async () => {
    harness = await TelephonyHarness.start();
    const h = harness;
    h.double.setEndpoint(DIALLED, { state: 'online', behaviour: { kind: 'manual' } });
    const commandId = await placeSurvey(h);

    await h.until(() => requesterChannel(h)?.state === 'Ringing', 'the requester’s phone ringing');
    const channelId = requesterChannel(h)?.id as string;
    h.double.answerRinging(channelId);
    await h.untilPlaying(channelId, FEEDBACK_PROMPTS.intro);
    await h.double.pressDigits(channelId, '4');
    await h.until(async () => (await telephonyCommandResult(h.db.read, commandId)) !== undefined, 'the command done');

    assert.deepEqual((await telephonyCommandResult(h.db.read, commandId))?.result, { surveyResponse: { kind: 'answered', score: 4, comment: null } });
    assert.deepEqual(h.played(channelId)[0], [FEEDBACK_PROMPTS.intro, ...[...'40000005'].map((d) => `number/${d}`), FEEDBACK_PROMPTS.introEnd, FEEDBACK_PROMPTS.question]);
    assert.deepEqual(h.played(channelId).at(-1), [FEEDBACK_PROMPTS.thanks]);
    await h.until(() => requesterChannel(h) === undefined, 'the hangup');
    const [row] = await h.db.read.all<Record<string, unknown>>("SELECT * FROM calls WHERE purpose = 'feedback'");
    assert.equal(row?.direction, 'outbound');
    assert.equal(row?.outcome, 'answered');
  });

  it('given a requester who keys 9 and then nothing, when the attempts run out, then the survey ends without an answer', async () => {
    harness = await TelephonyHarness.start();
    const h = harness;
    h.double.setEndpoint(DIALLED, { state: 'online', behaviour: { kind: 'answer', afterMs: 500 } });
    const commandId = await placeSurvey(h);
    await h.until(() => requesterChannel(h)?.state === 'Up', 'answered');
    const channelId = requesterChannel(h)?.id as string;
    await h.untilPlaying(channelId, FEEDBACK_PROMPTS.intro);

    await h.double.pressDigits(channelId, '9');
    await h.until(async () => (await telephonyCommandResult(h.db.read, commandId)) !== undefined, 'the command done', 10_000);

    assert.deepEqual((await telephonyCommandResult(h.db.read, commandId))?.result, { surveyResponse: { kind: 'noAnswer' } });
    assert.deepEqual(h.played(channelId).slice(1), [[FEEDBACK_PROMPTS.invalid, FEEDBACK_PROMPTS.question], [IVR_PROMPTS.noInput, FEEDBACK_PROMPTS.question], [IVR_PROMPTS.goodbye]]);
  });

  it('given a requester who does not pick up, when the ring times out, then a redial is stored for later per the dial policy, and after the last one it is not answered', async () => {
    harness = await TelephonyHarness.start({ feedbackCallPolicy: { maxDialAttempts: 2, retryAfterMs: 10_000, ringTimeoutMs: 5000 } });
    const h = harness;
    h.double.setEndpoint(DIALLED, { state: 'online', behaviour: { kind: 'no-answer' } });
    const commandId = await placeSurvey(h);

    await h.until(async () => (await telephonyCommandResult(h.db.read, commandId)) !== undefined, 'the first dial given up');
    const first = (await telephonyCommandResult(h.db.read, commandId))?.result as { next: number; failure: string };
    assert.equal(first.failure, 'noAnswer');
    const [redial] = await h.db.read.all<{ due_at: unknown; payload: string }>('SELECT due_at, payload FROM telephony_commands WHERE id = ?', [first.next]);
    assert.equal(JSON.parse(redial?.payload ?? '{}').dialAttempt, 2);
    await h.until(async () => (await telephonyCommandResult(h.db.read, first.next)) !== undefined, 'the redial given up', 8000);

    assert.deepEqual((await telephonyCommandResult(h.db.read, first.next))?.result, { surveyResponse: { kind: 'noAnswer' }, failure: 'noAnswer' });
  });

  it('given a busy line, when dialled, then it counts as busy', async () => {
    harness = await TelephonyHarness.start({ feedbackCallPolicy: { maxDialAttempts: 1, retryAfterMs: 10_000, ringTimeoutMs: 5000 } });
    const h = harness;
    h.double.setEndpoint(DIALLED, { state: 'online', behaviour: { kind: 'reject', afterMs: 300 } });
    const commandId = await placeSurvey(h);

    await h.until(async () => (await telephonyCommandResult(h.db.read, commandId)) !== undefined, 'the dial given up');

    assert.deepEqual((await telephonyCommandResult(h.db.read, commandId))?.result, { surveyResponse: { kind: 'noAnswer' }, failure: 'busy' });
  });
});
