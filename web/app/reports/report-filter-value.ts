import type { DayRange } from './report-range';

/** What the filters of a report page hold: the days, and optionally a requester unit and a category. */
export interface ReportFilterValue {
  readonly range: DayRange;
  readonly unitId: number | null;
  readonly categoryId: number | null;
}
