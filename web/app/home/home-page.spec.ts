import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { RoleName } from '../../contract/roles';
import { PRODUCT_AREAS } from '../core/layout/product-areas';
import { provideFakeAuth, testUser } from '../test-support/fake-auth';
import { provideTestBasics } from '../test-support/provide-test-basics';
import { HomePage } from './home-page';

const EVERY_ROLE: RoleName[] = ['requester', 'operator', 'staff', 'feedbackAgent', 'supervisor', 'admin', 'designer', 'auditor'];

async function render(user: ReturnType<typeof testUser> | null) {
  TestBed.configureTestingModule({ providers: [...provideTestBasics().providers, provideRouter([]), ...provideFakeAuth(user)] });
  const fixture = TestBed.createComponent(HomePage);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('HomePage', () => {
  it('given a user with every role, when the home page shows, then each area has a card and only the ready ones lack "coming soon"', async () => {
    const element = await render(testUser({ roles: EVERY_ROLE }));
    const cards = [...element.querySelectorAll('li.area')];
    expect(cards).toHaveLength(8);
    const status = cards.find((card) => card.querySelector('a')!.getAttribute('href') === '/status')!;
    expect(status.querySelector('.pk-badge')!.textContent?.trim()).toBe('آماده');
    expect(cards.filter((card) => card.querySelector('.pk-badge')!.textContent?.trim() === 'به‌زودی')).toHaveLength(PRODUCT_AREAS.filter((area) => !area.ready).length);
    expect(element.querySelector('.sign-in')).toBeNull();
  });

  it('given an admin, when the home page shows, then only the admin area and the open ones have cards', async () => {
    const element = await render(testUser({ roles: ['admin'] }));
    expect([...element.querySelectorAll('li.area a')].map((link) => link.getAttribute('href'))).toEqual(['/admin', '/status']);
  });

  it('given a visitor, when the home page shows, then it invites them to sign in and lists the open areas only', async () => {
    const element = await render(null);
    expect(element.querySelector('.sign-in a')!.getAttribute('href')).toBe('/login');
    expect([...element.querySelectorAll('li.area a')].map((link) => link.getAttribute('href'))).toEqual(['/status']);
  });
});
