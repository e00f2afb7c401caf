import type { DomainEventSink } from '../../../core/events/domain-events.js';
import type { Clock } from '../../../core/time/clock.js';
import type { Tx } from '../../../database/database.js';
import { storeTelephonyCommand, type TelephonyCommand } from '../../../database/telephony/telephony-commands.js';

/**
 * Leaves a command for the telephony process in the transaction, and once it has committed wakes
 * the process (when it shares this one's event bus; otherwise it finds the command within a second).
 */
export async function storeCommandFor(tx: Tx, deps: { readonly clock: Clock; readonly events: DomainEventSink }, command: TelephonyCommand): Promise<number> {
  const commandId = await storeTelephonyCommand(tx.sql, command, { at: deps.clock.now() });
  tx.afterCommit(() => deps.events.publish({ type: 'telephony.command', commandId, at: deps.clock.now() }));
  return commandId;
}
