import { createBusinessCalendar } from '../../../core/calendar/business-calendar.js';
import type { HolidayDefinition } from '../../../core/calendar/business-calendar-definition.js';
import { iranianWorkWeek } from '../../../core/calendar/iranian-work-week.js';
import { DEFAULT_TIME_ZONE } from '../../../core/calendar/time-zone.js';
import type { Position } from '../../../core/org/position.js';
import type { RoutingRule } from '../../../core/routing/routing-rule.js';
import { REQUEST_TYPES, type RequestType } from '../../../core/tickets/request-type.js';
import type { CatalogueCategory, TicketPolicy } from '../../../core/tickets/ticket-policy.js';
import { indexTree, type TreeNode } from '../../../core/tree/tree-node.js';
import type { SqlExecutor } from '../../database.js';
import { parseTicketSettings, settingValue } from './parse-ticket-settings.js';
import { fromSqlDate, idText } from './sql-date.js';
import { TICKET_SETTING_NAMES as N } from './ticket-setting-names.js';

type Row = Record<string, unknown>;

function requestTypesOf(raw: unknown): RequestType[] {
  if (typeof raw !== 'string' || raw.trim() === '') return [];
  const parsed = JSON.parse(raw) as unknown;
  return Array.isArray(parsed) ? parsed.filter((type): type is RequestType => REQUEST_TYPES.includes(type as RequestType)) : [];
}

/** Reads the ticket desk's reference data (catalogue, org chart, rules, SLA targets, calendar, settings) in one go. */
export async function loadTicketPolicy(sql: SqlExecutor): Promise<TicketPolicy> {
  const [categories, locations, priorities, rules, rulePositions, positions, supervisors, targets, holidays, closures, settings] = await Promise.all([
    sql.all<Row>('SELECT id, parent_id, active, request_type, request_types, default_priority_code FROM categories'),
    sql.all<Row>('SELECT id, parent_id FROM locations'),
    sql.all<Row>('SELECT code, rank_order, is_default, active FROM priorities ORDER BY rank_order'),
    sql.all<Row>('SELECT id, category_id, location_id, priority, target_kind, contractor_id FROM routing_rules WHERE active = ?', [true]),
    sql.all<Row>('SELECT rule_id, position_id FROM routing_rule_positions ORDER BY position_id'),
    sql.all<Row>('SELECT id, parent_id, unit_id, code, title_fa FROM positions'),
    sql.all<Row>('SELECT contractor_id, position_id FROM contractor_supervisors ORDER BY position_id'),
    sql.all<Row>('SELECT category_id, priority_code, response_minutes, resolution_minutes FROM sla_targets'),
    sql.all<Row>('SELECT year, month, day, name_fa FROM holidays'),
    sql.all<Row>('SELECT starts_at, ends_at, reason FROM closures'),
    sql.all<Row>('SELECT name, value FROM settings'),
  ]);
  const activeChildren = new Set(categories.filter((row) => Boolean(row.active) && row.parent_id !== null).map((row) => String(row.parent_id)));
  const categoryTree = indexTree<CatalogueCategory>(
    categories.map((row) => ({
      id: String(row.id),
      parentId: idText(row.parent_id),
      active: Boolean(row.active),
      requestType: REQUEST_TYPES.includes(row.request_type as RequestType) ? (row.request_type as RequestType) : 'incident',
      requestTypes: requestTypesOf(row.request_types),
      defaultPriority: (row.default_priority_code as string | null) ?? null,
      selectable: Boolean(row.active) && !activeChildren.has(String(row.id)),
    })),
  );
  const positionsByRule = new Map<string, string[]>();
  for (const row of rulePositions) positionsByRule.set(String(row.rule_id), [...(positionsByRule.get(String(row.rule_id)) ?? []), String(row.position_id)]);
  const routingRules: RoutingRule[] = rules.map((row) => ({
    id: String(row.id),
    categoryId: idText(row.category_id),
    locationId: idText(row.location_id),
    priority: Number(row.priority),
    target: row.target_kind === 'contractor' && row.contractor_id !== null ? { kind: 'contractor', contractorId: String(row.contractor_id) } : { kind: 'positions', positionIds: positionsByRule.get(String(row.id)) ?? [] },
  }));
  const contractorSupervisors = new Map<string, string[]>();
  for (const row of supervisors) contractorSupervisors.set(String(row.contractor_id), [...(contractorSupervisors.get(String(row.contractor_id)) ?? []), String(row.position_id)]);

  const values = new Map(settings.map((row) => [String(row.name), String(row.value)]));
  const messageCenterByCode = positions.find((row) => row.code === 'message-center');
  const tableHolidays: HolidayDefinition[] = holidays.map((row) => ({ ...(row.year === null ? {} : { year: Number(row.year) }), month: Number(row.month), day: Number(row.day), name: String(row.name_fa) }));
  const calendarSetting = settingValue(values, N.businessCalendar);
  // The holidays are the table's (the demo seed fills it with the year's solar and lunar holidays).
  const calendar = createBusinessCalendar({
    timeZone: calendarSetting?.timeZone ?? DEFAULT_TIME_ZONE,
    week: calendarSetting?.week ?? iranianWorkWeek(),
    holidays: tableHolidays,
    closures: closures.map((row) => ({ from: fromSqlDate(row.starts_at)!, to: fromSqlDate(row.ends_at)!, ...(row.reason ? { reason: String(row.reason) } : {}) })),
  });
  return {
    categories: categoryTree,
    locations: indexTree<TreeNode>(locations.map((row) => ({ id: String(row.id), parentId: idText(row.parent_id) }))),
    priorities: priorities.map((row) => ({ code: String(row.code), rank: Number(row.rank_order), isDefault: Boolean(row.is_default), active: Boolean(row.active) })),
    routingRules,
    positions: indexTree<Position>(positions.map((row) => ({ id: String(row.id), parentId: idText(row.parent_id), unitId: String(row.unit_id), title: String(row.title_fa) }))),
    contractorSupervisors,
    slaRules: targets.map((row) => ({
      categoryId: idText(row.category_id),
      priority: (row.priority_code as string | null) ?? null,
      responseMinutes: Number(row.response_minutes),
      resolutionMinutes: Number(row.resolution_minutes),
    })),
    calendar,
    settings: parseTicketSettings(values, messageCenterByCode ? String(messageCenterByCode.id) : null),
  };
}

/** Bumped when an administrator's change to the reference data commits (referenceDataChanged). */
let referenceDataGeneration = 0;

/** Tells every policy cache of this process that the reference data changed: the next action reads it again. */
export function referenceDataChanged(): void {
  referenceDataGeneration += 1;
}

/**
 * The policy, read again at most every `ttlMs` (0: on every call), and at once after an
 * administrator's change in this process (referenceDataChanged): reference data changes rarely and
 * is read on every action. Another process (workers run apart) sees a change after `ttlMs` at most.
 */
export function cachedTicketPolicy(ttlMs: number, now: () => number = Date.now): (sql: SqlExecutor) => Promise<TicketPolicy> {
  let cached: { at: number; generation: number; policy: Promise<TicketPolicy> } | undefined;
  return (sql) => {
    const time = now();
    if (ttlMs > 0 && cached && cached.generation === referenceDataGeneration && time - cached.at < ttlMs) return cached.policy;
    const policy = loadTicketPolicy(sql);
    cached = { at: time, generation: referenceDataGeneration, policy };
    policy.catch(() => {
      if (cached?.policy === policy) cached = undefined;
    });
    return policy;
  };
}
