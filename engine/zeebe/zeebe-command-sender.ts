import type { Logger } from 'pino';
import type { CamundaClients } from './camunda-clients.js';
import type { CommandResult, CommandSender, EngineCommand } from './engine-command.js';
import type { InstanceRegistry } from './instance-registry.js';
import { grpcStatus, toEngineError, type ErrorSubject } from './to-engine-error.js';

// An incident reaches the REST API's store a moment after Zeebe raised it.
const incidentWait = { consistency: { waitUpToMs: 5_000 } };

function subjectOf(command: EngineCommand): ErrorSubject {
  switch (command.kind) {
    case 'start':
      return { what: 'process', key: command.bpmnProcessId };
    case 'cancel':
      return { what: 'process instance', key: command.processInstanceKey };
    case 'set-variables':
      return { what: 'variable scope', key: command.scopeKey };
    case 'publish':
      return { what: 'message', key: command.name };
    case 'assign-user-task':
    case 'complete-user-task':
      return { what: 'user task', key: command.userTaskKey };
    case 'resolve-incident':
      return { what: 'incident', key: command.incidentKey };
  }
}

/** The gRPC client answers `null` instead of failing once it is closing. */
function answered<T>(response: T | null | undefined): T {
  if (response === null || response === undefined) throw new Error('the Zeebe client is closed');
  return response;
}

/**
 * Carries out commands with the SDK: gRPC for instances, variables, messages and incidents,
 * REST for Camunda user tasks (gRPC has no user task commands).
 */
export class ZeebeCommandSender implements CommandSender {
  constructor(
    private readonly clients: CamundaClients,
    private readonly instances: InstanceRegistry,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  async send(command: EngineCommand, commandId?: string): Promise<CommandResult> {
    try {
      return await this.carryOut(command, commandId);
    } catch (error) {
      throw toEngineError(error, subjectOf(command));
    }
  }

  async alreadyDone(command: EngineCommand, commandId: string): Promise<boolean> {
    return command.kind === 'start' && (await this.instances.startedBy(commandId)) !== undefined;
  }

  private async carryOut(command: EngineCommand, commandId: string | undefined): Promise<CommandResult> {
    const { grpc, rest } = this.clients;
    switch (command.kind) {
      case 'start': {
        const created = answered(
          await grpc.createProcessInstance({
            bpmnProcessId: command.bpmnProcessId,
            variables: command.variables as never,
            ...(command.version !== undefined ? { version: command.version } : {}),
          }),
        );
        if (command.businessKey !== undefined || commandId !== undefined) {
          await this.instances.record({ processInstanceKey: created.processInstanceKey, businessKey: command.businessKey, commandId, startedAt: this.now() });
        }
        return {
          kind: 'started',
          processInstanceKey: String(created.processInstanceKey),
          processDefinitionKey: String(created.processDefinitionKey),
          bpmnProcessId: created.bpmnProcessId,
          version: created.version,
        };
      }
      case 'cancel':
        await grpc.cancelProcessInstance(command.processInstanceKey);
        return { kind: 'done' };
      case 'set-variables':
        await grpc.setVariables({ elementInstanceKey: command.scopeKey, variables: command.variables, local: command.local });
        return { kind: 'done' };
      case 'publish': {
        const published = answered(
          await grpc.publishMessage({
            name: command.name,
            correlationKey: command.correlationKey,
            variables: command.variables as never,
            timeToLive: command.timeToLiveMs,
            ...(command.messageId !== undefined ? { messageId: command.messageId } : {}),
          }),
        );
        return { kind: 'published', messageKey: String(published.key) };
      }
      case 'assign-user-task':
        if (command.assignee === undefined) await rest.unassignUserTask({ userTaskKey: command.userTaskKey });
        else await rest.assignUserTask({ userTaskKey: command.userTaskKey, assignee: command.assignee, allowOverride: true });
        return { kind: 'done' };
      case 'complete-user-task':
        await rest.completeUserTask({ userTaskKey: command.userTaskKey, variables: command.variables });
        return { kind: 'done' };
      case 'resolve-incident':
        await this.resolveIncident(command.incidentKey, command.retries);
        return { kind: 'done' };
    }
  }

  /** A job out of retries gets retries back first; otherwise resolving would raise the incident again at once. */
  private async resolveIncident(incidentKey: string, retries: number): Promise<void> {
    const { grpc, rest } = this.clients;
    const incident = await rest.getIncident({ incidentKey }, incidentWait);
    if (incident.jobKey !== undefined && incident.jobKey !== null) {
      const jobKey = String(incident.jobKey);
      try {
        await grpc.updateJobRetries({ jobKey, retries });
      } catch (error) {
        // The job may be gone already (its instance was cancelled): resolving still clears the incident.
        if ((error as { code?: unknown }).code !== grpcStatus.NOT_FOUND) throw error;
        this.logger.debug({ incidentKey, jobKey }, 'job of the incident no longer exists');
      }
    }
    await grpc.resolveIncident({ incidentKey });
  }
}
