// The kit and fixtures open their database with createTestDatabase, so `npm test` runs this file on SQLite and again on PostgreSQL.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { CALL_PURPOSES, MESSAGES, TASK_TYPES, USER_TASKS } from '../../processes/contract.js';
import type { Job } from '../job-worker.js';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../test-kit/process-test-kit.js';

const processes = path.resolve(import.meta.dirname, '../../processes');
const models = [path.join(processes, 'ticket-lifecycle.bpmn'), path.join(processes, 'feedback.bpmn')];

/** What the stubs of the process's jobs return, set by each test. */
interface Script {
  plans: Array<{ handlingGroups: string[]; escalationDueAt: string | null }>;
  escalated: boolean[];
  survey: 'agent' | 'phone';
  surveyConclusions: string[];
}

for (const engine of enginesUnderTest) {
  describe(`ticket lifecycle and feedback models [${engine}]`, () => {
    let kit: ProcessTestKit;
    let script: Script;
    let sms: string[];
    let resumed = 0;
    let ticketId = 0;

    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(...models);
      kit.handle(TASK_TYPES.ticketRoute, (job) => job.complete());
      kit.handle(TASK_TYPES.smsSend, (job: Job) => {
        sms.push(job.customHeaders.event ?? '?');
        return job.complete();
      });
      kit.handle(TASK_TYPES.ticketSla, (job) => job.complete(script.plans.shift() ?? { handlingGroups: ['position:4'], escalationDueAt: null }));
      kit.handle(TASK_TYPES.ticketResume, (job) => {
        resumed += 1;
        return job.complete();
      });
      kit.handle(TASK_TYPES.ticketEscalate, (job) => job.complete({ escalated: script.escalated.shift() ?? true }));
      kit.handle(TASK_TYPES.feedbackPrepare, (job) => job.complete({ feedbackGroups: ['role:feedbackAgent'], feedbackSurvey: script.survey, feedbackRetryAfter: 'PT4H' }));
      kit.handle(TASK_TYPES.callPlace, (job: Job) => {
        assert.equal(job.customHeaders.purpose, CALL_PURPOSES.satisfactionSurvey);
        return job.complete({ surveyResponse: { kind: 'answered', score: 5, comment: null } });
      });
      kit.handle(TASK_TYPES.feedbackRecord, (job) => job.complete({ feedbackConclusion: script.surveyConclusions.shift() ?? 'closed' }));
    });
    after(() => kit.dispose());
    beforeEach(() => {
      script = { plans: [], escalated: [], survey: 'agent', surveyConclusions: [] };
      sms = [];
      ticketId += 1;
    });

    const start = async (resolvedOnRegistration = false) => (await kit.start('ticket-lifecycle', { ticketId, trackingCode: `1000${ticketId}`, resolvedOnRegistration })).processInstanceKey;
    const handle = (key: string, variables: Record<string, unknown>) => kit.userTask(key, USER_TASKS.handle).then((task) => kit.completeUserTask(task, variables));
    const feedbackTask = () => kit.eventually(async () => (await kit.userTasks({ candidateGroups: ['role:feedbackAgent'] }))[0], 'a feedback task');
    const answerFeedback = async (feedbackConclusion: string) => kit.completeUserTask(await feedbackTask(), { feedbackConclusion });

    it('given a ticket, when it is routed, handled, resolved and the requester is satisfied, then it ends closed with an SMS at each step', async () => {
      const key = await start();
      const task = await kit.userTask(key, USER_TASKS.handle);
      assert.deepEqual([...task.candidateGroups], ['position:4']);
      await handle(key, { handlingOutcome: 'resolved' });
      await answerFeedback('closed');
      await kit.waitForState(key, 'COMPLETED');
      assert.deepEqual(sms, ['ticket.registered', 'ticket.resolved', 'ticket.closed']);
      assert.deepEqual(
        (await kit.completed(key)).filter((id) => id.startsWith('Task_') || id.startsWith('Call_')),
        ['Task_route', 'Task_sms_registered', 'Task_plan', 'Task_handle', 'Task_sms_resolved', 'Call_feedback', 'Task_sms_closed'],
      );
    });

    it('given an operator resolved it on the spot, when the process starts, then it goes straight to feedback', async () => {
      const key = await start(true);
      await answerFeedback('closed');
      await kit.waitForState(key, 'COMPLETED');
      assert.ok(!(await kit.completed(key)).includes('Task_route'));
      assert.deepEqual(sms, ['ticket.resolved', 'ticket.closed']);
    });

    it('given a referral, when the handling task completes as referred, then the step is planned again for the new cartable', async () => {
      script.plans.push({ handlingGroups: ['position:4'], escalationDueAt: null }, { handlingGroups: ['position:6'], escalationDueAt: null });
      const key = await start();
      await handle(key, { handlingOutcome: 'referred' });
      assert.deepEqual([...(await kit.userTask(key, USER_TASKS.handle)).candidateGroups], ['position:6']);
    });

    it('given a parallel referral, when each part is done, then the ticket comes back to be handled only after the last', async () => {
      const key = await start();
      await handle(key, { handlingOutcome: 'referredInParallel', referralParts: ['position:6', 'position:3'] });
      const parts = await kit.userTasks({ processInstanceKey: key, elementId: USER_TASKS.handlePart });
      assert.deepEqual(parts.map((part) => part.candidateGroups[0]).sort(), ['position:3', 'position:6']);
      await kit.completeUserTask(parts[0]!);
      assert.deepEqual(await kit.userTasks({ processInstanceKey: key, elementId: USER_TASKS.handle }), []);
      await kit.completeUserTask(parts[1]!);
      await kit.userTask(key, USER_TASKS.handle);
    });

    it('given a postponement, when its date comes, then the ticket is back in the cartable; taken up early by message, it is back at once', async () => {
      const key = await start();
      const until = new Date(kit.now().getTime() + 86_400_000).toISOString();
      await handle(key, { handlingOutcome: 'postponed', postponedUntil: until });
      await kit.advance('PT23H');
      assert.deepEqual(await kit.userTasks({ processInstanceKey: key, elementId: USER_TASKS.handle }), []);
      await kit.advance('PT1H');
      await kit.userTask(key, USER_TASKS.handle);
      assert.equal(resumed, 1, 'the ticket was put back in its cartable');

      await handle(key, { handlingOutcome: 'postponed', postponedUntil: new Date(kit.now().getTime() + 86_400_000).toISOString() });
      await kit.publish({ name: MESSAGES.resumed, correlationKey: String(ticketId), timeToLiveMs: 0 });
      await kit.userTask(key, USER_TASKS.handle);
      assert.equal(resumed, 1, 'taken up early, the start already did that');
    });

    it('given a question to the requester, when the answer message comes, then the ticket is back; the SMS went first', async () => {
      const key = await start();
      await handle(key, { handlingOutcome: 'informationRequested' });
      assert.deepEqual(sms.slice(-1), ['ticket.informationRequested']);
      await kit.advance('P3D');
      assert.deepEqual(await kit.userTasks({ processInstanceKey: key, elementId: USER_TASKS.handle }), [], 'it waits however long it takes');
      await kit.publish({ name: MESSAGES.informationProvided, correlationKey: String(ticketId), timeToLiveMs: 60_000 });
      await kit.userTask(key, USER_TASKS.handle);
    });

    it('given an escalation due time, when nobody acts by then, then the ticket is escalated, both responsibles are told and it is planned again', async () => {
      const due = new Date(kit.now().getTime() + 2 * 3_600_000).toISOString();
      script.plans.push({ handlingGroups: ['position:4'], escalationDueAt: due }, { handlingGroups: ['position:3'], escalationDueAt: null });
      const key = await start();
      const task = await kit.userTask(key, USER_TASKS.handle);
      assert.equal(Date.parse(task.dueDate ?? ''), Date.parse(due), 'the cartable shows when it escalates');
      await kit.advance('PT1H59M');
      assert.equal((await kit.userTask(key, USER_TASKS.handle)).key, task.key);
      await kit.advance('PT1M');
      const next = await kit.userTask(key, USER_TASKS.handle);
      assert.notEqual(next.key, task.key);
      assert.deepEqual([...next.candidateGroups], ['position:3']);
      assert.deepEqual(sms, ['ticket.registered', 'ticket.escalated']);
      await kit.advance('P30D');
      assert.equal((await kit.userTask(key, USER_TASKS.handle)).key, next.key, 'no escalation pending: the timer never fires');
    });

    it('given the escalation timer fired but the ticket was no longer due, when the step says so, then nobody is told and the step is planned again', async () => {
      script.plans.push({ handlingGroups: ['position:4'], escalationDueAt: kit.now().toISOString() });
      script.escalated.push(false);
      const key = await start();
      await kit.userTask(key, USER_TASKS.handle);
      assert.deepEqual(sms, ['ticket.registered']);
      assert.equal((await kit.completed(key)).filter((id) => id === 'Task_plan').length, 2);
    });

    it('given a holder escalates by hand, when the handling task completes as escalated, then the escalation SMS goes and it is planned again', async () => {
      const key = await start();
      await handle(key, { handlingOutcome: 'escalated' });
      await kit.userTask(key, USER_TASKS.handle);
      assert.deepEqual(sms, ['ticket.registered', 'ticket.escalated']);
    });

    it('given an unsatisfied requester, when feedback concludes rework, then the ticket is handled again and asked again after resolution (the rework loop)', async () => {
      script.plans.push({ handlingGroups: ['position:4'], escalationDueAt: null }, { handlingGroups: ['position:3'], escalationDueAt: null });
      const key = await start();
      await handle(key, { handlingOutcome: 'resolved' });
      await answerFeedback('rework');
      const rework = await kit.userTask(key, USER_TASKS.handle);
      assert.deepEqual([...rework.candidateGroups], ['position:3'], 'the senior reworks it');
      await kit.completeUserTask(rework, { handlingOutcome: 'resolved' });
      await answerFeedback('closed');
      await kit.waitForState(key, 'COMPLETED');
      assert.equal((await kit.completed(key)).filter((id) => id === 'Call_feedback').length, 2);
    });

    it('given nobody answers the feedback call, when asked again later, then a new task appears after the wait', async () => {
      const key = await start(true);
      await answerFeedback('askAgain');
      await kit.advance('PT3H59M');
      assert.deepEqual(await kit.userTasks({ candidateGroups: ['role:feedbackAgent'] }), []);
      await kit.advance('PT1M');
      await answerFeedback('closed');
      await kit.waitForState(key, 'COMPLETED');
    });

    it('given the automated survey, when the call answers, then the answer is recorded and concludes, with no agent involved', async () => {
      script.survey = 'phone';
      script.surveyConclusions.push('askAgain', 'closed');
      const key = await start(true);
      await kit.advance('PT4H');
      await kit.waitForState(key, 'COMPLETED');
      assert.deepEqual(await kit.userTasks({ candidateGroups: ['role:feedbackAgent'] }), []);
    });

    for (const [where, reach] of [
      ['in a cartable', async () => {}],
      ['waiting for the requester', async (key: string) => handle(key, { handlingOutcome: 'informationRequested' })],
      ['in feedback', async (key: string) => handle(key, { handlingOutcome: 'resolved' })],
    ] as const) {
      it(`given a ticket ${where}, when it is closed early, then the process ends there and the requester is told`, async () => {
        const key = await start();
        await kit.userTask(key, USER_TASKS.handle);
        await reach(key);
        await kit.publish({ name: MESSAGES.closed, correlationKey: String(ticketId), timeToLiveMs: 0 });
        await kit.waitForState(key, 'COMPLETED');
        assert.equal(sms.at(-1), 'ticket.closed');
        assert.deepEqual(await kit.userTasks({ processInstanceKey: key }), []);
        assert.deepEqual(await kit.userTasks({ candidateGroups: ['role:feedbackAgent'] }), [], 'a running feedback ends with it');
      });
    }
  });
}
