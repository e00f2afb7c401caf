import type { FieldProblem } from '../../../contract/api-error';
import type { I18n } from '../../core/i18n/i18n';

/**
 * What to say about one rejected field: the app's own message for its key when the catalogue has
 * one, else the server's message (already in the language the request asked for), else a generic line.
 */
export function problemMessage(i18n: I18n, problem: FieldProblem): string {
  return i18n.translateKey(problem.messageKey, problem.params) ?? problem.message ?? i18n.translate('api.problem.unknown', { field: problem.field });
}
