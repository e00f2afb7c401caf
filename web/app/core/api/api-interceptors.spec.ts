import { HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { provideTestBasics } from '../../test-support/provide-test-basics';
import { I18n } from '../i18n/i18n';
import { ApiError } from './api-error';
import { provideApi } from './provide-api';

function setUp() {
  TestBed.configureTestingModule({ providers: [...provideTestBasics().providers, provideApi(), provideHttpClientTesting()] });
  return { http: TestBed.inject(HttpClient), backend: TestBed.inject(HttpTestingController) };
}

async function failureOf(respond: (backend: HttpTestingController) => void): Promise<ApiError> {
  const { http, backend } = setUp();
  const answer = firstValueFrom(http.get('/api/thing'));
  respond(backend);
  return answer.then(
    () => Promise.reject(new Error('expected a failure')),
    (error: unknown) => error as ApiError,
  );
}

describe('API interceptors', () => {
  it('given the reader’s language, when a request goes out, then Accept-Language says it', () => {
    const { http, backend } = setUp();
    http.get('/api/a').subscribe();
    expect(backend.expectOne('/api/a').request.headers.get('Accept-Language')).toBe('fa-IR,fa;q=0.9');
    TestBed.inject(I18n).setLanguage('en');
    http.get('/api/b').subscribe();
    expect(backend.expectOne('/api/b').request.headers.get('Accept-Language')).toBe('en');
  });

  it('given a 400 with field problems, when it arrives, then the caller gets a validation error with them', async () => {
    const problems = [{ field: 'score', messageKey: 'feedback.score.outOfRange', params: { min: 1, max: 5 } }];
    const error = await failureOf((backend) => backend.expectOne('/api/thing').flush({ error: 'validation', problems }, { status: 400, statusText: 'Bad Request' }));
    expect(error).toBeInstanceOf(ApiError);
    expect([error.kind, error.messageId]).toEqual(['validation', 'api.error.validation']);
    expect(error.problems).toEqual(problems);
  });

  it.each([
    [403, { error: 'forbidden' }, 'forbidden', 'api.error.forbidden'],
    [404, { error: 'not_found', what: 'ticket' }, 'not_found', 'api.error.notFound'],
    [422, { error: 'business_rule', code: 'NO_SUCH_RULE', message: 'x' }, 'business_rule', 'api.error.businessRule'],
    [422, { error: 'business_rule', code: 'TICKET_CLOSED', message: 'closed' }, 'business_rule', 'businessRule.TICKET_CLOSED'],
    [409, { error: 'rejected', reason: 'x', message: 'y' }, 'rejected', 'api.error.rejected'],
    [401, null, 'unauthenticated', 'api.error.unauthenticated'],
    [503, 'Service Unavailable', 'unavailable', 'api.error.unavailable'],
    [418, null, 'unknown', 'api.error.unknown'],
  ])('given status %i, when it arrives, then the caller gets the matching message', async (status, body, kind, messageId) => {
    const error = await failureOf((backend) => backend.expectOne('/api/thing').flush(body, { status, statusText: 'x' }));
    expect([error.kind, error.status, error.messageId]).toEqual([kind, status, messageId]);
  });

  it('given a 500 with an error id, when it arrives, then the message carries the id for support', async () => {
    const error = await failureOf((backend) =>
      backend.expectOne('/api/thing').flush({ error: 'internal', errorId: 'e-42' }, { status: 500, statusText: 'Internal Server Error' }),
    );
    expect(TestBed.inject(I18n).translate(error.messageId, error.messageParams)).toContain('e-42');
  });

  it('given no answer at all, when the network fails, then the caller is told the server could not be reached', async () => {
    const error = await failureOf((backend) => backend.expectOne('/api/thing').error(new ProgressEvent('error'), { status: 0 }));
    expect([error.kind, error.messageId]).toEqual(['network', 'api.error.network']);
  });
});
