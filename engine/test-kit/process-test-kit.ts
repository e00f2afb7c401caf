import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import type { Database } from '../../database/database.js';
import { createTestDatabase } from '../../database/test-support/test-database.js';
import { EmbeddedEngine } from '../embedded/embedded-engine.js';
import { addIsoDuration, parseIsoDuration } from '../embedded/timers/iso-duration.js';
import type { HistoryEvent } from '../history-event.js';
import type { Incident, IncidentType } from '../incident.js';
import type { JobHandler, JobWorker } from '../job-worker.js';
import type { DeployedProcess, ProcessEngine, ProcessInstanceInfo, PublishMessage, StartOptions } from '../process-engine.js';
import type { UserTask, UserTaskQuery } from '../user-task.js';
import type { Variables } from '../variables.js';

export type EngineKind = 'embedded' | 'zeebe';

/** The engines the process tests run on: always the embedded one, Zeebe too when ZEEBE_ADDRESS is set. */
export const enginesUnderTest: readonly EngineKind[] = process.env.ZEEBE_ADDRESS ? ['embedded', 'zeebe'] : ['embedded'];

export interface KitOptions {
  readonly engine?: EngineKind;
  /** Where the fake clock starts (embedded engine); default Saturday 2026-01-03 08:00 Tehran time. */
  readonly startAt?: string;
}

/**
 * Runs BPMN models in tests: deploy, start, stub job handlers, drive user tasks and messages, move
 * a fake clock, and read the path an instance took. On the embedded engine every step settles
 * deterministically; on Zeebe the `waitFor…` helpers poll until the cluster has caught up.
 */
export interface ProcessTestKit {
  readonly kind: EngineKind;
  readonly engine: ProcessEngine;
  /** The database of the embedded engine (undefined on Zeebe). */
  readonly db: Database | undefined;
  now(): Date;
  /** Moves the clock forward (milliseconds or an ISO duration such as `PT2H`) and lets due timers fire. */
  advance(by: number | string): Promise<void>;
  deploy(...files: string[]): Promise<DeployedProcess[]>;
  /**
   * Deploys models whose absolute dates (timer dates, cycle start dates) were written as if the clock
   * stood at its default start (2026-01-03T04:30:00Z), moved by as much as it stands later now.
   */
  deployWithShiftedDates(...files: string[]): Promise<DeployedProcess[]>;
  deployXml(name: string, xml: string): Promise<DeployedProcess[]>;
  start(bpmnProcessId: string, variables?: Variables, options?: StartOptions): Promise<ProcessInstanceInfo>;
  /** Registers a stub handler for a job type. */
  handle<V extends Variables = Variables>(taskType: string, handler: JobHandler<V>): JobWorker;
  publish(message: PublishMessage): Promise<string>;
  /** A correlation key (or message id) no earlier test run used, so that messages buffered on a long-lived cluster never leak in. */
  uniqueKey(prefix: string): string;
  /** Lets every job handler, command and due timer finish. */
  settle(): Promise<void>;
  /** The value once `probe` yields one (immediately decided on the embedded engine; polled on Zeebe). */
  eventually<T>(probe: () => Promise<T | undefined>, what: string): Promise<T>;
  userTasks(query?: UserTaskQuery): Promise<UserTask[]>;
  /** The single open user task of an instance, optionally at an element; fails when there is none or several. */
  userTask(processInstanceKey: string, elementId?: string): Promise<UserTask>;
  completeUserTask(task: UserTask | string, variables?: Variables, actor?: string): Promise<void>;
  incidents(processInstanceKey?: string): Promise<Incident[]>;
  /** The single active incident of an instance (of that type when given); fails when there is none or several. */
  incident(processInstanceKey: string, type?: IncidentType): Promise<Incident>;
  /** Resolves an incident (a job gets `retries`, default 1) and lets the instance run on. */
  resolve(incident: Incident | string, retries?: number): Promise<void>;
  /** Sets variables in a scope (the instance by default), propagated like a job result unless `local`. */
  setVariables(scopeKey: string, variables: Variables, local?: boolean): Promise<void>;
  cancel(processInstanceKey: string): Promise<void>;
  variables(processInstanceKey: string): Promise<Variables>;
  instance(processInstanceKey: string): Promise<ProcessInstanceInfo>;
  history(processInstanceKey: string): Promise<HistoryEvent[]>;
  /** Element ids in the order they completed (sequence flows excluded). */
  completed(processInstanceKey: string): Promise<string[]>;
  /** Element ids that are active now (entered and not yet left). */
  active(processInstanceKey: string): Promise<string[]>;
  /** Waits until the instance is in that state (immediately decided on the embedded engine). */
  waitForState(processInstanceKey: string, state: ProcessInstanceInfo['state']): Promise<void>;
  dispose(): Promise<void>;
}

