import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ReportTable } from '../../../contract/reports';
import { I18n } from '../../core/i18n/i18n';
import { provideTestBasics } from '../../test-support/provide-test-basics';
import { reportsEn } from '../reports.en';
import { reportsFa } from '../reports.fa';
import { ReportTableView } from './report-table';

const table: ReportTable = {
  id: 'tickets',
  title: { fa: 'درخواست‌ها', en: 'Tickets' },
  columns: [
    { key: 'trackingCode', kind: 'code', label: { fa: 'کد رهگیری', en: 'Tracking code' } },
    { key: 'registered', kind: 'count', label: { fa: 'تعداد', en: 'Count' } },
  ],
  rows: [
    { trackingCode: '81234567', registered: 12, ticketId: 5 },
    { trackingCode: '81234575', registered: 3 },
  ],
  totals: { trackingCode: { fa: 'جمع', en: 'Total' }, registered: 15 },
};

async function render(value: ReportTable) {
  TestBed.configureTestingModule({ providers: [...provideTestBasics({ language: 'fa' }).providers, provideRouter([])] });
  TestBed.inject(I18n).addMessages({ fa: reportsFa, en: reportsEn });
  const fixture = TestBed.createComponent(ReportTableView);
  fixture.componentRef.setInput('table', value);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('ReportTableView', () => {
  it('given a table, when shown in Persian, then it is captioned, headed, its numbers in Persian digits and its totals in the footer', async () => {
    const element = await render(table);
    expect(element.querySelector('caption')?.textContent?.trim()).toBe('درخواست‌ها');
    expect([...element.querySelectorAll('thead th')].map((cell) => cell.getAttribute('scope'))).toEqual(['col', 'col']);
    expect(element.querySelector('tbody tr td')?.textContent?.trim()).toBe('۱۲');
    expect(element.querySelector('tfoot th')?.textContent?.trim()).toBe('جمع');
    expect(element.querySelector('tfoot td')?.textContent?.trim()).toBe('۱۵');
    expect(element.querySelector('[role="region"]')?.getAttribute('tabindex')).toBe('0');
  });

  it('given tracking codes, when a row names its ticket, then the code links to the ticket page, kept left to right', async () => {
    const element = await render(table);
    const links = element.querySelectorAll('tbody a');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe('/tickets/5');
    expect(links[0]!.querySelector('bdi')?.textContent).toBe('81234567');
  });

  it('given no rows, when shown, then it says there is nothing in the range', async () => {
    const element = await render({ id: table.id, title: table.title, columns: table.columns, rows: [] });
    expect(element.querySelector('td.empty')?.textContent?.trim()).toBe(reportsFa['reports.table.empty']);
    expect(element.querySelector('tfoot')).toBeNull();
  });
});
