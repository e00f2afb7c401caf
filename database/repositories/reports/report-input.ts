import type { SqlExecutor } from '../../database.js';
import type { ReportFilter } from './report-filter.js';
import type { ReportReference } from './report-reference.js';

/** What every report is computed from. */
export interface ReportInput {
  readonly read: SqlExecutor;
  readonly filter: ReportFilter;
  /** The instant "open now" and "overdue now" are judged at. */
  readonly now: Date;
  readonly reference: ReportReference;
}