const defaultStart = '2026-01-03T04:30:00Z';
const isoDateTime = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;

function shiftDates(xml: string, byMs: number): string {
  if (byMs === 0) return xml;
  return xml.replace(isoDateTime, (text) => new Date(Date.parse(text) + byMs).toISOString().replace(/\.000Z$/, 'Z'));
}

function durationMs(by: number | string, from: number): number {
  if (typeof by === 'number') return by;
  const duration = parseIsoDuration(by);
  if (!duration) throw new Error(`'${by}' is not an ISO 8601 duration`);
  return addIsoDuration(from, duration) - from;
}

// Element types as the embedded engine and Zeebe's REST API name them.
const notFlowNodes = new Set(['process', 'PROCESS', 'sequenceFlow', 'SEQUENCE_FLOW']);

function activeElements(history: readonly HistoryEvent[]): string[] {
  const open = new Map<string, string>();
  for (const event of history) {
    if (!event.elementInstanceKey || !event.elementId || notFlowNodes.has(event.elementType ?? '')) continue;
    if (event.kind === 'ELEMENT_ACTIVATED') open.set(event.elementInstanceKey, event.elementId);
    if (event.kind === 'ELEMENT_COMPLETED' || event.kind === 'ELEMENT_TERMINATED') open.delete(event.elementInstanceKey);
  }
  return [...open.values()];
}

export async function createProcessTestKit(options: KitOptions = {}): Promise<ProcessTestKit> {
  const kind = options.engine ?? 'embedded';
  if (kind === 'zeebe') {
    const { createZeebeKitEngine } = await import('./zeebe-kit-engine.js');
    return buildKit(kind, await createZeebeKitEngine());
  }
  const database = await createTestDatabase();
  let now = Date.parse(options.startAt ?? defaultStart);
  const engine = await EmbeddedEngine.create({ db: database.db, logger: pino({ level: 'silent' }), now: () => now, realTime: false });
  await engine.start();
  return buildKit(kind, {
    engine,
    db: database.db,
    now: () => new Date(now),
    advance: async (ms) => {
      now += ms;
      await engine.runDueWork();
    },
    settle: () => engine.runDueWork(),
    eventually: async (probe, what) => {
      await engine.runDueWork();
      const value = await probe();
      if (value === undefined) throw new Error(`expected ${what}, but the embedded engine settled without it`);
      return value;
    },
    dispose: async () => {
      await engine.stop();
      await database.dispose();
    },
  });
}

/** What differs between the engines under the kit. */
export interface KitEngine {
  readonly engine: ProcessEngine;
  readonly db: Database | undefined;
  now(): Date;
  advance(ms: number): Promise<void>;
  settle(): Promise<void>;
  eventually<T>(probe: () => Promise<T | undefined>, what: string): Promise<T>;
  dispose(): Promise<void>;
}

