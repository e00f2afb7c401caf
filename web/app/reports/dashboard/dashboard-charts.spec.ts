import { TestBed } from '@angular/core/testing';
import type { ReportResult, ReportTable } from '../../../contract/reports';
import { I18n } from '../../core/i18n/i18n';
import { provideTestBasics } from '../../test-support/provide-test-basics';
import { reportsEn } from '../reports.en';
import { reportsFa } from '../reports.fa';
import { dashboardCharts } from './dashboard-charts';

const label = (fa: string, en: string) => ({ fa, en });
const table = (id: string, columns: Array<[string, ReportTable['columns'][number]['kind']]>, rows: ReportTable['rows']): ReportTable => ({
  id,
  title: label(id, id),
  columns: columns.map(([key, kind]) => ({ key, kind, label: label(`${key}-fa`, `${key}-en`) })),
  rows,
});

const result: ReportResult = {
  report: 'dashboard',
  title: label('داشبورد', 'Dashboard'),
  from: '2026-11-01T20:30:00.000Z',
  to: '2026-11-03T20:30:00.000Z',
  generatedAt: '2026-11-23T09:35:00.000Z',
  scope: 'organization',
  tables: [
    table('trend', [['day', 'day'], ['registered', 'count'], ['resolved', 'count'], ['closed', 'count']], [
      { day: '2026-11-02', registered: 12, resolved: 9, closed: 7 },
      { day: '2026-11-03', registered: 15, resolved: 11, closed: 10 },
    ]),
    table('openByUnit', [['unit', 'label'], ['open', 'count'], ['overdue', 'count']], Array.from({ length: 15 }, (_, index) => ({ unit: label(`واحد ${index}`, `Unit ${index}`), open: 15 - index, overdue: index % 3 }))),
    table('byPriority', [['priority', 'label'], ['registered', 'count'], ['responseSlaRate', 'percent'], ['resolutionSlaRate', 'percent']], [
      { priority: label('فوری', 'Critical'), registered: 3, responseSlaRate: 1, resolutionSlaRate: 0.5, color: '#b42318' },
      { priority: label('عادی', 'Medium'), registered: 20, responseSlaRate: 0.9, resolutionSlaRate: null, color: '#0f6b7a' },
    ]),
  ],
};

function i18nIn(language: 'fa' | 'en'): I18n {
  TestBed.configureTestingModule({ providers: provideTestBasics({ language }).providers });
  const i18n = TestBed.inject(I18n);
  i18n.addMessages({ fa: reportsFa, en: reportsEn });
  return i18n;
}

describe('dashboard charts', () => {
  it('given the dashboard tables, when charted in Persian, then each chart keeps its table and reads Jalali days and Persian names', () => {
    const charts = dashboardCharts(result, i18nIn('fa'));
    expect(charts.map((chart) => chart.id)).toEqual(['trend', 'byUnit', 'byPriority', 'sla']);
    const trend = charts[0]!;
    expect(trend.table).toBe(result.tables[0]!);
    expect(trend.spec.kind).toBe('line');
    expect(trend.spec.labels[0]).toContain('آبان');
    expect(trend.spec.series.map((series) => series.label)).toEqual(['registered-fa', 'resolved-fa', 'closed-fa']);
    expect(trend.spec.series[0]!.values).toEqual([12, 15]);
  });

  it('given more units than fit, when charted, then the bars show the first twelve and the table keeps them all', () => {
    const byUnit = dashboardCharts(result, i18nIn('en')).find((chart) => chart.id === 'byUnit')!;
    expect(byUnit.spec.kind).toBe('horizontalBar');
    expect(byUnit.spec.labels).toHaveLength(12);
    expect(byUnit.spec.labels[0]).toBe('Unit 0');
    expect(byUnit.table.rows).toHaveLength(15);
  });

  it('given priorities, when charted, then slices take the priorities’ colours and deadline rates are percentages with gaps kept', () => {
    const charts = dashboardCharts(result, i18nIn('en'));
    const byPriority = charts.find((chart) => chart.id === 'byPriority')!;
    expect(byPriority.spec.series[0]!.colors).toEqual(['#b42318', '#0f6b7a']);
    const sla = charts.find((chart) => chart.id === 'sla')!;
    expect(sla.spec.format).toBe('percent');
    expect(sla.spec.series[1]!.values).toEqual([0.5, null]);
  });
});
