import type { ReportId } from '../../contract/reports.js';
import type { ReportDefinition } from './report-definition.js';
import { contractorDefinition } from './tables/contractor-tables.js';
import { dailyDefinition } from './tables/daily-tables.js';
import { dailyTotalsDefinition } from './tables/daily-totals-tables.js';
import { dashboardDefinition } from './tables/dashboard-tables.js';
import { operatorDefinition } from './tables/operator-tables.js';
import { responseTimeDefinition } from './tables/response-time-tables.js';
import { staffDefinition } from './tables/staff-tables.js';
import { topCategoriesDefinition } from './tables/top-categories-tables.js';
import { trainingGapsDefinition } from './tables/training-gaps-tables.js';

/** Every report by its id. */
export const REPORTS: Readonly<Record<ReportId, ReportDefinition>> = {
  dashboard: dashboardDefinition,
  daily: dailyDefinition,
  'daily-totals': dailyTotalsDefinition,
  operators: operatorDefinition,
  staff: staffDefinition,
  contractors: contractorDefinition,
  'top-categories': topCategoriesDefinition,
  'training-gaps': trainingGapsDefinition,
  'response-times': responseTimeDefinition,
};
