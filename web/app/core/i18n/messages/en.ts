import type { Catalogue } from '../message-id';
import { coreEn } from './core.en';
import { authEn } from '../../../auth/auth.en';
import { designerEn } from '../../../designer/designer.en';
import { auditEn } from '../../../audit/audit.en';
import { ticketRulesEn } from '../../../tickets/ticket-rules.en';
import { processDiagramEn } from '../../../shared/process-diagram/process-diagram.en';

/** The English catalogue: the core's messages and each feature's; typed as `Catalogue`. */
export const en: Catalogue = {
  ...coreEn,
  ...authEn,
  ...designerEn,
  ...auditEn,
  ...ticketRulesEn,
  ...processDiagramEn,
};
