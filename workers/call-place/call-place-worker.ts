import { z } from 'zod';
import type { DomainEventSink } from '../../core/events/domain-events.js';
import type { Clock } from '../../core/time/clock.js';
import type { Database } from '../../database/database.js';
import { surveyTarget } from '../../database/telephony/survey-target.js';
import { storeTelephonyCommand } from '../../database/telephony/telephony-commands.js';
import type { JobHandler, JobWorkerOptions } from '../../engine/job-worker.js';
import { CALL_PURPOSES, TASK_HEADERS, TASK_TYPES, VARIABLES } from '../../processes/contract.js';
import { awaitSurveyResponse } from './await-survey-response.js';

const variables = z.object({ [VARIABLES.ticketId]: z.number().int().positive() });
const headers = z.object({ [TASK_HEADERS.purpose]: z.enum([CALL_PURPOSES.satisfactionSurvey]) });

export interface CallPlaceDeps {
  readonly db: Database;
  readonly clock: Clock;
  /** Wakes the telephony process when it shares this process's event bus. */
  readonly events?: DomainEventSink;
  /** How often the call's result is looked for. */
  readonly pollMs?: number;
  /** How long one job may wait for the call (dials and redials); the engine hands it out again after. */
  readonly timeoutMs?: number;
}

/** Time kept back before the job's deadline to report that the call is still going. */
const DEADLINE_MARGIN_MS = 5000;
const DEFAULT_TIMEOUT_MS = 30 * 60_000;

/**
 * `call.place` for the satisfaction survey: leaves a feedback call for the telephony process (one
 * per job, however often the job is handed out), waits for it to end, and completes with
 * `surveyResponse`. A ticket without a number to dial is not answered.
 */
export function callPlaceHandler(deps: CallPlaceDeps): JobHandler {
  const now = () => deps.clock.now().getTime();
  return async (job) => {
    const { ticketId } = variables.parse(job.variables);
    headers.parse(job.customHeaders);
    const target = await surveyTarget(deps.db.read, ticketId);
    if (target?.phone == null) return job.complete({ [VARIABLES.surveyResponse]: { kind: 'noAnswer' } });
    const phone = target.phone;
    const commandId = await deps.db.transaction((tx) =>
      storeTelephonyCommand(tx.sql, { kind: 'feedbackCall', ticketId, trackingCode: target.trackingCode, phone, dialAttempt: 1 }, { at: deps.clock.now(), idempotencyKey: `call.place:${job.key}` }),
    );
    deps.events?.publish({ type: 'telephony.command', commandId, at: deps.clock.now() });
    const response = await awaitSurveyResponse(deps.db, commandId, job.deadline.getTime() - DEADLINE_MARGIN_MS, { pollMs: deps.pollMs ?? 1000, now });
    if (response === undefined) {
      // Still ringing or waiting to redial: the job comes back and waits on the same call.
      return job.fail({ errorMessage: 'the survey call has not ended yet', retries: job.retries, retryBackoffMs: 1000 });
    }
    return job.complete({ [VARIABLES.surveyResponse]: response });
  };
}

export function callPlaceWorker(deps: CallPlaceDeps): JobWorkerOptions {
  return {
    taskType: TASK_TYPES.callPlace,
    handler: callPlaceHandler(deps),
    fetchVariables: [VARIABLES.ticketId],
    timeoutMs: deps.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxJobsActive: 64,
  };
}
