import type { Router } from 'express';
import type { ApiDeps } from '../api-deps.js';
import { ApiRouter } from '../http/api-router.js';
import { mountAdminAudit } from './admin-audit-routes.js';
import { mountAdminResource } from './admin-resource-routes.js';
import { categoryResource } from './catalogue/category-resource.js';
import { mountPriorityRead } from './catalogue/priority-read-routes.js';
import { priorityResource } from './catalogue/priority-resource.js';
import { contractorResource } from './org/contractor-resource.js';
import { locationResource } from './org/location-resource.js';
import { mountOrgChartRead } from './org/org-chart-read-routes.js';
import { orgUnitResource } from './org/org-unit-resource.js';
import { personResource } from './org/person-resource.js';
import { positionResource } from './org/position-resource.js';
import { routingRuleResource } from './routing/routing-rule-resource.js';
import { mountBusinessCalendar } from './settings/business-calendar-routes.js';
import { mountDeskSettings } from './settings/desk-settings-routes.js';
import { mountSlaTargets } from './settings/sla-target-routes.js';
import { mountSmsOutbox } from './sms/sms-outbox-routes.js';
import { mountSmsTemplates } from './sms/sms-template-routes.js';
import { mountApiKeys } from './users/api-key-routes.js';
import { mountUsers } from './users/user-routes.js';

/** The /api/admin endpoints: the organization, the catalogue, routing, SLA, calendar, settings, SMS, users, API keys, audit. */
export function adminRoutes(deps: ApiDeps): Router {
  const routes = new ApiRouter();
  mountAdminResource(routes, deps, orgUnitResource);
  mountAdminResource(routes, deps, positionResource);
  mountAdminResource(routes, deps, locationResource);
  mountAdminResource(routes, deps, personResource);
  mountAdminResource(routes, deps, contractorResource);
  mountAdminResource(routes, deps, categoryResource);
  mountAdminResource(routes, deps, priorityResource);
  mountAdminResource(routes, deps, routingRuleResource);
  mountSlaTargets(routes, deps);
  mountBusinessCalendar(routes, deps);
  mountDeskSettings(routes, deps);
  mountSmsTemplates(routes, deps);
  mountSmsOutbox(routes, deps);
  mountUsers(routes, deps);
  mountApiKeys(routes, deps);
  mountAdminAudit(routes, deps.db);
  // Read-only views of the same data for those who register and handle requests.
  mountPriorityRead(routes, deps.db);
  mountOrgChartRead(routes, deps.db);
  return routes.router;
}
