import type { MessagesOf } from '../../core/i18n/messages-of';
import type { routingRulesFa } from './routing-rules.fa';

/** Messages of the routing rules page, in English. */
export const routingRulesEn: MessagesOf<typeof routingRulesFa> = {
  'admin.routing.lead': 'Each new ticket follows the most specific active rule matching its category and location: the deeper category first, then the deeper location, then the higher priority. When no rule matches, the message center gets it.',
  'admin.routing.rules': 'Rules, most specific first',
  'admin.routing.newRule': 'New rule',
  'admin.routing.rule': 'Rule',
  'admin.routing.ruleName': 'Rule {id}',
  'admin.routing.category': 'Category',
  'admin.routing.categoryHint': 'Any level of the catalogue; covers the categories below it.',
  'admin.routing.location': 'Location',
  'admin.routing.locationHint': 'A province, city, building or floor; covers the places inside it.',
  'admin.routing.anyCategory': 'Any category',
  'admin.routing.anyLocation': 'Any location',
  'admin.routing.targetKind': 'Route to',
  'admin.routing.kind.positions': 'Positions of the organization',
  'admin.routing.kind.contractor': 'A contractor',
  'admin.routing.positions': 'Positions',
  'admin.routing.positionsHint': 'The ticket lands in the cartable of every position chosen, at once.',
  'admin.routing.contractor': 'Contractor',
  'admin.routing.toContractor': 'Contractor: {name}',
  'admin.routing.priority': 'Rule priority',
  'admin.routing.priorityHint': 'Between equally specific rules, the higher number wins.',
  'admin.routing.description': 'Description',
  'admin.routing.target': 'Routes to',
  'admin.routing.specificity': 'Specificity (category · location · priority)',
  'admin.routing.specificityValue': '{category} · {location} · {priority}',
  'admin.routing.test': 'Which rule decides?',
  'admin.routing.testLead': 'Choose the category and location of a ticket to see the rule that wins.',
  'admin.routing.winner': '{rule} decides: {target}',
  'admin.routing.noMatch': 'No rule matches; the ticket goes to the message center.',
};
