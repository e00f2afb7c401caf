import type { MessagesOf } from '../../core/i18n/messages-of';
import type { orgChartFa } from './org-chart.fa';

/** Messages of the org chart page, in English. */
export const orgChartEn: MessagesOf<typeof orgChartFa> = {
  'admin.orgChart.lead': 'The organization’s units and positions. A position’s superior is where its overdue tickets escalate; cycles are refused.',
  'admin.org.tree': 'Units and positions',
  'admin.org.counts': '{units} units, {positions} positions',
  'admin.org.editor': 'Editor',
  'admin.org.pick': 'Choose a unit or position in the tree, or create a new unit.',
  'admin.org.unit': 'Unit',
  'admin.org.position': 'Position',
  'admin.org.newTopUnit': 'New top-level unit',
  'admin.org.newUnit': 'New unit',
  'admin.org.newSubUnit': 'Sub-unit',
  'admin.org.newPosition': 'New position',
  'admin.org.parentUnit': 'Parent unit',
  'admin.org.topLevel': 'None (top level)',
  'admin.org.escalatesTo': 'Escalates to',
  'admin.org.escalatesToHint': 'Overdue tickets of this position escalate to this one.',
  'admin.org.noParentPosition': 'None (top of the chart)',
  'admin.org.escalationPath': 'Escalation path',
  'admin.org.noEscalation': 'This position is at the top; its tickets escalate no further.',
  'admin.org.holders': 'Held by',
  'admin.org.vacant': 'Nobody holds this position.',
  'admin.org.holderCount': '{count} people',
};
