import type { LocalizedText, ReportId, ReportTable } from '../../contract/reports.js';
import type { ReportInput } from '../../../database/repositories/reports/report-input.js';
import type { RowNames } from './row-names.js';

/** What a report is built from: the query's input, the names of rows, and the category filter's root. */
export interface ReportContext {
  readonly input: ReportInput;
  readonly names: RowNames;
  readonly categoryRootId: number | undefined;
}

/** A report: its title and how its tables are computed; the JSON answer and both exports come from these tables. */
export interface ReportDefinition {
  readonly id: ReportId;
  readonly title: LocalizedText;
  build(context: ReportContext): Promise<ReportTable[]>;
}
