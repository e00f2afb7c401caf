import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { systemPrincipal } from '../access/principal.js';
import { ForbiddenError } from '../errors/forbidden-error.js';
import { ValidationError } from '../errors/validation-error.js';
import { prepareFeedback } from './prepare-feedback.js';
import { recordFeedback } from './record-feedback.js';
import { recordSurveyFeedback } from './record-survey-feedback.js';
import { reopenTicket } from './reopen-ticket.js';
import { resolveTicket } from './resolve-ticket.js';
import { startTicket } from './start-ticket.js';
import { P } from './test-support/sample-policy.js';
import { expert, feedbackAgent, fixture, lead, requesterSara, routedVpnTicket, type Fixture } from './test-support/ticket-fixture.js';

async function resolvedTicket(f: Fixture): Promise<number> {
  const ticketId = await routedVpnTicket(f);
  await startTicket(f.deps, { ticketId, actor: expert });
  await resolveTicket(f.deps, { ticketId, actor: expert, resolution: 'پروفایل وی‌پی‌ان بازنشانی شد' });
  const prepared = await prepareFeedback(f.deps, { ticketId, processInstanceKey: 'feedback-1', actor: systemPrincipal });
  assert.deepEqual(prepared, { candidateGroups: ['role:feedbackAgent'], survey: 'agent', retryAfter: 'PT4H' });
  return ticketId;
}

describe('feedback', () => {
  it('given a satisfied requester, when the agent records a 4, then the ticket closes and the feedback task completes as closed', async () => {
    const f = fixture();
    const ticketId = await resolvedTicket(f);
    const outcome = await recordFeedback(f.deps, { ticketId, actor: feedbackAgent, response: { kind: 'answered', score: 4, comment: 'ممنون' } });
    assert.equal(outcome.result, 'closed');
    assert.equal(f.store.row(ticketId).model.closeReason, 'satisfied');
    assert.deepEqual(f.store.workflowCalls.at(-1)?.args.slice(0, 2), ['feedback-1', 'closed']);
  });

  it('given an unsatisfied requester, when the agent records a 2, then the ticket is reopened for the resolver’s senior', async () => {
    const f = fixture();
    const ticketId = await resolvedTicket(f);
    const outcome = await recordFeedback(f.deps, { ticketId, actor: feedbackAgent, response: { kind: 'answered', score: 2, comment: 'هنوز وصل نمی‌شود' } });
    assert.equal(outcome.result, 'rework');
    assert.equal(f.store.row(ticketId).model.status, 'routed');
    assert.deepEqual(f.store.row(ticketId).assignments, [P.networkLead]);
  });

  it('given a configurable threshold, when it is 3, then a 3 is rework too', async () => {
    const f = fixture({ feedback: { unsatisfiedAtOrBelow: 3, maxAttempts: 3 } });
    const ticketId = await resolvedTicket(f);
    assert.equal((await recordFeedback(f.deps, { ticketId, actor: feedbackAgent, response: { kind: 'answered', score: 3, comment: null } })).result, 'rework');
  });

  it('given nobody answers, when attempts run out, then the ticket closes as no feedback', async () => {
    const f = fixture({ feedback: { unsatisfiedAtOrBelow: 2, maxAttempts: 2 } });
    const ticketId = await resolvedTicket(f);
    assert.equal((await recordFeedback(f.deps, { ticketId, actor: feedbackAgent, response: { kind: 'noAnswer' } })).result, 'askAgain');
    assert.equal(f.store.row(ticketId).model.status, 'resolved');
    assert.equal((await recordFeedback(f.deps, { ticketId, actor: feedbackAgent, response: { kind: 'noAnswer' } })).result, 'closed');
    assert.equal(f.store.row(ticketId).model.closeReason, 'noFeedback');
  });

  it('given a score out of range, when recorded, then the score field is named', async () => {
    const f = fixture();
    const ticketId = await resolvedTicket(f);
    await assert.rejects(recordFeedback(f.deps, { ticketId, actor: feedbackAgent, response: { kind: 'answered', score: 9, comment: null } }), (error) => error instanceof ValidationError && error.problems[0]?.field === 'score');
  });

  it('given the requester or the expert, when they record feedback, then only feedback agents may', async () => {
    const f = fixture();
    const ticketId = await resolvedTicket(f);
    await assert.rejects(recordFeedback(f.deps, { ticketId, actor: requesterSara, response: { kind: 'answered', score: 5, comment: null } }), ForbiddenError);
    await assert.rejects(recordFeedback(f.deps, { ticketId, actor: expert, response: { kind: 'answered', score: 5, comment: null } }), ForbiddenError);
  });

  it('given an automated survey answered 1, when recorded by the process, then it is rework, also when the step is repeated', async () => {
    const f = fixture();
    const ticketId = await resolvedTicket(f);
    const command = { ticketId, actor: systemPrincipal, response: { kind: 'answered', score: 1, comment: null } as const, idempotencyKey: 'job:9' };
    assert.equal(await recordSurveyFeedback(f.deps, command), 'rework');
    assert.equal(await recordSurveyFeedback(f.deps, command), 'rework');
    assert.equal(f.store.row(ticketId).actions.filter((action) => action.action.kind === 'feedback').length, 1);
  });

  it('given a supervisor of the resolver, when reopening by hand, then the senior gets it and the feedback task completes as rework', async () => {
    const f = fixture();
    const ticketId = await resolvedTicket(f);
    await reopenTicket(f.deps, { ticketId, actor: lead, reason: 'the fix does not last' });
    assert.deepEqual(f.store.row(ticketId).assignments, [P.networkLead]);
    assert.deepEqual(f.store.workflowCalls.at(-1)?.args.slice(0, 2), ['feedback-1', 'rework']);
  });
});
