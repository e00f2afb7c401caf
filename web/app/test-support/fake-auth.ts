import { provideHttpClientTesting } from '@angular/common/http/testing';
import { Injectable, inject, provideEnvironmentInitializer, type EnvironmentProviders, type Provider } from '@angular/core';
import type { RoleName } from '../../contract/roles';
import { provideApi } from '../core/api/provide-api';
import { AuthService } from '../core/auth/auth-service';
import type { SignedInUser } from '../core/auth/signed-in-user';

/** A demo-like user for tests: `testUser({ roles: ['admin'] })`. */
export function testUser(overrides: Partial<Omit<SignedInUser, 'roles'>> & { readonly roles?: readonly RoleName[] } = {}): SignedInUser {
  const { roles = ['staff'], ...rest } = overrides;
  return { id: 1, username: 'tester', displayName: 'آزمون‌گر', language: 'fa', personId: null, positions: [], visiblePositionIds: [], ...rest, roles: new Set(roles) };
}

/** The real AuthService with a way to say who is signed in, without a server. */
@Injectable()
export class FakeAuthService extends AuthService {
  signInAs(user: SignedInUser): void {
    this.settle(user);
  }

  signOut(): void {
    this.settle(null);
  }
}

/**
 * AuthService for component tests, already knowing the user (`null`: nobody signed in), with the
 * app's HttpClient on a testing backend (`HttpTestingController`). Inject `FakeAuthService` to change
 * the user during the test.
 */
export function provideFakeAuth(user: SignedInUser | null = testUser()): Array<Provider | EnvironmentProviders> {
  return [
    provideApi(),
    provideHttpClientTesting(),
    FakeAuthService,
    { provide: AuthService, useExisting: FakeAuthService },
    provideEnvironmentInitializer(() => {
      const auth = inject(FakeAuthService);
      if (user === null) auth.signOut();
      else auth.signInAs(user);
    }),
  ];
}
