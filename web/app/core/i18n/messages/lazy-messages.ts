import type { adminFa } from '../../../admin/admin.fa';
import type { auditFa } from '../../../audit/audit.fa';
import type { designerFa } from '../../../designer/designer.fa';
import type { processDiagramFa } from '../../../shared/process-diagram/process-diagram.fa';
import type { cartableFa } from '../../../cartable/cartable.fa';
import type { operatorConsoleFa } from '../../../operator-console/operator-console.fa';
import type { feedbackFa } from '../../../feedback/feedback.fa';
import type { portalFa } from '../../../portal/portal.fa';
import type { reportsFa } from '../../../reports/reports.fa';
import type { ticketFa } from '../../../tickets/tickets.fa';

/**
 * The Persian catalogues of areas that bring their messages along when they load (see
 * `provideMessages`) instead of weighing on the first bundle. Named here by type only, so that their
 * keys are checked wherever they are used and cost nothing at start.
 */
export type LazyMessagesFa = typeof adminFa & typeof reportsFa & typeof cartableFa & typeof feedbackFa & typeof portalFa & typeof operatorConsoleFa & typeof ticketFa &
  typeof designerFa & typeof auditFa & typeof processDiagramFa;
