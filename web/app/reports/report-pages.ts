import type { ReportId } from '../../contract/reports';
import type { MessageId } from '../core/i18n/message-id';
import type { RangePreset } from './report-range';

/** A page of the reports area: its address under /reports, its words, and how it opens. */
export interface ReportPageInfo {
  readonly report: ReportId;
  /** Under /reports; '' for the dashboard. */
  readonly path: string;
  readonly title: MessageId;
  readonly description: MessageId;
  /** The range shown when the address names none. */
  readonly defaultPreset: RangePreset;
  /** Whether the unit and category filters apply. */
  readonly scoped: boolean;
}

export const REPORT_PAGES: readonly ReportPageInfo[] = [
  { report: 'dashboard', path: '', title: 'reports.dashboard.title', description: 'reports.dashboard.description', defaultPreset: 'last30', scoped: true },
  { report: 'daily', path: 'daily', title: 'reports.daily.title', description: 'reports.daily.description', defaultPreset: 'today', scoped: true },
  { report: 'daily-totals', path: 'daily-totals', title: 'reports.dailyTotals.title', description: 'reports.dailyTotals.description', defaultPreset: 'last30', scoped: true },
  { report: 'operators', path: 'operators', title: 'reports.operators.title', description: 'reports.operators.description', defaultPreset: 'last30', scoped: false },
  { report: 'staff', path: 'staff', title: 'reports.staff.title', description: 'reports.staff.description', defaultPreset: 'last30', scoped: true },
  { report: 'contractors', path: 'contractors', title: 'reports.contractors.title', description: 'reports.contractors.description', defaultPreset: 'last30', scoped: true },
  { report: 'top-categories', path: 'top-categories', title: 'reports.topCategories.title', description: 'reports.topCategories.description', defaultPreset: 'last30', scoped: true },
  { report: 'training-gaps', path: 'training-gaps', title: 'reports.trainingGaps.title', description: 'reports.trainingGaps.description', defaultPreset: 'last90', scoped: true },
  { report: 'response-times', path: 'response-times', title: 'reports.responseTimes.title', description: 'reports.responseTimes.description', defaultPreset: 'last30', scoped: true },
];
