import type { MessagesOf } from '../../core/i18n/messages-of';
import type { settingsFa } from './settings.fa';

/** Messages of the desk settings page, in English. */
export const settingsEn: MessagesOf<typeof settingsFa> = {
  'admin.settings.lead': 'Where tickets no rule routes and resolved tickets go, and the feedback and escalation policies.',
  'admin.settings.messageCenter': 'Message center position',
  'admin.settings.messageCenterHint': 'Tickets no routing rule matches go to this position.',
  'admin.settings.feedbackAgents': 'Feedback position',
  'admin.settings.feedbackAgentsHint': 'Resolved tickets wait in this position’s cartable for the requester’s feedback.',
  'admin.settings.unsatisfied': 'Unsatisfied at or below',
  'admin.settings.unsatisfiedHint': 'A score at or below this sends the ticket back for rework; 0 never does.',
  'admin.settings.maxAttempts': 'Most feedback calls',
  'admin.settings.clock': 'Escalate on',
  'admin.settings.clock.response': 'The response target',
  'admin.settings.clock.resolution': 'The resolution target',
  'admin.settings.firstAfter': 'First escalation after (business minutes)',
  'admin.settings.repeatEvery': 'Repeat every (business minutes)',
  'admin.settings.maxEscalations': 'Most escalations',
};
