import { fireTimer } from '../runtime/event-subscriptions.js';
import type { Interpreter } from '../runtime/interpreter.js';
import { toTimerRow, type DbRow } from '../state/row-mapping.js';

/** Fires one timer if it still exists and is due; a restart fires overdue timers at once. */
export async function fireDueTimer(it: Interpreter, timerKey: number): Promise<void> {
  const { uow, now } = it.ctx;
  const read = async () => (await uow.sql.all<DbRow>('SELECT * FROM engine_timers WHERE id = ?', [timerKey])).map(toTimerRow)[0];
  let timer = await read();
  if (!timer || timer.dueAt > now) return;
  const instance = timer.instanceKey === undefined ? undefined : await it.load(timer.instanceKey);
  if (timer.instanceKey !== undefined) {
    if (uow.sql.dialect !== 'sqlite') timer = await read();
    if (!timer || timer.dueAt > now) return;
    if (!instance || instance.row.state !== 'ACTIVE') {
      uow.timers.delete(timer.key);
      return;
    }
  }
  await fireTimer(it, timer, instance);
}
