import { DOCUMENT } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import type { MeResponse } from '../../../contract/auth';
import { provideTestBasics } from '../../test-support/provide-test-basics';
import { provideApi } from '../api/provide-api';
import { I18n } from '../i18n/i18n';
import { AuthService } from './auth-service';

const me: MeResponse = {
  kind: 'user',
  user: { id: 7, username: 'admin', displayName: 'امیر محمدی', language: 'en', personId: 3 },
  roles: ['admin'],
  positions: [{ id: 4, titleFa: 'مدیر سامانه', titleEn: 'System administrator', unitId: 2 }],
  visiblePositionIds: [4],
  sessionExpiresAt: '2026-11-23T17:35:00.000Z',
};

function setUp(options: { cookie?: boolean; storedLanguage?: 'fa' | 'en' } = {}) {
  const basics = provideTestBasics(options.storedLanguage ? { language: options.storedLanguage } : {});
  TestBed.configureTestingModule({ providers: [...basics.providers, provideApi(), provideHttpClientTesting(), provideRouter([{ path: '**', children: [] }])] });
  const document = TestBed.inject(DOCUMENT);
  document.cookie = options.cookie ? 'XSRF-TOKEN=csrf-123; path=/' : 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  return { auth: TestBed.inject(AuthService), backend: TestBed.inject(HttpTestingController), router: TestBed.inject(Router), i18n: TestBed.inject(I18n) };
}

const flushPromises = () => new Promise((resolve) => setTimeout(resolve));

describe('AuthService', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('given no session cookie, when asked who is signed in, then nobody is, without asking the server', async () => {
    const { auth } = setUp();
    expect(auth.session().kind).toBe('unknown');
    expect(await auth.whenKnown()).toBeNull();
    expect(auth.session().kind).toBe('signedOut');
  });

  it('given a session cookie, when asked twice, then /api/auth/me is read once and gives the user, roles and positions', async () => {
    const { auth, backend } = setUp({ cookie: true });
    const first = auth.whenKnown();
    const second = auth.whenKnown();
    backend.expectOne('/api/auth/me').flush(me);
    const user = await first;
    expect(await second).toBe(user);
    expect(user?.displayName).toBe('امیر محمدی');
    expect(auth.hasAnyRole(['admin', 'auditor'])).toBe(true);
    expect(auth.hasAnyRole(['operator'])).toBe(false);
    expect(auth.user()?.positions.map((position) => position.titleEn)).toEqual(['System administrator']);
  });

  it('given a stale session cookie, when /me answers 401, then nobody is signed in', async () => {
    const { auth, backend } = setUp({ cookie: true });
    const known = auth.whenKnown();
    backend.expectOne('/api/auth/me').flush({ error: 'unauthenticated' }, { status: 401, statusText: 'Unauthorized' });
    expect(await known).toBeNull();
    expect(auth.session().kind).toBe('signedOut');
  });

  it('given no language chosen in this browser, when signing in, then the app switches to the user’s language', async () => {
    const { auth, backend, i18n } = setUp();
    const signedIn = auth.logIn({ username: 'admin', password: 'admin-demo' });
    const request = backend.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ username: 'admin', password: 'admin-demo' });
    request.flush(me);
    await signedIn;
    expect(auth.user()?.username).toBe('admin');
    expect(i18n.language()).toBe('en');
  });

  it('given Persian chosen in this browser, when an English-speaking user signs in, then the choice stands', async () => {
    const { auth, backend, i18n } = setUp({ storedLanguage: 'fa' });
    const signedIn = auth.logIn({ username: 'admin', password: 'admin-demo' });
    backend.expectOne('/api/auth/login').flush(me);
    await signedIn;
    expect(i18n.language()).toBe('fa');
  });

  it('given a wrong password, when signing in, then the caller gets the refusal and nobody is signed in', async () => {
    const { auth, backend } = setUp();
    const signedIn = auth.logIn({ username: 'admin', password: 'nope' });
    backend.expectOne('/api/auth/login').flush({ error: 'unauthenticated', reason: 'login_failed', message: 'x' }, { status: 401, statusText: 'Unauthorized' });
    await expect(signedIn).rejects.toMatchObject({ kind: 'unauthenticated', status: 401 });
    expect(auth.session().kind).not.toBe('signedIn');
  });

  it('given a signed-in user, when a state-changing call goes out, then it carries the CSRF token from the cookie', async () => {
    const { backend } = setUp({ cookie: true });
    TestBed.inject(HttpClient).post('/api/admin/org-units', {}).subscribe();
    TestBed.inject(HttpClient).get('/api/admin/org-units').subscribe();
    const writes = backend.match((request) => request.method === 'POST');
    expect(writes[0]!.request.headers.get('X-XSRF-TOKEN')).toBe('csrf-123');
    const reads = backend.match((request) => request.method === 'GET');
    expect(reads[0]!.request.headers.has('X-XSRF-TOKEN')).toBe(false);
    [...writes, ...reads].forEach((request) => request.flush({}));
  });

  it('given a signed-in user on a page, when any API call answers 401, then they are sent to sign in and brought back afterwards', async () => {
    const { auth, backend, router } = setUp({ cookie: true });
    const known = auth.whenKnown();
    backend.expectOne('/api/auth/me').flush(me);
    await known;
    await router.navigateByUrl('/admin/people?q=x');
    TestBed.inject(HttpClient).get('/api/admin/people').subscribe({ error: () => undefined });
    backend.expectOne('/api/admin/people').flush({ error: 'unauthenticated' }, { status: 401, statusText: 'Unauthorized' });
    await flushPromises();
    expect(auth.session().kind).toBe('signedOut');
    expect(router.url).toBe(`/login?returnUrl=${encodeURIComponent('/admin/people?q=x')}`);
  });

  it('given a signed-in user, when they sign out, then the server is told, the user forgotten and the sign-in page shown', async () => {
    const { auth, backend, router } = setUp({ cookie: true });
    const known = auth.whenKnown();
    backend.expectOne('/api/auth/me').flush(me);
    await known;
    const signedOut = auth.logOut();
    const request = backend.expectOne('/api/auth/logout');
    expect(request.request.method).toBe('POST');
    request.flush(null);
    await signedOut;
    expect(auth.user()).toBeNull();
    expect(router.url).toBe('/login');
  });
});
