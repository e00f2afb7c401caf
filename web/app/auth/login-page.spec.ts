import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MeResponse } from '../../contract/auth';
import { provideFakeAuth } from '../test-support/fake-auth';
import { provideTestBasics } from '../test-support/provide-test-basics';
import { LoginPage } from './login-page';

const me: MeResponse = {
  kind: 'user',
  user: { id: 2, username: 'operator', displayName: 'زهرا احمدی', language: 'fa', personId: 5 },
  roles: ['operator', 'staff'],
  positions: [],
  visiblePositionIds: [],
  sessionExpiresAt: null,
};
const refused = { error: 'unauthenticated', reason: 'login_failed', message: 'x' };

async function open(url = '/login') {
  TestBed.configureTestingModule({
    providers: [...provideTestBasics().providers, provideRouter([{ path: 'login', component: LoginPage }, { path: '**', children: [] }], withComponentInputBinding()), ...provideFakeAuth(null)],
  });
  const harness = await RouterTestingHarness.create(url);
  const element = harness.routeNativeElement!;
  const backend = TestBed.inject(HttpTestingController);
  const type = (id: string, value: string) => {
    const input = element.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    element.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
  };
  return { harness, element, backend, type, submit };
}

const settle = async (harness: RouterTestingHarness) => {
  await new Promise((resolve) => setTimeout(resolve));
  await harness.fixture.whenStable();
};

describe('LoginPage', () => {
  it('given labelled fields, when submitted empty, then each says it must be filled and nothing is sent', async () => {
    const { element, backend, submit } = await open();
    expect(element.querySelector('label[for="login-username"]')!.textContent).toContain('نام کاربری');
    expect(element.querySelector('label[for="login-password"]')!.textContent).toContain('گذرواژه');
    await submit();
    expect(element.querySelector('#login-username')!.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector('#login-username-error')!.textContent).toContain('این خانه را پر کنید');
    backend.expectNone('/api/auth/login');
  });

  it('given a wrong password, when signing in, then the refusal is announced, the password cleared and, after another, the lockout explained', async () => {
    const { harness, element, backend, type, submit } = await open();
    type('login-username', 'operator');
    type('login-password', 'wrong');
    await submit();
    backend.expectOne('/api/auth/login').flush(refused, { status: 401, statusText: 'Unauthorized' });
    await settle(harness);
    expect(element.querySelector('[role="alert"]')!.textContent).toContain('نام کاربری یا گذرواژه درست نیست');
    expect(element.querySelector<HTMLInputElement>('#login-password')!.value).toBe('');
    expect(document.activeElement?.id).toBe('login-password');
    expect(element.querySelector('[data-testid="lockout-hint"]')).toBeNull();

    type('login-password', 'wrong again');
    await submit();
    backend.expectOne('/api/auth/login').flush(refused, { status: 401, statusText: 'Unauthorized' });
    await settle(harness);
    expect(element.querySelector('[data-testid="lockout-hint"]')!.textContent).toContain('۱۵ دقیقه');
  });

  it('given too many attempts from this address, when signing in, then the wait is told', async () => {
    const { harness, element, backend, type, submit } = await open();
    type('login-username', 'operator');
    type('login-password', 'x');
    await submit();
    backend.expectOne('/api/auth/login').flush({ error: 'rate_limited', retryAfterSeconds: 42, message: 'x' }, { status: 429, statusText: 'Too Many Requests' });
    await settle(harness);
    expect(element.querySelector('[role="alert"]')!.textContent).toContain('۴۲ ثانیه');
  });

  it('given the right password and a return address, when signing in, then the user goes back there', async () => {
    const { harness, backend, type, submit } = await open('/login?returnUrl=%2Fcartable%3Ftab%3Dnew');
    type('login-username', 'operator');
    type('login-password', 'operator-demo');
    await submit();
    backend.expectOne('/api/auth/login').flush(me);
    await settle(harness);
    expect(TestBed.inject(Router).url).toBe('/cartable?tab=new');
  });
});
