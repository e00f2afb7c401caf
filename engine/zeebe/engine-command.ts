import type { Variables } from '../variables.js';

/**
 * A state-changing request to Zeebe, as data: sent at once, or stored in the outbox inside the
 * caller's transaction and sent after it has committed. Each is safe to send again (see
 * outbox-delivery.ts for what counts as already done).
 */
export type EngineCommand =
  | { readonly kind: 'start'; readonly bpmnProcessId: string; readonly variables: Variables; readonly version?: number; readonly businessKey?: string }
  | { readonly kind: 'cancel'; readonly processInstanceKey: string }
  | { readonly kind: 'set-variables'; readonly scopeKey: string; readonly variables: Variables; readonly local: boolean }
  | {
      readonly kind: 'publish';
      readonly name: string;
      readonly correlationKey: string;
      readonly variables: Variables;
      readonly timeToLiveMs: number;
      readonly messageId?: string;
    }
  | { readonly kind: 'assign-user-task'; readonly userTaskKey: string; readonly assignee?: string }
  | { readonly kind: 'complete-user-task'; readonly userTaskKey: string; readonly variables: Variables }
  | { readonly kind: 'resolve-incident'; readonly incidentKey: string; readonly retries: number };

export type EngineCommandKind = EngineCommand['kind'];

/** What Zeebe answered to a command. */
export type CommandResult =
  | {
      readonly kind: 'started';
      readonly processInstanceKey: string;
      readonly processDefinitionKey: string;
      readonly bpmnProcessId: string;
      readonly version: number;
    }
  | { readonly kind: 'published'; readonly messageKey: string }
  | { readonly kind: 'done' };

/** Sends commands to the engine; the outbox relay depends on this alone. */
export interface CommandSender {
  /** `commandId` is given for outbox commands, so that a start is recorded against it. */
  send(command: EngineCommand, commandId?: string): Promise<CommandResult>;
  /** Whether an outbox command already took effect before a crash (a start recorded under its id). */
  alreadyDone(command: EngineCommand, commandId: string): Promise<boolean>;
}
