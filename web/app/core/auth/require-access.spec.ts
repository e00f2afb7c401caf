import { Location } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, type Routes } from '@angular/router';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterTestingHarness } from '@angular/router/testing';
import { FakeAuthService, provideFakeAuth, testUser } from '../../test-support/fake-auth';
import { provideTestBasics } from '../../test-support/provide-test-basics';
import { redirectSignedIn, requireArea, requireRoles, requireSignIn } from './require-access';
import { safeReturnUrl } from './safe-return-url';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: `<p>page</p>` })
class Page {}

const routes: Routes = [
  { path: 'login', canActivate: [redirectSignedIn], component: Page },
  { path: 'forbidden', component: Page },
  { path: 'admin', canActivate: [requireArea('admin')], children: [{ path: '**', component: Page }] },
  { path: 'reports', canActivate: [requireRoles(['supervisor', 'auditor'])], component: Page },
  { path: 'account', canActivate: [requireSignIn], component: Page },
  { path: '**', component: Page },
];

async function navigate(user: ReturnType<typeof testUser> | null, url: string) {
  TestBed.configureTestingModule({ providers: [...provideTestBasics().providers, provideRouter(routes), ...provideFakeAuth(user)] });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  return { router: TestBed.inject(Router), harness };
}

describe('route guards', () => {
  it('given a visitor, when an area is opened, then the sign-in page asks for it, remembering the address', async () => {
    const { router } = await navigate(null, '/admin/people?q=x');
    expect(router.url).toBe(`/login?returnUrl=${encodeURIComponent('/admin/people?q=x')}`);
  });

  it('given an admin, when the admin area is opened, then it opens', async () => {
    const { router } = await navigate(testUser({ roles: ['admin'] }), '/admin/org-chart');
    expect(router.url).toBe('/admin/org-chart');
  });

  it('given an operator, when the admin area is opened, then "no access" shows while the address stays', async () => {
    const { router } = await navigate(testUser({ roles: ['operator', 'staff'] }), '/admin/org-chart');
    expect(TestBed.inject(Location).path()).toBe('/admin/org-chart');
    expect(router.routerState.snapshot.root.firstChild?.routeConfig?.path).toBe('forbidden');
  });

  it('given a route open to several roles, when a user holds one of them, then it opens', async () => {
    const { router } = await navigate(testUser({ roles: ['auditor'] }), '/reports');
    expect(router.url).toBe('/reports');
  });

  it('given a signed-in user, when the sign-in page is opened with a return address, then they go straight there', async () => {
    const { router } = await navigate(testUser(), '/login?returnUrl=%2Faccount');
    expect(router.url).toBe('/account');
  });

  it('given a user who signs out, when a guarded page is opened again, then sign-in is asked for', async () => {
    const { router, harness } = await navigate(testUser({ roles: ['admin'] }), '/admin');
    TestBed.inject(FakeAuthService).signOut();
    await harness.navigateByUrl('/account');
    expect(router.url).toBe(`/login?returnUrl=${encodeURIComponent('/account')}`);
  });
});

describe('safeReturnUrl', () => {
  it.each([
    ['/admin/people?q=x', '/admin/people?q=x'],
    ['//evil.example/x', '/'],
    ['https://evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/login?returnUrl=/x', '/'],
    [undefined, '/'],
    ['admin', '/'],
  ])('given %s, when used as a return address, then %s is followed', (candidate, expected) => {
    expect(safeReturnUrl(candidate)).toBe(expected);
  });
});
