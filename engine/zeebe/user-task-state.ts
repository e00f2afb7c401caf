import type { UserTaskState } from '../user-task.js';
import type { RestUserTaskState } from './rest-types.js';

// A task stays open while it is being created, assigned, updated or completed (task listeners may
// still deny the completion) and while a task listener's incident holds it.
const open: readonly RestUserTaskState[] = ['CREATING', 'CREATED', 'ASSIGNING', 'UPDATING', 'COMPLETING', 'FAILED'];
const canceled: readonly RestUserTaskState[] = ['CANCELING', 'CANCELED'];

export function toUserTaskState(state: RestUserTaskState | undefined): UserTaskState {
  if (state === 'COMPLETED') return 'COMPLETED';
  if (state !== undefined && canceled.includes(state)) return 'CANCELED';
  return 'CREATED';
}

/** The Zeebe states that our state stands for, for a search filter. */
export function zeebeUserTaskStates(state: UserTaskState): RestUserTaskState[] {
  if (state === 'COMPLETED') return ['COMPLETED'];
  if (state === 'CANCELED') return [...canceled];
  return [...open];
}
