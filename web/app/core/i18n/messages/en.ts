import type { Catalogue } from '../message-id';
import { coreEn } from './core.en';
import { authEn } from '../../../auth/auth.en';
import { ticketRulesEn } from '../../../tickets/ticket-rules.en';

/** The English catalogue: the core's messages and each feature's; typed as `Catalogue`. */
export const en: Catalogue = {
  ...coreEn,
  ...authEn,
  ...ticketRulesEn,
};
