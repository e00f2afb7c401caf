import { coreFa } from './core.fa';
import { authFa } from '../../../auth/auth.fa';
import { ticketRulesFa } from '../../../tickets/ticket-rules.fa';

/**
 * The Persian catalogue, the reference every other language must match key for key (see
 * `Catalogue`): the core's messages and each feature's, from the feature's own `<feature>.fa.ts`.
 * Placeholders are `{name}`; numbers passed for them are written in Persian digits. Areas that load
 * their messages with themselves are not merged here but named in `lazy-messages.ts`.
 */
export const fa = {
  ...coreFa,
  ...authFa,
  ...ticketRulesFa,
};
