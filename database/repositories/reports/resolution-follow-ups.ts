import type { ActionFact } from './action-fact.js';

/** A resolution and what came of it: reopened (rework) before the next resolution, and the score given for it. */
export interface ResolutionFollowUp {
  readonly resolution: ActionFact;
  readonly reopened: boolean;
  readonly score: number | null;
}

/**
 * Each `resolved` entry with the `reopened` and `feedback` entries that follow it on the same
 * ticket before the next resolution. `actions` must hold all three kinds, in log order per ticket.
 */
export function resolutionFollowUps(actions: readonly ActionFact[]): ResolutionFollowUp[] {
  const followUps: Array<{ resolution: ActionFact; reopened: boolean; score: number | null }> = [];
  const current = new Map<number, { resolution: ActionFact; reopened: boolean; score: number | null }>();
  for (const action of actions) {
    if (action.kind === 'resolved') {
      const entry = { resolution: action, reopened: false, score: null };
      followUps.push(entry);
      current.set(action.ticketId, entry);
      continue;
    }
    const entry = current.get(action.ticketId);
    if (entry === undefined) continue;
    if (action.kind === 'reopened') {
      entry.reopened = true;
      current.delete(action.ticketId);
    } else if (action.kind === 'feedback' && entry.score === null && action.score !== null) {
      entry.score = action.score;
    }
  }
  return followUps;
}
