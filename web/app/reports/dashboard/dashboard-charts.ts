import type { ReportResult, ReportRow, ReportTable } from '../../../contract/reports';
import type { I18n } from '../../core/i18n/i18n';
import type { MessageId } from '../../core/i18n/message-id';
import type { ChartSeries, ChartSpec } from '../../shared/charts/chart-spec';
import { formatReportCell, formatShortDay } from '../format-report-cell';

/** A chart of the dashboard, and the table with its data for readers who cannot see it. */
export interface DashboardChart {
  readonly id: string;
  readonly title: MessageId;
  readonly spec: ChartSpec;
  readonly table: ReportTable;
}

const OPEN = '#0f6b7a';
const OVERDUE = '#b42318';
/** From very dissatisfied (1) to very satisfied (5). */
const SCORE_COLORS = ['#b42318', '#c2410c', '#a16207', '#4d7c0f', '#15803d'];
/** Units with the most open tickets that a bar chart shows; the table lists them all. */
const MAX_UNIT_BARS = 12;

const number = (cell: ReportRow[string]) => (typeof cell === 'number' ? cell : null);

function series(table: ReportTable, key: string, i18n: I18n, rows: readonly ReportRow[] = table.rows, color?: string): ChartSeries {
  const column = table.columns.find((candidate) => candidate.key === key);
  return { label: column?.label[i18n.language()] ?? key, values: rows.map((row) => number(row[key] ?? null)), ...(color ? { color } : {}) };
}

function labels(table: ReportTable, key: string, i18n: I18n, rows: readonly ReportRow[] = table.rows): string[] {
  const column = table.columns.find((candidate) => candidate.key === key)!;
  return rows.map((row) => formatReportCell(row[key] ?? null, column, i18n));
}

/** The dashboard's charts, built from its tables in the reader's language. */
export function dashboardCharts(result: ReportResult, i18n: I18n): DashboardChart[] {
  const table = (id: string) => result.tables.find((candidate) => candidate.id === id);
  const charts: DashboardChart[] = [];
  const trend = table('trend');
  if (trend) {
    charts.push({
      id: 'trend',
      title: 'reports.chart.trend',
      table: trend,
      spec: { kind: 'line', labels: trend.rows.map((row) => formatShortDay(String(row['day']), i18n)), series: ['registered', 'resolved', 'closed'].map((key) => series(trend, key, i18n)) },
    });
  }
  const byCategory = table('openByCategory');
  if (byCategory) {
    charts.push({
      id: 'byCategory',
      title: 'reports.chart.byCategory',
      table: byCategory,
      spec: { kind: 'bar', labels: labels(byCategory, 'category', i18n), series: [series(byCategory, 'open', i18n, byCategory.rows, OPEN), series(byCategory, 'overdue', i18n, byCategory.rows, OVERDUE)] },
    });
  }
  const byUnit = table('openByUnit');
  if (byUnit) {
    const rows = byUnit.rows.slice(0, MAX_UNIT_BARS);
    charts.push({
      id: 'byUnit',
      title: 'reports.chart.byUnit',
      table: byUnit,
      spec: { kind: 'horizontalBar', labels: labels(byUnit, 'unit', i18n, rows), series: [series(byUnit, 'open', i18n, rows, OPEN), series(byUnit, 'overdue', i18n, rows, OVERDUE)] },
    });
  }
  const byPriority = table('byPriority');
  if (byPriority) {
    const colors = byPriority.rows.map((row) => (typeof row['color'] === 'string' ? row['color'] : '#6b7280'));
    charts.push({
      id: 'byPriority',
      title: 'reports.chart.byPriority',
      table: byPriority,
      spec: { kind: 'doughnut', labels: labels(byPriority, 'priority', i18n), series: [{ ...series(byPriority, 'registered', i18n), colors }] },
    });
    charts.push({
      id: 'sla',
      title: 'reports.chart.sla',
      table: byPriority,
      spec: { kind: 'bar', format: 'percent', labels: labels(byPriority, 'priority', i18n), series: [series(byPriority, 'responseSlaRate', i18n, byPriority.rows, '#0f6b7a'), series(byPriority, 'resolutionSlaRate', i18n, byPriority.rows, '#6d28d9')] },
    });
  }
  const satisfaction = table('satisfaction');
  if (satisfaction) {
    charts.push({
      id: 'satisfaction',
      title: 'reports.chart.satisfaction',
      table: satisfaction,
      spec: { kind: 'bar', labels: labels(satisfaction, 'score', i18n), series: [{ ...series(satisfaction, 'count', i18n), colors: SCORE_COLORS }] },
    });
  }
  return charts;
}
