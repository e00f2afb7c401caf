import { EngineNotFoundError } from '../../engine-errors.js';
import type { Variables } from '../../variables.js';
import type { Interpreter } from '../runtime/interpreter.js';
import { toUserTaskRow, type DbRow } from '../state/row-mapping.js';
import type { UserTaskRow } from '../state/rows.js';

async function loadTask(it: Interpreter, taskKey: number) {
  const { uow } = it.ctx;
  const read = async (): Promise<UserTaskRow | undefined> => (await uow.sql.all<DbRow>('SELECT * FROM engine_user_tasks WHERE id = ?', [taskKey])).map(toUserTaskRow)[0];
  let task = await read();
  if (!task) throw new EngineNotFoundError('user task', String(taskKey));
  const instance = await it.load(task.instanceKey);
  if (uow.sql.dialect !== 'sqlite') task = await read();
  const element = task && instance?.elements.get(task.elementInstanceKey);
  if (!task || !instance || !element) throw new EngineNotFoundError('user task', String(taskKey));
  return { task, instance, element };
}

/** Completes a user task: its variables are the task's result, merged like a job's. */
export async function completeUserTask(it: Interpreter, taskKey: number, variables: Variables): Promise<void> {
  const { task, instance, element } = await loadTask(it, taskKey);
  it.ctx.uow.userTasks.delete(task.key);
  it.ctx.effects.userTasksEnded.push({ instanceKey: instance.key, elementInstanceKey: element.key });
  it.completeWithResult(instance, element, variables);
}

/** Claims (assignee given) or releases (undefined) a user task. */
export async function assignUserTask(it: Interpreter, taskKey: number, assignee: string | undefined): Promise<void> {
  const { task, instance, element } = await loadTask(it, taskKey);
  it.ctx.uow.userTaskAssignments.set(task.key, assignee);
  it.record(instance, 'USER_TASK_ASSIGNED', element, { detail: assignee ?? '' });
}
