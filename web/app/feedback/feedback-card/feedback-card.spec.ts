import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AwaitingFeedback } from '../../../contract/feedback';
import { provideApi } from '../../core/api/provide-api';
import { I18n } from '../../core/i18n/i18n';
import { provideTestBasics } from '../../test-support/provide-test-basics';
import { feedbackEn } from '../feedback.en';
import { feedbackFa } from '../feedback.fa';
import { FeedbackCard, type FeedbackRecorded } from './feedback-card';

const ticket: AwaitingFeedback = {
  id: 42,
  trackingCode: '31234567',
  subject: 'چاپگر کار نمی‌کند',
  categoryId: null,
  requesterName: 'مینا اسدی',
  requesterPhone: '+989121234567',
  registeredAt: '2026-11-22T06:00:00Z',
  resolvedAt: '2026-11-23T07:00:00Z',
  resolution: 'درایور دوباره نصب شد',
  attempts: 0,
};

async function render() {
  TestBed.configureTestingModule({ providers: [...provideTestBasics().providers, provideApi(), provideHttpClientTesting(), provideRouter([])] });
  TestBed.inject(I18n).addMessages({ fa: feedbackFa, en: feedbackEn });
  const fixture = TestBed.createComponent(FeedbackCard);
  fixture.componentRef.setInput('ticket', ticket);
  const recorded: FeedbackRecorded[] = [];
  fixture.componentInstance.recorded.subscribe((event) => recorded.push(event));
  await fixture.whenStable();
  const backend = TestBed.inject(HttpTestingController);
  const element = fixture.nativeElement as HTMLElement;
  return { fixture, backend, element, recorded };
}

describe('FeedbackCard', () => {
  it('given the card opened at version 7, when a score and comment are recorded, then the answer goes with expectedVersion 7 and the card reports it', async () => {
    const { fixture, backend, element, recorded } = await render();
    backend.expectOne('/api/tickets/42').flush({ version: 7 });
    expect(element.textContent).toContain('درایور دوباره نصب شد');
    expect(element.querySelector('a[href="tel:+989121234567"]')).not.toBeNull();

    element.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!.click();
    const comment = element.querySelector('textarea')!;
    comment.value = '  هنوز کند است ';
    comment.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();

    const post = backend.expectOne('/api/tickets/42/feedback');
    expect(post.request.body).toEqual({ expectedVersion: 7, response: { kind: 'answered', score: 2, comment: 'هنوز کند است' } });
    post.flush({ ticketId: 42, version: 9, status: 'inProgress', repeated: false });
    await fixture.whenStable();
    expect(recorded).toEqual([{ ticket, answer: { kind: 'answered', score: 2, comment: 'هنوز کند است' }, status: 'inProgress' }]);
  });

  it('given no score chosen, when recording, then it asks for one and sends nothing; "no answer" needs none', async () => {
    const { fixture, backend, element, recorded } = await render();
    backend.expectOne('/api/tickets/42').flush({ version: 3 });
    element.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('میزان رضایت را انتخاب کنید');
    backend.expectNone('/api/tickets/42/feedback');

    element.querySelector<HTMLButtonElement>('button.secondary')!.click();
    await fixture.whenStable();
    backend.expectOne('/api/tickets/42/feedback').flush({ ticketId: 42, version: 4, status: 'resolved', repeated: false });
    await fixture.whenStable();
    expect(recorded.map((event) => event.answer)).toEqual([{ kind: 'noAnswer' }]);
  });

  it('given the ticket changed meanwhile, when recording, then the conflict is shown and nothing is reported', async () => {
    const { fixture, backend, element, recorded } = await render();
    backend.expectOne('/api/tickets/42').flush({ version: 3 });
    element.querySelector<HTMLButtonElement>('button.secondary')!.click();
    await fixture.whenStable();
    backend
      .expectOne('/api/tickets/42/feedback')
      .flush({ error: 'business_rule', code: 'TICKET_VERSION_CONFLICT', message: 'the ticket was changed meanwhile' }, { status: 422, statusText: 'Unprocessable Entity' });
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(element.querySelector('[role="alert"] pk-api-error-message')?.textContent).toContain('این درخواست در این فاصله تغییر کرده است');
    });
    expect(recorded).toEqual([]);
  });
});
