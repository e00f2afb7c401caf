import type { Principal } from '../../../core/access/principal.js';
import { requireAnyRole } from '../../../core/access/require-role.js';
import { BusinessRuleError } from '../../../core/errors/business-rule-error.js';
import { normalizeIranianPhoneNumber } from '../../../core/org/iranian-phone-number.js';
import type { SqlExecutor } from '../../../database/database.js';
import { type CallerCard, loadCallerCard } from '../../../database/telephony/caller-card.js';
import { identifyCallerByPhone } from '../../../database/telephony/caller-directory.js';
import { toDate } from '../../../database/telephony/column-values.js';
import { firstRows } from '../../../database/telephony/first-rows.js';
import type { CommandAccepted, CurrentCall } from '../../contract/telephony.js';
import type { ApiDeps } from '../api-deps.js';
import { storeCommandFor } from './store-telephony-command.js';

/** The card of whoever has this number: the operator console's lookup, also for a number typed in. */
export async function lookUpCaller(deps: Pick<ApiDeps, 'db'>, principal: Principal, number: string): Promise<CallerCard> {
  requireAnyRole(principal, ['operator', 'supervisor', 'admin']);
  const phone = normalizeIranianPhoneNumber(number);
  const caller = phone === null ? null : await identifyCallerByPhone(deps.db.read, phone);
  return loadCallerCard(deps.db.read, { callerNumber: number, phone, personId: caller?.personId ?? null, contractorId: caller?.contractorId ?? null });
}

interface CallRow {
  id: number;
  caller_number: string | null;
  caller_phone: string | null;
  person_id: number | null;
  contractor_id: number | null;
  queue_id: string | null;
  ivr_path: string | null;
  category_code: string | null;
  answered_at: unknown;
}

/** The call the operator is talking on now, with the caller's card; null between calls. */
export async function currentCallOf(deps: Pick<ApiDeps, 'db'>, principal: Principal): Promise<CurrentCall | null> {
  requireAnyRole(principal, ['operator']);
  const sql: SqlExecutor = deps.db.read;
  const [call] = await sql.all<CallRow>(
    `SELECT id, caller_number, caller_phone, person_id, contractor_id, queue_id, ivr_path, category_code, answered_at FROM calls
      WHERE operator_user_id = ? AND answered_at IS NOT NULL AND ended_at IS NULL ORDER BY answered_at DESC ${firstRows(sql.dialect, 1)}`,
    [principal.id],
  );
  if (call === undefined) return null;
  const card = await loadCallerCard(sql, {
    callerNumber: call.caller_number ?? '',
    phone: call.caller_phone,
    personId: call.person_id === null ? null : Number(call.person_id),
    contractorId: call.contractor_id === null ? null : Number(call.contractor_id),
  });
  return {
    callId: Number(call.id),
    callerNumber: call.caller_number,
    queueId: call.queue_id,
    ivrPath: call.ivr_path,
    categoryCode: call.category_code,
    answeredAt: toDate(call.answered_at).toISOString(),
    card,
  };
}

export type CallControl = { readonly kind: 'transfer'; readonly toUserId: number } | { readonly kind: 'hold' } | { readonly kind: 'resume' };

/**
 * Transfers the operator's call to a colleague, or holds and resumes it. The telephony process
 * carries it out and reports through `call.*` events (a transfer nobody takes comes back as
 * `call.updated` with `transferFailed`); here only a call in progress is required.
 */
export async function controlCall(deps: Pick<ApiDeps, 'db' | 'clock' | 'events'>, principal: Principal, control: CallControl): Promise<CommandAccepted> {
  requireAnyRole(principal, ['operator']);
  if ((await currentCallOf(deps, principal)) === null) throw new BusinessRuleError('TELEPHONY_NO_CALL', 'the operator is not in a call');
  if (control.kind === 'transfer' && control.toUserId === principal.id) throw new BusinessRuleError('TELEPHONY_TRANSFER_TO_SELF', 'a call cannot be transferred to the operator who has it');
  const commandId = await deps.db.transaction((tx) =>
    storeCommandFor(tx, deps, control.kind === 'transfer' ? { kind: 'transfer', userId: principal.id, toUserId: control.toUserId } : { kind: control.kind, userId: principal.id }),
  );
  return { commandId };
}
