import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BusinessCalendarDefinition } from '../../core/calendar/business-calendar-definition.js';
import { createBusinessCalendar } from '../../core/calendar/business-calendar.js';
import { isWorkingTime } from '../../core/calendar/is-working-time.js';
import { iranianWorkWeek } from '../../core/calendar/iranian-work-week.js';
import { validateBusinessCalendar } from '../../core/calendar/validate-business-calendar.js';
import { validateFeedbackPolicy, type FeedbackPolicy } from '../../core/feedback/feedback-policy.js';
import { escalationPath } from '../../core/org/escalation-path.js';
import { findLocationProblems } from '../../core/org/find-location-problems.js';
import type { Location, LocationKind } from '../../core/org/location.js';
import type { Position } from '../../core/org/position.js';
import { resolveRouting } from '../../core/routing/resolve-routing.js';
import type { RoutingRule } from '../../core/routing/routing-rule.js';
import { validateRoutingRules } from '../../core/routing/validate-routing-rules.js';
import { validateEscalationPolicy, type EscalationPolicy } from '../../core/sla/escalation-policy.js';
import { validateSlaTargets } from '../../core/sla/validate-sla-targets.js';
import { REQUEST_TYPES } from '../../core/tickets/request-type.js';
import { findTreeProblems } from '../../core/tree/find-tree-problems.js';
import { pathFromRoot } from '../../core/tree/path-from-root.js';
import { indexTree, type TreeNode } from '../../core/tree/tree-node.js';
import { modelsOf, type Models } from '../models/index.js';
import { SETTING_NAMES, type BusinessCalendarSetting, type PositionSetting } from '../settings/setting-names.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { seedDemoOrganization } from './seed-demo-organization.js';
import { seededRandom } from './test-support/seeded-random.js';

interface CodedNode extends TreeNode {
  readonly code: string;
}

const node = (row: { id: number; parentId: number | null; code: string | null }): CodedNode => ({
  id: String(row.id),
  parentId: row.parentId === null ? null : String(row.parentId),
  code: row.code ?? '',
});

