import { BusinessRuleError } from '../../core/errors/business-rule-error.js';
import { positionGroup } from '../../core/tickets/candidate-groups.js';
import { TICKET_NOT_AWAITING_ACTION } from '../../core/tickets/ticket-rule-codes.js';
import type { FeedbackConclusion, HandlingDecision, TicketWorkflow } from '../../core/tickets/ticket-workflow.js';
import type { Tx } from '../../database/database.js';
import { MESSAGES, PROCESS_IDS, USER_TASKS, VARIABLES as V } from '../../processes/contract.js';
import { EngineNotFoundError, EngineRejectionError } from '../engine-errors.js';
import type { ProcessEngine } from '../process-engine.js';
import type { UserTask } from '../user-task.js';
import type { Variables } from '../variables.js';

/** How long the requester's answer waits for the process to reach its message catch (it is on its way there). */
const ANSWER_TTL_MS = 7 * 24 * 3_600_000;

function notAwaiting(what: string): BusinessRuleError {
  return new BusinessRuleError(TICKET_NOT_AWAITING_ACTION, `the ticket's process is not waiting for ${what}`);
}

/**
 * The ticket use cases' view of the ticket processes, on a process engine, inside one unit of work:
 * every command is applied in the same transaction as the domain change (the embedded engine writes
 * its rows in it; the Zeebe adapter records the command in its outbox in it).
 */
export class EngineTicketWorkflow implements TicketWorkflow {
  constructor(
    private readonly engine: ProcessEngine,
    private readonly tx: Tx,
  ) {}

  async start(ticket: { id: number; trackingCode: string; resolvedOnRegistration: boolean }, actor: string): Promise<string> {
    const variables = { [V.ticketId]: ticket.id, [V.trackingCode]: ticket.trackingCode, [V.resolvedOnRegistration]: ticket.resolvedOnRegistration };
    const instance = await this.engine.startProcess(PROCESS_IDS.ticketLifecycle, variables, { tx: this.tx, businessKey: String(ticket.id), actor });
    return instance.processInstanceKey;
  }

  private async complete(task: UserTask | undefined, variables: Variables, actor: string, what: string): Promise<void> {
    if (task === undefined) throw notAwaiting(what);
    try {
      await this.engine.completeUserTask(task.key, variables, { tx: this.tx, actor });
    } catch (error) {
      // The task ended between finding and completing it (its escalation timer fired, say).
      if (error instanceof EngineNotFoundError || error instanceof EngineRejectionError) throw notAwaiting(what);
      throw error;
    }
  }

  async completeHandling(processInstanceKey: string, decision: HandlingDecision, actor: string): Promise<void> {
    const [task] = await this.engine.listUserTasks({ processInstanceKey, elementId: USER_TASKS.handle });
    const variables: Variables = { [V.handlingOutcome]: decision.outcome };
    if (decision.outcome === 'postponed') variables[V.postponedUntil] = decision.until.toISOString();
    if (decision.outcome === 'referredInParallel') variables[V.referralParts] = decision.partPositionIds.map(positionGroup);
    await this.complete(task, variables, actor, 'a handling decision');
  }

  async completePart(processInstanceKey: string, positionId: string, actor: string): Promise<void> {
    const tasks = await this.engine.listUserTasks({ processInstanceKey, elementId: USER_TASKS.handlePart });
    const group = positionGroup(positionId);
    await this.complete(
      tasks.find((task) => task.candidateGroups.includes(group)),
      {},
      actor,
      `the part of ${group}`,
    );
  }

  async completeFeedback(feedbackProcessInstanceKey: string, conclusion: FeedbackConclusion, actor: string): Promise<void> {
    const [task] = await this.engine.listUserTasks({ processInstanceKey: feedbackProcessInstanceKey, elementId: USER_TASKS.askFeedback });
    await this.complete(task, { [V.feedbackConclusion]: conclusion }, actor, 'feedback');
  }

  async resumePostponed(ticketId: number, actor: string): Promise<void> {
    // Time to live 0: when the postponement is already over nobody waits, and nothing should.
    await this.engine.publishMessage({ name: MESSAGES.resumed, correlationKey: String(ticketId), timeToLiveMs: 0 }, { tx: this.tx, actor });
  }

  async informationProvided(ticketId: number, actionId: string, actor: string): Promise<void> {
    await this.engine.publishMessage({ name: MESSAGES.informationProvided, correlationKey: String(ticketId), timeToLiveMs: ANSWER_TTL_MS, messageId: `answer-${actionId}` }, { tx: this.tx, actor });
  }

  async closed(ticketId: number, actor: string): Promise<void> {
    await this.engine.publishMessage({ name: MESSAGES.closed, correlationKey: String(ticketId), timeToLiveMs: 0 }, { tx: this.tx, actor });
  }
}
