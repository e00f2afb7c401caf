import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { HealthResponse } from '../../contract/health';
import { provideApi } from '../core/api/provide-api';
import { I18n } from '../core/i18n/i18n';
import { provideTestBasics } from '../test-support/provide-test-basics';
import { StatusPage } from './status-page';

const healthy: HealthResponse = {
  status: 'ok',
  version: '0.1.0',
  database: { dialect: 'sqlite', state: 'up', schemaVersion: '20261123-01-engine-state.ts' },
  engine: { kind: 'embedded', state: 'up' },
  processes: [{ bpmnProcessId: 'ticket-lifecycle', version: 12 }],
};

async function render() {
  const basics = provideTestBasics();
  TestBed.configureTestingModule({ providers: [...basics.providers, provideApi(), provideHttpClientTesting()] });
  const fixture = TestBed.createComponent(StatusPage);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const backend = TestBed.inject(HttpTestingController);
  const text = (selector: string) => element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  return { fixture, element, backend, text, clock: basics.clock };
}

describe('StatusPage', () => {
  it('given the check under way, when the page shows, then it says it is checking', async () => {
    const { backend, text } = await render();
    expect(text('[role="status"]')).toBe('در حال بررسی وضعیت سرور…');
    backend.expectOne('/api/health');
  });

  it('given a healthy server, when it answers, then database, engine and processes show as up with Jalali time and Persian digits', async () => {
    const { fixture, backend, text, clock } = await render();
    clock.advance(3 * 60_000);
    backend.expectOne('/api/health').flush(healthy);
    await fixture.whenStable();
    expect(text('[data-testid="overall-status"] .overall-text')).toBe('همهٔ اجزا کار می‌کنند');
    expect(text('[data-testid="checked-at"]')).toBe('آخرین بررسی: ۲ آذر ۱۴۰۵، ساعت ۱۳:۰۸ (اکنون)');
    expect(text('[data-testid="database-state"]')).toBe('فعال');
    expect(text('[data-testid="engine-state"]')).toBe('فعال');
    expect(text('[data-testid="database"] dd')).toBe('SQLite');
    expect(text('[data-testid="processes"] tbody td:first-child')).toBe('ticket-lifecycle');
    expect(text('[data-testid="processes"] tbody td.number')).toBe('۱۲');
    expect(text('[data-testid="version"]')).toBe('۰.۱.۰');

    TestBed.inject(I18n).setLanguage('en');
    clock.advance(3 * 60_000);
    await fixture.whenStable();
    expect(text('[data-testid="checked-at"]')).toBe('Last checked: 23 Nov 2026, 13:08 (3 minutes ago)');
    expect(text('[data-testid="engine-state"]')).toBe('Up');
  });

  it('given a degraded server, when it answers 503 with its report, then the report shows what is down', async () => {
    const { fixture, backend, text } = await render();
    const degraded: HealthResponse = { ...healthy, status: 'degraded', engine: { kind: 'embedded', state: 'down', detail: 'timer loop stopped' } };
    backend.expectOne('/api/health').flush(degraded, { status: 503, statusText: 'Service Unavailable' });
    await fixture.whenStable();
    expect(text('[data-testid="overall-status"] .overall-text')).toBe('برخی اجزا از کار افتاده‌اند');
    expect(text('[data-testid="engine-state"]')).toBe('از کار افتاده');
    expect(text('[data-testid="engine"] dl')).toContain('timer loop stopped');
  });

  it('given a server error, when it answers, then the error and its id are shown and a retry succeeds', async () => {
    const { fixture, element, backend, text } = await render();
    backend.expectOne('/api/health').flush({ error: 'internal', errorId: 'e-42' }, { status: 500, statusText: 'Internal Server Error' });
    await fixture.whenStable();
    expect(text('[role="alert"] h2')).toBe('وضعیت سرور دریافت نشد');
    expect(text('pk-api-error-message')).toContain('e-42');

    element.querySelector<HTMLButtonElement>('button.retry')!.click();
    backend.expectOne('/api/health').flush(healthy);
    await fixture.whenStable();
    expect(text('[data-testid="database-state"]')).toBe('فعال');
  });

  it('given no server, when the request fails, then the page says the server could not be reached', async () => {
    const { fixture, backend, text } = await render();
    backend.expectOne('/api/health').error(new ProgressEvent('error'), { status: 0 });
    await fixture.whenStable();
    expect(text('pk-api-error-message')).toContain('ارتباط با سرور برقرار نشد');
  });
});