describe('the demo organization', () => {
  let test: TestDatabase;
  let models: Models;
  const setting = async <T>(name: string): Promise<T> => JSON.parse((await models.Setting.findByPk(name))?.get().value ?? 'null') as T;
  const idsByCode = (rows: readonly CodedNode[]) => new Map(rows.map((row) => [row.code, row.id]));

  before(async () => {
    test = await createTestDatabase();
    models = modelsOf(test.db);
    await seedDemoOrganization(test.db, { clock: { now: () => new Date('2026-11-23T05:30:00Z') }, random: seededRandom(1405) });
  });
  after(() => test.dispose());

  it('given the units, positions and locations, when checked as trees, then none has a problem and each has one root', async () => {
    const units = (await models.OrgUnit.findAll()).map((row) => node(row.get()));
    const positions = (await models.Position.findAll()).map((row) => node(row.get()));
    const locations: Location[] = (await models.Location.findAll()).map((row) => {
      const location = row.get();
      return { ...node(location), kind: location.kind as LocationKind, name: location.nameFa };
    });
    assert.deepEqual(findTreeProblems(units, 'units'), []);
    assert.deepEqual(findTreeProblems(positions, 'positions'), []);
    assert.deepEqual(findLocationProblems(locations), []);
    assert.equal(units.filter((unit) => unit.parentId === null).length, 1);
    assert.equal(positions.filter((position) => position.parentId === null).length, 1);
    const cities = (await models.Location.findAll({ where: { kind: 'city' } })).map((row) => row.get().nameFa);
    for (const city of ['تهران', 'اصفهان', 'مشهد', 'تبریز', 'شیراز']) assert.ok(cities.includes(city), city);
    assert.ok(locations.filter((location) => location.kind === 'floor').length >= 15);
  });

  it('given every position, when its escalation path is walked, then it reaches the head of the organization', async () => {
    const rows = (await models.Position.findAll()).map((row) => row.get());
    const positions = indexTree<Position>(rows.map((row) => ({ ...node(row), title: row.titleFa, unitId: String(row.unitId) })));
    const codes = new Map(rows.map((row) => [String(row.id), row.code ?? '']));
    const top = rows.find((row) => row.parentId === null);
    assert.equal(top?.code, 'HEAD-CHIEF');
    for (const position of positions.values()) {
      const path = escalationPath(positions, position.id);
      const last = path.at(-1) ?? position;
      assert.equal(last.parentId, null, `${codes.get(position.id)} ends at a top`);
      assert.equal(codes.get(last.id), 'HEAD-CHIEF', codes.get(position.id));
    }
    const idOf = new Map([...codes].map(([id, code]) => [code, id]));
    const chain = (code: string) => escalationPath(positions, idOf.get(code) ?? '').map((p) => codes.get(p.id));
    assert.deepEqual(chain('SD-OPERATOR'), ['SD-HEAD', 'IT-DIR', 'SUP-DEPUTY', 'HEAD-CHIEF']);
    assert.deepEqual(chain('NET-EXPERT'), ['NET-HEAD', 'IT-DIR', 'SUP-DEPUTY', 'HEAD-CHIEF']);
    assert.deepEqual(chain('NET-ISF'), ['NET-HEAD', 'IT-DIR', 'SUP-DEPUTY', 'HEAD-CHIEF']);
    const people = await models.PersonPosition.findAll();
    const held = new Set(people.map((row) => String(row.get().positionId)));
    for (const position of positions.values()) assert.ok(held.has(position.id), `someone holds ${codes.get(position.id)}`);
  });

  it('given the catalogue, when walked, then every category is three levels deep under one of the four roots', async () => {
    const rows = (await models.Category.findAll()).map((row) => row.get());
    const categories = indexTree(rows.map(node));
    assert.deepEqual(findTreeProblems([...categories.values()], 'categories'), []);
    const roots = rows.filter((row) => row.parentId === null);
    assert.deepEqual(roots.map((root) => root.nameFa).sort(), ['آموزش', 'سخت‌افزار و شبکه', 'سیستم‌عامل', 'نرم‌افزار'].sort());
    const priorities = new Set((await models.Priority.findAll()).map((row) => row.get().code));
    for (const row of rows) {
      const depth = pathFromRoot(categories, String(row.id)).length;
      const hasChildren = rows.some((child) => child.parentId === row.id);
      assert.ok(depth >= 1 && depth <= 3, `${row.code} is at depth ${depth}`);
      assert.equal(hasChildren, depth < 3, `${row.code}: only the third level are leaves`);
      assert.ok((REQUEST_TYPES as readonly string[]).includes(row.requestType), row.code ?? '');
      assert.ok(priorities.has(row.defaultPriorityCode ?? ''), row.code ?? '');
      assert.ok((row.handlingMinutes ?? 0) > 0 && row.nameEn !== '' && (row.searchText ?? '') !== '', row.code ?? '');
    }
    for (const type of REQUEST_TYPES) assert.ok(rows.some((row) => row.requestType === type), `some category is of type ${type}`);
    const oa = rows.find((row) => row.nameFa === 'سامانه اتوماسیون اداری');
    assert.ok(oa);
    assert.ok(rows.some((row) => row.parentId === oa.id && row.nameFa === 'گزارش‌گیری'));
  });

  it('given the routing rules, when validated and asked, then they are valid and send tickets where the README says', async () => {
    const targets = await models.RoutingRulePosition.findAll();
    const rules: RoutingRule[] = (await models.RoutingRule.findAll()).map((row) => {
      const rule = row.get();
      const positionIds = targets.filter((t) => t.get().ruleId === rule.id).map((t) => String(t.get().positionId));
      return {
        id: String(rule.id),
        categoryId: rule.categoryId === null ? null : String(rule.categoryId),
        locationId: rule.locationId === null ? null : String(rule.locationId),
        priority: rule.priority,
        target: rule.targetKind === 'contractor' ? { kind: 'contractor', contractorId: String(rule.contractorId ?? '') } : { kind: 'positions', positionIds },
      };
    });
    assert.deepEqual(validateRoutingRules(rules), []);

    const categories = indexTree((await models.Category.findAll()).map((row) => node(row.get())));
    const locations = indexTree((await models.Location.findAll()).map((row) => node(row.get())));
    const positions = (await models.Position.findAll()).map((row) => node(row.get()));
    const contractors = (await models.Contractor.findAll()).map((row) => ({ id: String(row.get().id), code: row.get().code }));
    const positionCodes = new Map(positions.map((p) => [p.id, p.code]));
    const messageCenter = await setting<PositionSetting>(SETTING_NAMES.messageCenterPosition);
    const category = idsByCode([...categories.values()]);
    const location = idsByCode([...locations.values()]);
    const route = (categoryCode: string | null, locationCode: string | null): string[] => {
      const decision = resolveRouting({
        rules,
        categoryPath: categoryCode === null ? [] : pathFromRoot(categories, category.get(categoryCode) ?? '').map((n) => n.id),
        locationPath: locationCode === null ? [] : pathFromRoot(locations, location.get(locationCode) ?? '').map((n) => n.id),
        fallbackPositionId: String(messageCenter.positionId),
      });
      return decision.target.kind === 'contractor'
        ? [`contractor:${contractors.find((c) => c.id === (decision.target as { contractorId: string }).contractorId)?.code}`]
        : decision.target.positionIds.map((id) => positionCodes.get(id) ?? id).sort();
    };
    assert.deepEqual(route('HW-PRINTER-FAULT', 'ISF-B-1'), ['contractor:ZAYANDEH-PRINT']);
    assert.deepEqual(route('HW-PRINTER-FAULT', 'KSH-B'), ['NET-ISF']);
    assert.deepEqual(route('HW-PRINTER-FAULT', 'THR-HQ-3'), ['NET-HARDWARE']);
    assert.deepEqual(route('HW-PRINTER-COPIER', 'THR-HQ-3'), ['contractor:NEGAR-COPY']);
    assert.deepEqual(route('HW-NET-CABLING', 'THR-HQ-2'), ['contractor:ALBORZ-CABLING']);
    assert.deepEqual(route('HW-NET-VPN', 'SHZ-B-1'), ['NET-EXPERT']);
    assert.deepEqual(route('OS-WIN-SLOW', 'TBZ-B-G'), ['NET-AZE']);
    assert.deepEqual(route('SW-OA-SIGN', 'THR-HQ-4'), ['SW-OA', 'SYS-DESKTOP']);
    assert.deepEqual(route('SW-OA-REPORT', 'MHD-B-2'), ['SW-OA']);
    assert.deepEqual(route(null, 'THR-HQ-1'), ['SD-OPERATOR']);
  });

  it('given the SLA targets, when validated against the priorities, then there is no problem', async () => {
    const priorities = (await models.Priority.findAll({ order: [['rankOrder', 'ASC']] })).map((row) => row.get());
    assert.deepEqual(priorities.map((p) => p.code), ['critical', 'high', 'medium', 'low']);
    assert.ok(priorities.every((p) => /^#[0-9a-f]{6}$/.test(p.color) && p.nameFa !== '' && p.nameEn !== ''));
    assert.equal(priorities.filter((p) => p.isDefault).length, 1);
    const rules = (await models.SlaTarget.findAll()).map((row) => {
      const target = row.get();
      return {
        categoryId: target.categoryId === null ? null : String(target.categoryId),
        priority: target.priorityCode,
        responseMinutes: target.responseMinutes,
        resolutionMinutes: target.resolutionMinutes,
      };
    });
    assert.deepEqual(validateSlaTargets(rules, priorities.map((p) => p.code)), []);
  });

  it('given the calendar settings and holidays, when validated, then it is the Iranian week with the holidays of 1405', async () => {
    const stored = await setting<BusinessCalendarSetting>(SETTING_NAMES.businessCalendar);
    const holidays = (await models.Holiday.findAll()).map((row) => row.get());
    const definition: BusinessCalendarDefinition = {
      timeZone: stored.timeZone,
      week: stored.week,
      holidays: holidays.map((h) => ({ month: h.month, day: h.day, name: h.nameFa, ...(h.year === null ? {} : { year: h.year }) })),
    };
    assert.deepEqual(validateBusinessCalendar(definition), []);
    assert.equal(stored.timeZone, 'Asia/Tehran');
    assert.deepEqual(stored.week, iranianWorkWeek({ thursday: 'halfDay' }));
    assert.ok(holidays.some((h) => h.year === null && h.month === 1 && h.day === 1), 'Nowruz recurs');
    assert.ok(holidays.filter((h) => h.year !== null).every((h) => h.year === 1405), 'the lunar holidays are of 1405');
    const calendar = createBusinessCalendar(definition);
    const at = (iso: string) => isWorkingTime(calendar, new Date(iso));
    assert.equal(at('2026-06-24T10:00:00+03:30'), false, 'Tasua 1405, a Wednesday');
    assert.equal(at('2026-06-27T10:00:00+03:30'), true, 'the Saturday after Ashura');
    assert.equal(at('2026-06-18T12:00:00+03:30'), true, 'a Thursday morning');
    assert.equal(at('2026-06-18T14:00:00+03:30'), false, 'a Thursday afternoon');
    assert.equal(at('2026-06-19T10:00:00+03:30'), false, 'a Friday');
  });

  it('given the position and policy settings, when read, then they point at seeded positions and validate', async () => {
    const positions = new Map((await models.Position.findAll()).map((row) => [row.get().id, row.get().code]));
    assert.equal(positions.get((await setting<PositionSetting>(SETTING_NAMES.messageCenterPosition)).positionId), 'SD-OPERATOR');
    assert.equal(positions.get((await setting<PositionSetting>(SETTING_NAMES.feedbackAgentsPosition)).positionId), 'SD-FEEDBACK');
    assert.deepEqual(validateFeedbackPolicy(await setting<FeedbackPolicy>(SETTING_NAMES.feedbackPolicy)), []);
    assert.deepEqual(validateEscalationPolicy(await setting<EscalationPolicy>(SETTING_NAMES.escalationPolicy)), []);
  });
});
