import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FEEDBACK_PROMPTS, IVR_PROMPTS } from '../telephony-prompts.js';
import { FlowDriver } from '../test-support/flow-driver.js';
import { afterFailedDial, DEFAULT_FEEDBACK_CALL_POLICY } from './feedback-call-policy.js';
import { FeedbackSurveyFlow } from './feedback-survey-flow.js';

function survey(maxAttempts = 2) {
  const flow = new FeedbackSurveyFlow({ trackingCode: '4071', callKey: 'f1', firstDigitTimeoutMs: 6000, maxAttempts });
  const driver = new FlowDriver(flow);
  driver.start();
  return { flow, driver };
}

describe('FeedbackSurveyFlow', () => {
  it('given an answered feedback call, when it starts, then the request is named and a score from 1 to 5 is asked', () => {
    const { driver } = survey();

    assert.deepEqual(driver.playing, [FEEDBACK_PROMPTS.intro, 'number/4', 'number/0', 'number/7', 'number/1', FEEDBACK_PROMPTS.introEnd, FEEDBACK_PROMPTS.question]);
  });

  it('given the question, when the requester presses 4, then the score is kept, thanks are said and the call ends', () => {
    const { flow, driver } = survey();

    driver.press('4');

    assert.deepEqual(flow.response, { kind: 'answered', score: 4, comment: null });
    assert.deepEqual(driver.playing, [FEEDBACK_PROMPTS.thanks]);
    assert.deepEqual(driver.kinds(driver.finishPlayback()), ['hangup']);
    assert.equal(flow.ended, true);
  });

  it('given the question, when a key outside 1–5 is pressed, then it is asked again', () => {
    const { flow, driver } = survey();

    driver.press('9');

    assert.deepEqual(driver.playing, [FEEDBACK_PROMPTS.invalid, FEEDBACK_PROMPTS.question]);
    driver.press('2');
    assert.deepEqual(flow.response, { kind: 'answered', score: 2, comment: null });
  });

  it('given silence every time, when the attempts run out, then the call ends without an answer', () => {
    const { flow, driver } = survey();
    driver.finishPlayback();
    driver.advance(6000);
    assert.deepEqual(driver.playing, [IVR_PROMPTS.noInput, FEEDBACK_PROMPTS.question]);
    driver.finishPlayback();

    driver.advance(6000);

    assert.deepEqual(driver.playing, [IVR_PROMPTS.goodbye]);
    assert.deepEqual(flow.response, { kind: 'noAnswer' });
  });

  it('given the requester hangs up before answering, when the call ends, then there is no answer', () => {
    const { flow, driver } = survey();

    driver.send({ kind: 'hungUp' });

    assert.equal(flow.ended, true);
    assert.deepEqual(flow.response, { kind: 'noAnswer' });
  });
});

describe('afterFailedDial', () => {
  it('given the default policy, when a dial fails, then it is tried once more five minutes later, then given up', () => {
    assert.deepEqual(afterFailedDial(DEFAULT_FEEDBACK_CALL_POLICY, 1, 'busy'), { kind: 'retry', afterMs: 5 * 60_000 });
    assert.deepEqual(afterFailedDial(DEFAULT_FEEDBACK_CALL_POLICY, 2, 'noAnswer'), { kind: 'giveUp' });
  });

  it('given a policy of three dials, when they fail, then the third is the last', () => {
    const policy = { ...DEFAULT_FEEDBACK_CALL_POLICY, maxDialAttempts: 3 };
    assert.equal(afterFailedDial(policy, 2, 'unreachable').kind, 'retry');
    assert.equal(afterFailedDial(policy, 3, 'noAnswer').kind, 'giveUp');
  });

  it('given attempt 0, when asked, then it is refused', () => {
    assert.throws(() => afterFailedDial(DEFAULT_FEEDBACK_CALL_POLICY, 0, 'busy'), RangeError);
  });
});
