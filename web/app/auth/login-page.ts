import { ChangeDetectionStrategy, Component, type ElementRef, computed, inject, input, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { ApiError } from '../core/api/api-error';
import { AuthService } from '../core/auth/auth-service';
import { safeReturnUrl } from '../core/auth/safe-return-url';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../shared/api-error-message/api-error-message';
import { Icon } from '../shared/icon/icon';

/** As core/access/login-lockout.ts decides: five wrong passwords in a row lock an account for fifteen minutes. */
const LOCKOUT_ATTEMPTS = 5;
const LOCKOUT_MINUTES = 15;
/** After this many refusals in a row the page explains the lockout and who can lift it. */
const HINT_AFTER_FAILURES = 2;

type Failure = { readonly kind: 'refused' } | { readonly kind: 'other'; readonly error: unknown };

/** The sign-in page: username and password, then back to the page that asked for it (`?returnUrl=`). */
@Component({
  selector: 'pk-login-page',
  imports: [ReactiveFormsModule, ApiErrorMessage, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.html',
  styleUrl: './login-page.css',
})
export class LoginPage {
  /** Where to go after signing in; bound from the query string. */
  readonly returnUrl = input<string | undefined>();

  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly passwordInput = viewChild.required<ElementRef<HTMLInputElement>>('password');

  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', Validators.required],
    password: ['', Validators.required],
  });
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly showPassword = signal(false);
  protected readonly failure = signal<Failure | null>(null);
  private readonly failuresInARow = signal(0);
  protected readonly showLockoutHint = computed(() => this.failuresInARow() >= HINT_AFTER_FAILURES);
  protected readonly lockout = { attempts: LOCKOUT_ATTEMPTS, minutes: LOCKOUT_MINUTES };
  protected readonly askedToSignIn = computed(() => safeReturnUrl(this.returnUrl()) !== '/');

  protected invalid(field: 'username' | 'password'): boolean {
    return this.submitted() && this.form.controls[field].invalid;
  }

  protected toggleShowPassword(event: Event): void {
    this.showPassword.set((event.target as HTMLInputElement).checked);
  }

  protected async signIn(): Promise<void> {
    this.submitted.set(true);
    if (this.form.invalid || this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    try {
      await this.auth.logIn(this.form.getRawValue());
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error) {
      const refused = error instanceof ApiError && error.kind === 'unauthenticated';
      this.failure.set(refused ? { kind: 'refused' } : { kind: 'other', error });
      if (refused) {
        this.failuresInARow.update((count) => count + 1);
        this.form.controls.password.reset();
        this.passwordInput().nativeElement.focus();
      }
    } finally {
      this.busy.set(false);
    }
  }
}
