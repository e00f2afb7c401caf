import type { Principal } from '../../../core/access/principal.js';
import { hasAnyRole } from '../../../core/access/require-role.js';
import { NotFoundError } from '../../../core/errors/not-found-error.js';
import { canViewTicket } from '../../../core/tickets/can-view-ticket.js';
import type { Database } from '../../../database/database.js';
import type { ProcessEngine, ProcessInstanceInfo } from '../../../engine/process-engine.js';
import type { InstancePath } from '../../contract/processes.js';
import { instancePathOf } from './instance-path-of.js';
import { ticketOfInstance } from './instance-ticket.js';

/** How far up the call-activity chain a sub-instance is followed to the ticket it works for. */
const MAX_PARENT_DEPTH = 5;

/**
 * Whether the principal may see this instance: whoever may see the ticket it works for (itself or
 * an instance that called it), and auditors and administrators any instance.
 */
async function mayRead(db: Database, engine: ProcessEngine, actor: Principal, instance: ProcessInstanceInfo): Promise<boolean> {
  if (hasAnyRole(actor, ['auditor', 'admin'])) return true;
  let current: ProcessInstanceInfo | undefined = instance;
  for (let depth = 0; current !== undefined && depth <= MAX_PARENT_DEPTH; depth++) {
    const ticket = await ticketOfInstance(db, current.processInstanceKey);
    if (ticket !== undefined) return canViewTicket(actor, ticket);
    current = current.parentProcessInstanceKey === undefined ? undefined : await engine.getProcessInstance(current.parentProcessInstanceKey);
  }
  return false;
}

/** The path an instance took, with its diagram, for those who may see it; others are told it does not exist. */
export async function getInstancePath(deps: { readonly db: Database; readonly engine: ProcessEngine }, query: { readonly processInstanceKey: string; readonly actor: Principal }): Promise<InstancePath> {
  const instance = await deps.engine.getProcessInstance(query.processInstanceKey);
  if (instance === undefined || !(await mayRead(deps.db, deps.engine, query.actor, instance))) throw new NotFoundError('process instance', query.processInstanceKey);
  const [history, incidents, xml] = await Promise.all([
    deps.engine.getHistory(instance.processInstanceKey),
    deps.engine.listIncidents({ processInstanceKey: instance.processInstanceKey, state: 'ACTIVE' }),
    deps.engine.getProcessDefinitionXml(instance.processDefinitionKey),
  ]);
  return {
    processInstanceKey: instance.processInstanceKey,
    bpmnProcessId: instance.bpmnProcessId,
    version: instance.version,
    processDefinitionKey: instance.processDefinitionKey,
    state: instance.state,
    startedAt: instance.startedAt.toISOString(),
    endedAt: instance.endedAt?.toISOString() ?? null,
    xml,
    ...instancePathOf(history, incidents),
  };
}
