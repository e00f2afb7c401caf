import type { FeedbackResponse } from '../../core/feedback/feedback-response.js';
import type { Database } from '../../database/database.js';
import { telephonyCommandResult } from '../../database/telephony/telephony-commands.js';

/**
 * Follows a survey call command (and the redials it leads to) until one of them holds the
 * requester's answer; undefined if none does before `deadline`.
 */
export async function awaitSurveyResponse(db: Database, commandId: number, deadline: number, options: { readonly pollMs: number; readonly now: () => number }): Promise<FeedbackResponse | undefined> {
  let current = commandId;
  while (options.now() < deadline) {
    const done = await telephonyCommandResult(db.read, current);
    const result = done?.result as { surveyResponse?: FeedbackResponse; next?: number } | null | undefined;
    if (result?.surveyResponse !== undefined) return result.surveyResponse;
    if (result?.next !== undefined) {
      current = result.next;
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(options.pollMs, Math.max(0, deadline - options.now()))));
  }
  return undefined;
}
