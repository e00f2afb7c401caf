import { ChangeDetectionStrategy, Component, DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { FakeAuthService, provideFakeAuth, testUser } from '../../test-support/fake-auth';
import { provideTestBasics } from '../../test-support/provide-test-basics';
import { Shell } from './shell';
import { PRODUCT_AREAS } from './product-areas';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: `<h1>صفحه</h1>` })
class Page {}

@Component({ imports: [Shell], changeDetection: ChangeDetectionStrategy.OnPush, template: `<pk-shell><p>content</p></pk-shell>` })
class Host {}

async function render(user = testUser({ roles: ['requester', 'operator', 'staff', 'feedbackAgent', 'supervisor', 'admin', 'designer', 'auditor'] })) {
  TestBed.configureTestingModule({ providers: [...provideTestBasics().providers, provideRouter([{ path: '**', component: Page }]), ...provideFakeAuth(user)] });
  const harness = await RouterTestingHarness.create('/');
  const fixture = TestBed.createComponent(Host);
  await fixture.whenStable();
  return { harness, fixture, element: fixture.nativeElement as HTMLElement };
}

describe('Shell', () => {
  it('given the shell, when rendered, then it has a skip link, a banner, a labelled navigation and the main region', async () => {
    const { element } = await render();
    const skip = element.querySelector<HTMLAnchorElement>('a.skip-link')!;
    expect(skip.textContent?.trim()).toBe('رفتن به محتوای اصلی');
    expect(element.querySelector('header')).not.toBeNull();
    expect(element.querySelector('nav')!.getAttribute('aria-label')).toBe('بخش‌های سامانه');
    expect(element.querySelector('main')!.textContent).toContain('content');
    expect(element.querySelector('footer')).not.toBeNull();
  });

  it('given the skip link, when followed, then focus moves to the main region', async () => {
    const { element } = await render();
    element.querySelector<HTMLAnchorElement>('a.skip-link')!.click();
    expect(document.activeElement).toBe(element.querySelector('main'));
  });

  it('given a user with every role, when the navigation renders, then every area is listed and the unfinished ones are marked', async () => {
    const { element } = await render();
    const links = [...element.querySelectorAll('nav a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/', '/operator-console', '/cartable', '/portal', '/designer', '/admin', '/audit', '/reports', '/status']);
    expect(links.filter((link) => link.querySelector('.soon')).length).toBe(PRODUCT_AREAS.filter((area) => !area.ready).length);
  });

  it('given an operator, when the navigation renders, then only the operator’s areas and the open ones are listed', async () => {
    const { element } = await render(testUser({ roles: ['operator', 'staff'] }));
    expect([...element.querySelectorAll('nav a')].map((link) => link.getAttribute('href'))).toEqual(['/', '/operator-console', '/cartable', '/status']);
  });

  it('given a signed-in user, when they sign out elsewhere, then the navigation drops their areas and the header offers to sign in', async () => {
    const { fixture, element } = await render(testUser({ displayName: 'امیر محمدی', roles: ['admin'] }));
    expect(element.querySelector('pk-account-menu button')!.textContent).toContain('امیر محمدی');
    TestBed.inject(FakeAuthService).signOut();
    await fixture.whenStable();
    expect([...element.querySelectorAll('nav a')].map((link) => link.getAttribute('href'))).toEqual(['/', '/status']);
    expect(element.querySelector('pk-account-menu a')!.textContent?.trim()).toBe('ورود');
  });

  it('given Persian, when the language switch is pressed, then the page turns to English left to right', async () => {
    const { fixture, element } = await render();
    const button = element.querySelector<HTMLButtonElement>('pk-language-switch button')!;
    expect(button.textContent?.trim()).toBe('English');
    button.click();
    await fixture.whenStable();
    const root = TestBed.inject(DOCUMENT).documentElement;
    expect([root.lang, root.dir]).toEqual(['en', 'ltr']);
    expect(element.querySelector('.name')!.textContent).toBe('Pishkhan');
    expect(button.textContent?.trim()).toBe('فارسی');
  });
});
