import { EngineRejectionError } from '../../engine-errors.js';
import type { PublishMessage } from '../../process-engine.js';
import type { DefinitionStore } from '../deployments/definition-store.js';
import { triggerEvent } from '../runtime/event-subscriptions.js';
import type { Interpreter } from '../runtime/interpreter.js';
import { toMessageRow, toSubscriptionRow, type DbRow } from '../state/row-mapping.js';
import type { MessageRow } from '../state/rows.js';

/**
 * Publishes a message as Zeebe does: it is correlated to at most one open subscription per process
 * (BPMN process id), starts instances at message start events (one per correlation key while that
 * instance is active), and is buffered for its time to live when given one.
 */
export async function publishMessage(it: Interpreter, definitions: DefinitionStore, message: PublishMessage): Promise<number> {
  const { uow, now, keys } = it.ctx;
  const correlationKey = message.correlationKey ?? '';
  const variables = message.variables ?? {};
  const ttl = Math.max(0, message.timeToLiveMs ?? 0);
  if (message.messageId !== undefined) {
    const [duplicate] = await uow.sql.all<DbRow>('SELECT id FROM engine_messages WHERE name = ? AND correlation_key = ? AND message_id = ? AND expires_at > ?', [message.name, correlationKey, message.messageId, now]);
    if (duplicate) throw new EngineRejectionError('ALREADY_EXISTS', `a message named '${message.name}' with the correlation key '${correlationKey}' and the id '${message.messageId}' is already buffered`);
  }
  const messageKey = keys.next();
  const correlated = new Map<string, number>();

  const subscriptions = (await uow.sql.all<DbRow>('SELECT * FROM engine_message_subscriptions WHERE message_name = ? AND correlation_key = ? AND instance_key IS NOT NULL ORDER BY id', [message.name, correlationKey])).map(toSubscriptionRow);
  for (const subscription of subscriptions) {
    if (correlated.has(subscription.bpmnProcessId) || uow.subscriptions.deletedKeys.has(subscription.key)) continue;
    const instance = await it.load(subscription.instanceKey!);
    const owner = instance?.elements.get(subscription.elementInstanceKey!);
    if (!instance || !owner || instance.row.state !== 'ACTIVE') continue;
    correlated.set(subscription.bpmnProcessId, instance.key);
    await triggerEvent(it, instance, owner, subscription.elementId, variables, { subscription });
  }

  const starts = (await uow.sql.all<DbRow>('SELECT * FROM engine_message_subscriptions WHERE message_name = ? AND instance_key IS NULL ORDER BY id', [message.name])).map(toSubscriptionRow);
  for (const start of starts) {
    if (correlated.has(start.bpmnProcessId)) continue;
    if (correlationKey !== '' && (await isStartLocked(it, start.bpmnProcessId, correlationKey))) continue;
    const deployed = await definitions.byKey(start.definitionKey);
    const instance = it.startInstance(deployed, {}, { startElementId: start.elementId, payload: variables });
    if (correlationKey !== '') uow.startLocks.added.push({ bpmnProcessId: start.bpmnProcessId, correlationKey, instanceKey: instance.key });
    correlated.set(start.bpmnProcessId, instance.key);
  }

  if (ttl > 0) {
    const row: MessageRow = { key: messageKey, name: message.name, correlationKey, messageId: message.messageId, variables, expiresAt: now + ttl, publishedAt: now };
    uow.messages.create(row);
    for (const [bpmnProcessId, instanceKey] of correlated) uow.correlations.push({ messageKey, bpmnProcessId, instanceKey });
  }
  return messageKey;
}

async function isStartLocked(it: Interpreter, bpmnProcessId: string, correlationKey: string): Promise<boolean> {
  const { uow } = it.ctx;
  if (uow.startLocks.added.some((lock) => lock.bpmnProcessId === bpmnProcessId && lock.correlationKey === correlationKey)) return true;
  const rows = await uow.sql.all<DbRow>('SELECT instance_key FROM engine_message_start_locks WHERE bpmn_process_id = ? AND correlation_key = ?', [bpmnProcessId, correlationKey]);
  return rows.some((row) => !uow.startLocks.removed.includes(Number(row.instance_key)));
}

/**
 * When an instance started by a message ends, a buffered message with the same correlation key
 * may start the next instance (Zeebe's "message aggregation" behaviour).
 */
export async function startFromBufferedMessages(it: Interpreter, definitions: DefinitionStore, endedInstanceKeys: readonly number[]): Promise<void> {
  if (endedInstanceKeys.length === 0) return;
  const { uow, now } = it.ctx;
  const placeholders = endedInstanceKeys.map(() => '?').join(', ');
  const locks = await uow.sql.all<DbRow>(`SELECT bpmn_process_id, correlation_key FROM engine_message_start_locks WHERE instance_key IN (${placeholders})`, [...endedInstanceKeys]);
  for (const lock of locks) {
    const bpmnProcessId = String(lock.bpmn_process_id);
    const correlationKey = String(lock.correlation_key);
    const deployed = await definitions.latest(bpmnProcessId, uow);
    if (!deployed) continue;
    const starts = (await uow.sql.all<DbRow>('SELECT * FROM engine_message_subscriptions WHERE definition_key = ? AND instance_key IS NULL ORDER BY id', [deployed.definitionKey])).map(toSubscriptionRow);
    for (const start of starts) {
      const [buffered] = (
        await uow.sql.all<DbRow>(
          `SELECT * FROM engine_messages m WHERE m.name = ? AND m.correlation_key = ? AND m.expires_at > ?
             AND NOT EXISTS (SELECT 1 FROM engine_message_correlations c WHERE c.message_key = m.id AND c.bpmn_process_id = ?) ORDER BY m.id`,
          [start.messageName, correlationKey, now, bpmnProcessId],
        )
      ).map(toMessageRow);
      if (!buffered || uow.correlations.some((c) => c.messageKey === buffered.key && c.bpmnProcessId === bpmnProcessId)) continue;
      const instance = it.startInstance(deployed, {}, { startElementId: start.elementId, payload: buffered.variables });
      uow.startLocks.added.push({ bpmnProcessId, correlationKey, instanceKey: instance.key });
      uow.correlations.push({ messageKey: buffered.key, bpmnProcessId, instanceKey: instance.key });
      break;
    }
  }
}
