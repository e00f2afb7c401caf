import type { DomainEvent } from '../../events/domain-events.js';
import type { RecordedTicketAction } from '../recorded-ticket-action.js';
import type { StoredTicket } from '../stored-ticket.js';
import type { TicketAction } from '../ticket-action.js';
import type { NewTicketAttachment, TicketAttachment } from '../ticket-attachment.js';
import type { Contact, PersonRecord, TicketDirectory } from '../ticket-contacts.js';
import type { TicketDeps } from '../ticket-deps.js';
import type { TicketPolicy } from '../ticket-policy.js';
import type { TicketReadModel } from '../ticket-read-model.js';
import type { AppendOptions, TicketRepository } from '../ticket-repository.js';
import type { TicketStore, TicketUnitOfWork } from '../ticket-store.js';
import type { TicketWorkflow } from '../ticket-workflow.js';

interface Row {
  model: TicketReadModel;
  version: number;
  processInstanceKey: string | null;
  feedbackProcessInstanceKey: string | null;
  actions: Array<RecordedTicketAction & { idempotencyKey: string | null }>;
  assignments: string[];
  involvements: string[];
  attachments: TicketAttachment[];
}

/** One call the use cases made on the workflow port. */
export interface WorkflowCall {
  readonly method: keyof TicketWorkflow;
  readonly args: readonly unknown[];
}

/**
 * The ticket ports in memory, for use-case tests: a transaction that throws leaves nothing behind,
 * workflow commands are recorded (and kept only when the transaction commits), events are collected.
 */
export class InMemoryTicketStore implements TicketStore {
  rows = new Map<number, Row>();
  nextId = 1;
  nextActionId = 1;
  people: PersonRecord[] = [];
  contacts: Array<Contact & { positionIds: string[] }> = [];
  readonly workflowCalls: WorkflowCall[] = [];
  readonly events: DomainEvent[] = [];
  /** Makes the next workflow command fail (as the engine refuses a task that is gone). */
  failWorkflowWith: Error | null = null;

  constructor(public policy: TicketPolicy) {}

  /** Deps over this store; `draws` replays fixed random numbers, otherwise a seeded generator is used. */
  deps(now: () => Date, draws?: number[]): TicketDeps {
    let index = 0;
    let seed = 42;
    const next = (max: number) => (draws ? (draws[index++ % draws.length] ?? 0) % max : (seed = (seed * 48271) % 2147483647) % max);
    return {
      store: this,
      clock: { now },
      random: { nextInt: next },
      events: { publish: (event) => this.events.push(event) },
    };
  }

  row(ticketId: number): Row {
    const row = this.rows.get(ticketId);
    if (!row) throw new Error(`no ticket ${ticketId}`);
    return row;
  }

  async transaction<T>(work: (uow: TicketUnitOfWork) => Promise<T>): Promise<T> {
    const snapshot = structuredClone({ rows: this.rows, nextId: this.nextId, nextActionId: this.nextActionId });
    const hooks: Array<() => void> = [];
    const calls: WorkflowCall[] = [];
    try {
      const result = await work({ tickets: this.repository(), directory: this.directory(), workflow: this.workflow(calls), policy: async () => this.policy, afterCommit: (hook) => hooks.push(hook) });
      this.workflowCalls.push(...calls);
      for (const hook of hooks) hook();
      return result;
    } catch (error) {
      Object.assign(this, snapshot);
      throw error;
    }
  }

  private stored(id: number, row: Row): StoredTicket {
    return { id, version: row.version, processInstanceKey: row.processInstanceKey, feedbackProcessInstanceKey: row.feedbackProcessInstanceKey, history: [...row.actions], involvedPositionIds: [...row.involvements] };
  }

  private repository(): TicketRepository {
    return {
      insert: async (model) => {
        if ([...this.rows.values()].some((row) => row.model.trackingCode === model.trackingCode)) return null;
        const id = this.nextId++;
        this.rows.set(id, { model, version: 1, processInstanceKey: null, feedbackProcessInstanceKey: null, actions: [], assignments: [], involvements: [], attachments: [] });
        return id;
      },
      loadForUpdate: async (id) => (this.rows.has(id) ? this.stored(id, this.row(id)) : null),
      load: async (id) => (this.rows.has(id) ? this.stored(id, this.row(id)) : null),
      findByIdempotencyKey: async (key) => {
        for (const [ticketId, row] of this.rows) {
          const found = row.actions.find((action) => action.idempotencyKey === key);
          if (found) return { ticketId, actionId: found.id };
        }
        return null;
      },
      append: async (ticketId, action: TicketAction, options: AppendOptions) => {
        if (options.idempotencyKey !== null && [...this.rows.values()].some((row) => row.actions.some((a) => a.idempotencyKey === options.idempotencyKey))) {
          throw new Error(`idempotency key ${options.idempotencyKey} is taken`);
        }
        const id = String(this.nextActionId++);
        this.row(ticketId).actions.push({ id, action, visibleToRequester: options.visibleToRequester, idempotencyKey: options.idempotencyKey });
        return id;
      },
      update: async (ticketId, expectedVersion, model) => {
        const row = this.row(ticketId);
        if (row.version !== expectedVersion) return false;
        row.version += 1;
        row.model = model;
        return true;
      },
      setAssignments: async (ticketId, positionIds) => {
        this.row(ticketId).assignments = [...positionIds];
      },
      addInvolvements: async (ticketId, positionIds) => {
        const row = this.row(ticketId);
        row.involvements = [...new Set([...row.involvements, ...positionIds])];
      },
      setProcessInstanceKey: async (ticketId, process, key) => {
        if (process === 'lifecycle') this.row(ticketId).processInstanceKey = key;
        else this.row(ticketId).feedbackProcessInstanceKey = key;
      },
      findIdByTrackingCode: async (code) => [...this.rows.entries()].find(([, row]) => row.model.trackingCode === code)?.[0] ?? null,
      listAttachments: async (ticketId) => this.row(ticketId).attachments,
      addAttachment: async (ticketId, attachment: NewTicketAttachment) => {
        const id = String(this.row(ticketId).attachments.length + 1);
        this.row(ticketId).attachments.push({ id, ...attachment });
        return id;
      },
    };
  }

  private directory(): TicketDirectory {
    return {
      person: async (id) => this.people.find((person) => person.id === id) ?? null,
      peopleByPhone: async (phone) => this.people.filter((person) => person.active && person.phoneNumbers.includes(phone)),
      contact: async (id) => this.contacts.find((contact) => contact.personId === id) ?? null,
      holdersOf: async (positionIds) =>
        this.contacts.flatMap((contact) => contact.positionIds.filter((positionId) => positionIds.includes(positionId)).map((positionId) => ({ ...contact, positionId }))),
    };
  }

  private workflow(calls: WorkflowCall[]): TicketWorkflow {
    const record =
      (method: keyof TicketWorkflow) =>
      async (...args: unknown[]) => {
        if (this.failWorkflowWith) {
          const error = this.failWorkflowWith;
          this.failWorkflowWith = null;
          throw error;
        }
        calls.push({ method, args });
      };
    return {
      start: async (ticket, actor) => {
        await record('start')(ticket, actor);
        return `instance-${ticket.id}`;
      },
      completeHandling: record('completeHandling'),
      completePart: record('completePart'),
      resumePostponed: record('resumePostponed'),
      informationProvided: record('informationProvided'),
      completeFeedback: record('completeFeedback'),
      closed: record('closed'),
    };
  }
}
