/** The user-task candidate group of a position's cartable. */
export function positionGroup(positionId: string): string {
  return `position:${positionId}`;
}

/** The candidate group of everyone with the feedback agent role. */
export const FEEDBACK_AGENT_GROUP = 'role:feedbackAgent';
