/**
 * The management reports (GET /api/reports/…). Every report answers with the same shape: tables of
 * typed cells, each column labelled in Persian and English. The page shows exactly these tables
 * (and draws its charts from them), and the CSV and XLSX exports write exactly these tables, so
 * that what is on screen and what is in the file always agree.
 */

/** The reports, each at /api/reports/<id> and /api/reports/<id>/export. */
export const REPORT_IDS = [
  'dashboard',
  'daily',
  'daily-totals',
  'operators',
  'staff',
  'contractors',
  'top-categories',
  'training-gaps',
  'response-times',
] as const;
export type ReportId = (typeof REPORT_IDS)[number];

export const REPORT_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ReportExportFormat = (typeof REPORT_EXPORT_FORMATS)[number];

export interface LocalizedText {
  readonly fa: string;
  readonly en: string;
}

/** A cell: text, a number, a name in both languages, or nothing. */
export type ReportCell = string | number | LocalizedText | null;

/**
 * How a column's cells are read and shown:
 * - `text`: plain text; `code`: an identifier kept left to right (a tracking code);
 * - `label`: a `LocalizedText` (a unit, a category, a status);
 * - `count`: an integer; `number`: a decimal; `score`: an average satisfaction (1–5);
 * - `percent`: a ratio from 0 to 1;
 * - `minutes`: a duration in minutes (business minutes where the column says so); `seconds`: a duration in seconds;
 * - `day`: a calendar day on Tehran's clock, `YYYY-MM-DD`; `instant`: an ISO instant.
 */
export type ReportColumnKind = 'text' | 'code' | 'label' | 'count' | 'number' | 'score' | 'percent' | 'minutes' | 'seconds' | 'day' | 'instant';

export interface ReportColumn {
  readonly key: string;
  readonly label: LocalizedText;
  readonly kind: ReportColumnKind;
}

/** A row's cells by column key; a row may carry more keys than its table shows (`color`, ids). */
export type ReportRow = Readonly<Record<string, ReportCell>>;

export interface ReportTable {
  /** Stable within a report (`openByUnit`); the dashboard's charts find their data by it. */
  readonly id: string;
  readonly title: LocalizedText;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly ReportRow[];
  /** A closing row of totals, when the table has one. */
  readonly totals?: ReportRow;
  /** More rows matched than a report returns; the export has the same limit. */
  readonly truncated?: boolean;
}

/** GET /api/reports/<id> */
export interface ReportResult {
  readonly report: ReportId;
  readonly title: LocalizedText;
  /** The range asked for, `[from, to)`, as ISO instants. */
  readonly from: string;
  readonly to: string;
  readonly generatedAt: string;
  /** Whose tickets the numbers cover: the whole organization, or the positions a supervisor oversees. */
  readonly scope: 'organization' | 'subtree';
  readonly tables: readonly ReportTable[];
}

/**
 * The query every report takes: `from` and `to` are ISO instants (the page turns Jalali days into
 * Tehran midnights); `unitId` keeps requesters of that unit and the units below it; `categoryId`
 * keeps that category and the ones below it. `level` (top-categories only): 1 for systems, 2 for
 * their subsystems.
 */
export interface ReportQuery {
  readonly from: string;
  readonly to: string;
  readonly unitId?: number;
  readonly categoryId?: number;
  readonly level?: 1 | 2;
}

/** A node of a tree the filters offer (units, categories). */
export interface ReportOption {
  readonly id: number;
  readonly parentId: number | null;
  readonly name: LocalizedText;
}

/** GET /api/reports/options: what the filters offer. */
export interface ReportOptions {
  readonly units: readonly ReportOption[];
  readonly categories: readonly ReportOption[];
  readonly priorities: readonly { readonly code: string; readonly name: LocalizedText; readonly color: string; readonly rank: number }[];
}