function buildKit(kind: EngineKind, driver: KitEngine): ProcessTestKit {
  const { engine } = driver;
  const workers = new Map<string, JobWorker>();
  const kit: ProcessTestKit = {
    kind,
    engine,
    db: driver.db,
    now: () => driver.now(),
    advance: (by) => driver.advance(durationMs(by, driver.now().getTime())),
    deploy: (...files) => engine.deploy(files.map((file) => ({ name: path.basename(file), content: fs.readFileSync(file, 'utf8') }))),
    deployWithShiftedDates(...files) {
      const shift = driver.now().getTime() - Date.parse(defaultStart);
      return engine.deploy(files.map((file) => ({ name: path.basename(file), content: shiftDates(fs.readFileSync(file, 'utf8'), shift) })));
    },
    deployXml: (name, xml) => engine.deploy([{ name, content: xml }]),
    async start(bpmnProcessId, variables = {}, startOptions) {
      const instance = await engine.startProcess(bpmnProcessId, variables, startOptions);
      await driver.settle();
      return instance;
    },
    handle(taskType, handler) {
      // A test that failed before closing its stub must not break the next one: the new stub replaces it.
      void workers.get(taskType)?.close();
      const worker = engine.createWorker({ taskType, handler: handler as JobHandler, timeoutMs: 60_000 });
      workers.set(taskType, worker);
      return worker;
    },
    async publish(message) {
      const { messageKey } = await engine.publishMessage(message);
      await driver.settle();
      return messageKey;
    },
    uniqueKey: (prefix) => `${prefix}-${randomUUID()}`,
    settle: () => driver.settle(),
    eventually: (probe, what) => driver.eventually(probe, what),
    userTasks: (query = {}) => engine.listUserTasks(query),
    async userTask(processInstanceKey, elementId) {
      return driver.eventually(async () => {
        const tasks = await engine.listUserTasks({ processInstanceKey, ...(elementId ? { elementId } : {}) });
        if (tasks.length > 1) throw new Error(`expected one open user task in ${processInstanceKey}, found ${tasks.map((task) => task.elementId).join(', ')}`);
        return tasks[0];
      }, `an open user task${elementId ? ` at ${elementId}` : ''} in instance ${processInstanceKey}`);
    },
    async completeUserTask(task, variables = {}, actor) {
      await engine.completeUserTask(typeof task === 'string' ? task : task.key, variables, actor ? { actor } : {});
      await driver.settle();
    },
    incidents: (processInstanceKey) => engine.listIncidents(processInstanceKey ? { processInstanceKey } : {}),
    async incident(processInstanceKey, type) {
      return driver.eventually(async () => {
        const incidents = (await engine.listIncidents({ processInstanceKey })).filter((incident) => type === undefined || incident.type === type);
        if (incidents.length > 1) throw new Error(`expected one active incident in ${processInstanceKey}, found ${incidents.map((incident) => `${incident.type} at ${incident.elementId}`).join(', ')}`);
        return incidents[0];
      }, `an active ${type ?? ''} incident in instance ${processInstanceKey}`);
    },
    async resolve(incident, retries) {
      await engine.resolveIncident(typeof incident === 'string' ? incident : incident.key, retries === undefined ? {} : { retries });
      await driver.settle();
    },
    async setVariables(scopeKey, variables, local = false) {
      await engine.setVariables(scopeKey, variables, { local });
      await driver.settle();
    },
    async cancel(processInstanceKey) {
      await engine.cancelProcessInstance(processInstanceKey);
      await driver.settle();
    },
    variables: (processInstanceKey) => engine.getVariables(processInstanceKey),
    async instance(processInstanceKey) {
      const info = await engine.getProcessInstance(processInstanceKey);
      if (!info) throw new Error(`no process instance ${processInstanceKey}`);
      return info;
    },
    history: (processInstanceKey) => engine.getHistory(processInstanceKey),
    async completed(processInstanceKey) {
      const history = await engine.getHistory(processInstanceKey);
      return history.filter((event) => event.kind === 'ELEMENT_COMPLETED' && !notFlowNodes.has(event.elementType ?? '')).map((event) => event.elementId!);
    },
    async active(processInstanceKey) {
      return activeElements(await engine.getHistory(processInstanceKey));
    },
    async waitForState(processInstanceKey, state) {
      await driver.eventually(async () => ((await engine.getProcessInstance(processInstanceKey))?.state === state ? true : undefined), `instance ${processInstanceKey} to be ${state}`);
    },
    async dispose() {
      await Promise.all([...workers.values()].map((worker) => worker.close()));
      await driver.dispose();
    },
  };
  return kit;
}
