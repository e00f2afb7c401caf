import type { Transaction } from 'sequelize';
import { normalizeForSearch } from '../../core/text/normalize-for-search.js';
import type { Models } from '../models/index.js';
import { CodeIds } from './code-ids.js';
import { DEMO_CATEGORIES } from './demo-categories.js';
import { DEMO_PRIORITIES } from './demo-priorities.js';
import { DEMO_ROUTING_RULES } from './demo-routing-rules.js';
import { DEMO_SLA_TARGETS } from './demo-sla-targets.js';
import type { OrgChartIds } from './insert-org-chart.js';

export interface CatalogueCounts {
  readonly priorities: number;
  readonly categories: number;
  readonly routingRules: number;
  readonly slaTargets: number;
}

/** Priorities, the three-level categories, routing rules and SLA targets. */
export async function insertCatalogue(models: Models, transaction: Transaction, now: Date, org: OrgChartIds): Promise<CatalogueCounts> {
  const options = { transaction };
  const stamps = { createdAt: now, updatedAt: now };

  await models.Priority.bulkCreate(
    DEMO_PRIORITIES.map((p) => ({ code: p.code, nameFa: p.fa, nameEn: p.en, color: p.color, rankOrder: p.rank, isDefault: p.isDefault, ...stamps })),
    options,
  );

  const categories = new CodeIds('category');
  // The search text holds the whole path in both languages, so that «چاپگر» finds every printer subject.
  const searchPaths = new Map<string, string>();
  let sortOrder = 0;
  for (const category of DEMO_CATEGORIES) {
    const path = `${category.parent === null ? '' : `${searchPaths.get(category.parent) ?? ''} `}${category.fa} ${category.en}`;
    searchPaths.set(category.code, path);
    const row = await models.Category.create(
      {
        parentId: categories.optional(category.parent),
        code: category.code,
        nameFa: category.fa,
        nameEn: category.en,
        searchText: normalizeForSearch(path),
        requestType: category.requestType,
        requestTypes: category.requestTypes === undefined ? null : JSON.stringify(category.requestTypes),
        defaultPriorityCode: category.priority,
        handlingMinutes: category.minutes,
        sortOrder: sortOrder++,
        ...stamps,
      },
      options,
    );
    categories.set(category.code, row.get().id);
  }

  for (const rule of DEMO_ROUTING_RULES) {
    const row = await models.RoutingRule.create(
      {
        categoryId: categories.optional(rule.category),
        locationId: org.locations.optional(rule.location),
        targetKind: rule.contractor === undefined ? 'positions' : 'contractor',
        contractorId: org.contractors.optional(rule.contractor),
        description: rule.description,
        ...stamps,
      },
      options,
    );
    const ruleId = row.get().id;
    await models.RoutingRulePosition.bulkCreate((rule.positions ?? []).map((code) => ({ ruleId, positionId: org.positions.get(code) })), options);
  }

  await models.SlaTarget.bulkCreate(
    DEMO_SLA_TARGETS.map((target) => ({
      categoryId: categories.optional(target.category),
      priorityCode: target.priority,
      responseMinutes: target.responseMinutes,
      resolutionMinutes: target.resolutionMinutes,
      ...stamps,
    })),
    options,
  );
  return { priorities: DEMO_PRIORITIES.length, categories: categories.size, routingRules: DEMO_ROUTING_RULES.length, slaTargets: DEMO_SLA_TARGETS.length };
}
