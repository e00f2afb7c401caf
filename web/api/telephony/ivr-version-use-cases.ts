import type { Principal } from '../../../core/access/principal.js';
import { requireAnyRole } from '../../../core/access/require-role.js';
import { NotFoundError } from '../../../core/errors/not-found-error.js';
import { ValidationError } from '../../../core/errors/validation-error.js';
import type { IvrDefinition } from '../../../core/telephony/ivr/ivr-definition.js';
import { validateIvrDefinition } from '../../../core/telephony/ivr/validate-ivr-definition.js';
import { RECORDED_PROMPT_NAMES, RECORDED_PROMPTS } from '../../../core/telephony/telephony-prompts.js';
import { activateIvrVersion, createIvrVersion, getIvrVersion, type IvrVersion, listIvrVersions } from '../../../database/telephony/ivr-definitions.js';
import type { IvrVersionDetail, IvrVersionSummary, RecordedPrompt } from '../../contract/telephony.js';
import type { ApiDeps } from '../api-deps.js';
import { storeCommandFor } from './store-telephony-command.js';

const summary = (version: IvrVersion): IvrVersionSummary => ({
  version: version.version,
  comment: version.comment,
  createdByUserId: version.createdByUserId,
  createdAt: version.createdAt.toISOString(),
  activatedAt: version.activatedAt?.toISOString() ?? null,
  active: version.active,
});

export async function listIvrVersionSummaries(deps: Pick<ApiDeps, 'db'>, principal: Principal): Promise<IvrVersionSummary[]> {
  requireAnyRole(principal, ['admin']);
  return (await listIvrVersions(deps.db.read)).map(summary);
}

export async function ivrVersionDetail(deps: Pick<ApiDeps, 'db'>, principal: Principal, version: number): Promise<IvrVersionDetail> {
  requireAnyRole(principal, ['admin']);
  const found = await getIvrVersion(deps.db.read, version);
  if (found === undefined) throw new NotFoundError('IVR version', version);
  return { ...summary(found), definition: found.definition as unknown as IvrVersionDetail['definition'] };
}

/** Stores an edited definition as the next version (not yet in force); every problem is reported on its field. */
export async function createIvrDefinitionVersion(deps: Pick<ApiDeps, 'db' | 'clock'>, principal: Principal, input: { definition: IvrDefinition; comment?: string | undefined }): Promise<IvrVersionSummary> {
  requireAnyRole(principal, ['admin']);
  const problems = validateIvrDefinition(input.definition, RECORDED_PROMPT_NAMES);
  if (problems.length > 0) throw new ValidationError(problems.map((problem) => ({ ...problem, field: `definition.${problem.field}` })));
  const version = await deps.db.transaction((tx) =>
    createIvrVersion(tx.sql, { definition: input.definition, comment: input.comment ?? null, createdByUserId: principal.kind === 'user' ? principal.id : null, at: deps.clock.now() }),
  );
  return ivrVersionDetail(deps, principal, version);
}

/** Puts a stored version in force: calls arriving from now on follow it. */
export async function activateIvrDefinitionVersion(deps: Pick<ApiDeps, 'db' | 'clock' | 'events'>, principal: Principal, version: number): Promise<IvrVersionSummary> {
  requireAnyRole(principal, ['admin']);
  await deps.db.transaction(async (tx) => {
    if ((await getIvrVersion(tx.sql, version)) === undefined) throw new NotFoundError('IVR version', version);
    await activateIvrVersion(tx.sql, version, deps.clock.now());
    await storeCommandFor(tx, deps, { kind: 'reloadIvr' });
  });
  return ivrVersionDetail(deps, principal, version);
}

/** The prompts a definition may name, for the editor's pickers. */
export function recordedPrompts(principal: Principal): RecordedPrompt[] {
  requireAnyRole(principal, ['admin']);
  return RECORDED_PROMPTS.map((prompt) => ({ name: prompt.name, text: prompt.text }));
}
