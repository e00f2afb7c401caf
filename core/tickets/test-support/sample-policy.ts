import { createBusinessCalendar } from '../../calendar/business-calendar.js';
import { iranianCalendarDefinition } from '../../calendar/iranian-calendar-definition.js';
import type { Position } from '../../org/position.js';
import type { TreeNode } from '../../tree/tree-node.js';
import { indexTree } from '../../tree/tree-node.js';
import type { CatalogueCategory, TicketPolicy } from '../ticket-policy.js';
import { DEFAULT_TICKET_SETTINGS, type TicketSettings } from '../ticket-settings.js';

/**
 * Position ids are numbers written as strings, as the database gives them to core.
 * ceo ── itManager ─┬─ networkLead ── networkExpert
 *                   ├─ messageCenter
 *                   └─ printerExpert
 */
export const P = { ceo: '1', itManager: '2', networkLead: '3', networkExpert: '4', messageCenter: '5', printerExpert: '6' } as const;

export const samplePositions = indexTree<Position>([
  { id: P.ceo, parentId: null, title: 'مدیرعامل', unitId: 'board' },
  { id: P.itManager, parentId: P.ceo, title: 'مدیر فناوری اطلاعات', unitId: 'it' },
  { id: P.networkLead, parentId: P.itManager, title: 'سرپرست شبکه', unitId: 'it' },
  { id: P.networkExpert, parentId: P.networkLead, title: 'کارشناس شبکه', unitId: 'it' },
  { id: P.messageCenter, parentId: P.itManager, title: 'مرکز پیام', unitId: 'it' },
  { id: P.printerExpert, parentId: P.itManager, title: 'کارشناس چاپگر', unitId: 'it' },
]);

const category = (id: string, parentId: string | null, selectable: boolean): CatalogueCategory => ({
  id,
  parentId,
  active: true,
  requestType: 'incident',
  requestTypes: [],
  defaultPriority: null,
  selectable,
});

/** A small organization for use-case tests: IT › Network › VPN, Tehran › HQ. */
export function samplePolicy(settings: Partial<TicketSettings> = {}): TicketPolicy {
  return {
    categories: indexTree([category('it', null, false), category('network', 'it', false), { ...category('vpn', 'network', true), defaultPriority: 'high' }, category('printer', 'it', true)]),
    locations: indexTree<TreeNode>([
      { id: 'tehran', parentId: null },
      { id: 'hq', parentId: 'tehran' },
    ]),
    priorities: [
      { code: 'critical', rank: 1, isDefault: false, active: true },
      { code: 'high', rank: 2, isDefault: false, active: true },
      { code: 'medium', rank: 3, isDefault: true, active: true },
      { code: 'low', rank: 4, isDefault: false, active: true },
    ],
    routingRules: [
      { id: 'network', categoryId: 'network', locationId: null, priority: 0, target: { kind: 'positions', positionIds: [P.networkExpert] } },
      { id: 'printer', categoryId: 'printer', locationId: null, priority: 0, target: { kind: 'contractor', contractorId: 'pars-print' } },
    ],
    positions: samplePositions,
    contractorSupervisors: new Map([['pars-print', [P.printerExpert]]]),
    slaRules: [{ categoryId: null, priority: null, responseMinutes: 60, resolutionMinutes: 480 }],
    calendar: createBusinessCalendar(iranianCalendarDefinition()),
    settings: { ...DEFAULT_TICKET_SETTINGS, messageCenterPositionId: P.messageCenter, ...settings },
  };
}
