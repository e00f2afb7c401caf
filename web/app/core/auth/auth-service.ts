import { HttpClient } from '@angular/common/http';
import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { ChangePasswordRequest, LoginRequest, MeResponse } from '../../../contract/auth';
import type { RoleName } from '../../../contract/roles';
import { ApiError } from '../api/api-error';
import { I18n } from '../i18n/i18n';
import { LANGUAGE_STORAGE, LANGUAGE_STORAGE_KEY } from '../i18n/language-storage';
import { hasSessionCookie } from './session-cookie';
import { toSignedInUser, type SignedInUser } from './signed-in-user';

/** Whether someone is signed in; `unknown` until the app has asked the server once. */
export type SessionState = { readonly kind: 'unknown' } | { readonly kind: 'signedOut' } | { readonly kind: 'signedIn'; readonly user: SignedInUser };

const NO_ROLES: ReadonlySet<RoleName> = new Set();

/**
 * The signed-in user and the session: sign in, sign out, change one's password. Everything else in
 * the app reads `user()` and `roles()` (signals) or waits for `whenKnown()`; route guards are in
 * `require-access.ts`. The session itself is an HttpOnly cookie that this code never sees.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);
  private readonly languageStorage = inject(LANGUAGE_STORAGE);

  private readonly state = signal<SessionState>({ kind: 'unknown' });
  private known: Promise<SignedInUser | null> | null = null;

  readonly session = this.state.asReadonly();
  /** The signed-in user, or `null` (signed out, or not known yet). */
  readonly user = computed(() => {
    const state = this.state();
    return state.kind === 'signedIn' ? state.user : null;
  });
  /** The user's roles; empty when nobody is signed in. */
  readonly roles = computed(() => this.user()?.roles ?? NO_ROLES);

  /** Whether the user has at least one of `roles`; reactive when called from a template or `computed`. */
  hasAnyRole(roles: readonly RoleName[]): boolean {
    const held = this.roles();
    return roles.some((role) => held.has(role));
  }

  /** The user once known: asks `GET /api/auth/me` the first time, and only when a session cookie exists. */
  whenKnown(): Promise<SignedInUser | null> {
    this.known ??= this.readSession();
    return this.known;
  }

  /** Asks the server again who is signed in (after one's own roles or positions changed, say). */
  refresh(): Promise<SignedInUser | null> {
    this.known = this.readSession();
    return this.known;
  }

  /**
   * Signs in; rejects with the `ApiError` of the answer (`unauthenticated` with reason `login_failed`
   * for a wrong password or a locked account, `rate_limited` for too many attempts). Switches to the
   * user's language unless a language was chosen in this browser.
   */
  async logIn(credentials: LoginRequest): Promise<SignedInUser> {
    const me = await firstValueFrom(this.http.post<MeResponse>('/api/auth/login', credentials));
    const user = toSignedInUser(me);
    if (user === null) throw new Error('the login answer named no user');
    this.settle(user);
    if (this.languageStorage?.getItem(LANGUAGE_STORAGE_KEY) == null) this.i18n.setLanguage(user.language);
    return user;
  }

  /** Ends the session on the server (if it still exists) and goes to the sign-in page, which returns to `returnUrl` afterwards. */
  async logOut(returnUrl?: string): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>('/api/auth/logout', null));
    } catch (error) {
      // A session that already ended is as good as ended now; anything else is worth telling.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    this.settle(null);
    await this.router.navigate(['/login'], { queryParams: returnUrl === undefined ? {} : { returnUrl } });
  }

  /** Changes the signed-in user's password; the server ends their other sessions. */
  async changePassword(request: ChangePasswordRequest): Promise<void> {
    await firstValueFrom(this.http.post<void>('/api/auth/password', request));
  }

  /**
   * The server said the session is gone (expired, ended elsewhere, account deactivated): forget the
   * user and ask them to sign in, returning to where they were.
   */
  sessionEnded(): void {
    // Only a session the app knew of can end; a 401 on a page open to everyone is that page's business.
    if (this.state().kind !== 'signedIn') return;
    this.settle(null);
    const here = this.router.url;
    void this.router.navigate(['/login'], { queryParams: here.startsWith('/login') ? {} : { returnUrl: here } });
  }

  private async readSession(): Promise<SignedInUser | null> {
    if (!hasSessionCookie(this.document.cookie)) {
      this.settle(null);
      return null;
    }
    try {
      const user = toSignedInUser(await firstValueFrom(this.http.get<MeResponse>('/api/auth/me')));
      this.settle(user);
      return user;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        this.settle(null);
        return null;
      }
      // The server could not be asked: nobody is signed in as far as the app can tell; ask again next time.
      this.known = null;
      this.settle(null);
      return null;
    }
  }

  /** Records who is signed in (`null`: nobody); protected so that test doubles can set it. */
  protected settle(user: SignedInUser | null): void {
    this.state.set(user === null ? { kind: 'signedOut' } : { kind: 'signedIn', user });
    this.known = Promise.resolve(user);
  }
}
