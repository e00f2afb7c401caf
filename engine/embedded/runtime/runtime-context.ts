import type { FeelEvaluator } from '../feel/feel-evaluator.js';
import type { ProcessModel } from '../model/process-model.js';
import type { InstanceState } from '../state/instance-state.js';
import type { KeyGenerator } from '../state/key-generator.js';
import type { JobRow, TimerRow, UserTaskRow, IncidentRow } from '../state/rows.js';
import type { UnitOfWork } from '../state/unit-of-work.js';

export interface DeployedModel {
  readonly definitionKey: number;
  readonly version: number;
  readonly deploymentKey: number;
  readonly model: ProcessModel;
}

/** Where the interpreter finds deployed processes; lookups run in the command's transaction. */
export interface ModelSource {
  byKey(definitionKey: number): Promise<DeployedModel>;
  latest(bpmnProcessId: string, uow: UnitOfWork): Promise<DeployedModel | undefined>;
  inDeployment(bpmnProcessId: string, deploymentKey: number, uow: UnitOfWork): Promise<DeployedModel | undefined>;
}

/** What a command did that the engine acts on after it commits. */
export class CommandEffects {
  readonly jobs: Array<{ readonly job: JobRow; readonly instance: InstanceState; variables?: Record<string, unknown> }> = [];
  readonly timers: TimerRow[] = [];
  readonly userTasksCreated: UserTaskRow[] = [];
  readonly userTasksEnded: Array<{ readonly instanceKey: number; readonly elementInstanceKey: number }> = [];
  readonly incidents: IncidentRow[] = [];
  readonly ended: Array<{ readonly instanceKey: number; readonly state: 'COMPLETED' | 'TERMINATED' }> = [];
}

export interface RuntimeContext {
  readonly uow: UnitOfWork;
  readonly now: number;
  readonly keys: KeyGenerator;
  readonly feel: FeelEvaluator;
  readonly models: ModelSource;
  readonly actor: string | undefined;
  readonly effects: CommandEffects;
}
