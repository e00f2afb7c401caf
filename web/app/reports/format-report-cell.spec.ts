import { TestBed } from '@angular/core/testing';
import type { ReportColumn } from '../../contract/reports';
import { I18n } from '../core/i18n/i18n';
import { provideTestBasics } from '../test-support/provide-test-basics';
import { formatMinutes, formatReportCell, formatSeconds, isNumericColumn } from './format-report-cell';
import { reportsEn } from './reports.en';
import { reportsFa } from './reports.fa';

const column = (kind: ReportColumn['kind']): ReportColumn => ({ key: 'x', kind, label: { fa: 'x', en: 'x' } });

function i18nIn(language: 'fa' | 'en'): I18n {
  TestBed.configureTestingModule({ providers: provideTestBasics({ language }).providers });
  const i18n = TestBed.inject(I18n);
  i18n.addMessages({ fa: reportsFa, en: reportsEn });
  return i18n;
}

describe('report cells', () => {
  it('given Persian, when counts, percentages, scores and days are shown, then they use Persian digits and the Jalali calendar', () => {
    const i18n = i18nIn('fa');
    expect(formatReportCell(1234, column('count'), i18n)).toBe('۱٬۲۳۴');
    expect(formatReportCell(0.875, column('percent'), i18n)).toContain('۸۷٫۵');
    expect(formatReportCell(4.25, column('score'), i18n)).toBe('۴٫۲۵');
    expect(formatReportCell('2026-11-23', column('day'), i18n)).toContain('آذر');
    expect(formatReportCell('2026-11-23', column('day'), i18n)).toContain('۱۴۰۵');
    expect(formatReportCell({ fa: 'شبکه', en: 'Network' }, column('label'), i18n)).toBe('شبکه');
    expect(formatReportCell(null, column('count'), i18n)).toBe('—');
  });

  it('given English, when the same cells are shown, then they are Gregorian with Latin digits', () => {
    const i18n = i18nIn('en');
    expect(formatReportCell(1234, column('count'), i18n)).toBe('1,234');
    expect(formatReportCell('2026-11-23', column('day'), i18n)).toMatch(/23 Nov(ember)? 2026/);
    expect(formatReportCell({ fa: 'شبکه', en: 'Network' }, column('label'), i18n)).toBe('Network');
    expect(formatReportCell('81234567', column('code'), i18n)).toBe('81234567');
  });

  it('given durations, when shown, then minutes become hours and seconds minutes as people say them', () => {
    const i18n = i18nIn('en');
    expect(formatMinutes(45, i18n)).toBe('45 min');
    expect(formatMinutes(120, i18n)).toBe('2 h');
    expect(formatMinutes(125.4, i18n)).toBe('2 h 5 min');
    expect(formatSeconds(40, i18n)).toBe('40 s');
    expect(formatSeconds(185, i18n)).toBe('3 min 5 s');
    expect(formatReportCell(90, column('minutes'), i18n)).toBe('1 h 30 min');
  });

  it('given column kinds, when asked which are numbers, then counts and durations are and labels and days are not', () => {
    expect(['count', 'number', 'score', 'percent', 'minutes', 'seconds'].every((kind) => isNumericColumn(column(kind as ReportColumn['kind'])))).toBe(true);
    expect(['text', 'code', 'label', 'day', 'instant'].some((kind) => isNumericColumn(column(kind as ReportColumn['kind'])))).toBe(false);
  });
});
