import { sqlLiteral } from '../../../database/sql-literal.js';
import { DeploymentRejectedError } from '../../engine-errors.js';
import type { DeployedProcess, DeploymentResource } from '../../process-engine.js';
import type { DefinitionStore } from '../deployments/definition-store.js';
import type { Interpreter } from '../runtime/interpreter.js';
import type { DeployedModel } from '../runtime/runtime-context.js';
import { scheduleTimer } from '../timers/timer-schedule.js';

const noVariables = { lookup: () => undefined, visible: () => ({}) };

/** Arms the timer start events and opens the message start subscriptions of a new latest version. */
function openStartEvents(it: Interpreter, resourceName: string, deployed: DeployedModel): void {
  const { uow, keys, now, feel, effects } = it.ctx;
  for (const start of deployed.model.root.children) {
    if (start.kind !== 'startEvent') continue;
    try {
      if (start.event === 'timer') {
        const schedule = scheduleTimer(start.timer!.type, feel.evaluateString(start.timer!.value, noVariables), now);
        const timer = { key: keys.next(), instanceKey: undefined, elementInstanceKey: undefined, elementId: start.id, definitionKey: deployed.definitionKey, dueAt: schedule.dueAt, repetitions: schedule.repetitions, cycle: schedule.cycle };
        uow.timers.create(timer);
        effects.timers.push(timer);
      } else if (start.event === 'message') {
        uow.subscriptions.create({
          key: keys.next(),
          messageName: feel.evaluateString(start.message!.name, noVariables),
          correlationKey: undefined,
          instanceKey: undefined,
          elementInstanceKey: undefined,
          elementId: start.id,
          definitionKey: deployed.definitionKey,
          bpmnProcessId: deployed.model.bpmnProcessId,
          interrupting: true,
          openedAt: now,
        });
      }
    } catch (error) {
      throw new DeploymentRejectedError(resourceName, [{ elementId: start.id, message: (error as Error).message }]);
    }
  }
}

/** Deploys resources; each changed process becomes the latest version and takes over the start events. */
export async function deployResources(it: Interpreter, definitions: DefinitionStore, resources: readonly DeploymentResource[]): Promise<DeployedProcess[]> {
  const { uow, keys, now } = it.ctx;
  const { results, created } = await definitions.deploy(uow.sql, resources, keys.next(), () => keys.next(), now);
  for (const { deployed, previousKey } of created) {
    if (previousKey !== undefined) {
      const previous = sqlLiteral(uow.sql.dialect, previousKey);
      await uow.sql.exec(
        `DELETE FROM engine_timers WHERE definition_key = ${previous} AND instance_key IS NULL;\nDELETE FROM engine_message_subscriptions WHERE definition_key = ${previous} AND instance_key IS NULL`,
      );
    }
    const resourceName = results.find((result) => result.processDefinitionKey === String(deployed.definitionKey))?.resourceName ?? deployed.model.bpmnProcessId;
    openStartEvents(it, resourceName, deployed);
  }
  return results;
}
