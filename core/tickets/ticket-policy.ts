import type { BusinessCalendar } from '../calendar/business-calendar.js';
import type { Position } from '../org/position.js';
import type { RoutingRule } from '../routing/routing-rule.js';
import type { SlaTargetRule } from '../sla/sla-target.js';
import type { Tree, TreeNode } from '../tree/tree-node.js';
import type { RequestType } from './request-type.js';
import type { TicketPriority } from './ticket-priority.js';
import type { TicketSettings } from './ticket-settings.js';

/** A category as registration needs it. */
export interface CatalogueCategory extends TreeNode {
  readonly active: boolean;
  /** The type a ticket of this category gets unless the caller says otherwise. */
  readonly requestType: RequestType;
  /** The types offered under this category; empty means all. */
  readonly requestTypes: readonly RequestType[];
  readonly defaultPriority: TicketPriority | null;
  /** Whether tickets can be filed here: active and without active sub-categories. */
  readonly selectable: boolean;
}

export interface PriorityDefinition {
  readonly code: TicketPriority;
  /** 1 is the most urgent. */
  readonly rank: number;
  readonly isDefault: boolean;
  readonly active: boolean;
}

/**
 * The reference data the ticket rules read: catalogue, org chart, routing rules, SLA targets,
 * business calendar and settings. Changed by administrators, read on every action; a repository
 * may cache it for a few seconds.
 */
export interface TicketPolicy {
  readonly categories: Tree<CatalogueCategory>;
  readonly locations: Tree<TreeNode>;
  readonly priorities: readonly PriorityDefinition[];
  readonly routingRules: readonly RoutingRule[];
  readonly positions: Tree<Position>;
  /** Contractor id → the positions of ours that oversee it (and see its tickets). */
  readonly contractorSupervisors: ReadonlyMap<string, readonly string[]>;
  readonly slaRules: readonly SlaTargetRule[];
  readonly calendar: BusinessCalendar;
  readonly settings: TicketSettings;
}
