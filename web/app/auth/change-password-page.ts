import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { ApiError } from '../core/api/api-error';
import { AuthService } from '../core/auth/auth-service';
import { I18n } from '../core/i18n/i18n';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../shared/api-error-message/api-error-message';
import { problemMessage } from '../shared/field-problems/problem-message';

/** As web/api/auth/password-policy.ts decides. */
const MIN_PASSWORD_LENGTH = 8;

type Field = 'currentPassword' | 'newPassword' | 'confirmPassword';

function matchingConfirmation(group: AbstractControl): ValidationErrors | null {
  const { newPassword, confirmPassword } = group.value as Record<Field, string>;
  return confirmPassword !== '' && newPassword !== confirmPassword ? { mismatch: true } : null;
}

/** The signed-in user changes their own password, proving the current one. */
@Component({
  selector: 'pk-change-password-page',
  imports: [ReactiveFormsModule, ApiErrorMessage, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './change-password-page.html',
  styleUrl: './change-password-page.css',
})
export class ChangePasswordPage {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18n);

  protected readonly minLength = MIN_PASSWORD_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      currentPassword: ['', Validators.required],
      newPassword: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
      confirmPassword: ['', Validators.required],
    },
    { validators: matchingConfirmation },
  );
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly changed = signal(false);
  protected readonly error = signal<unknown>(null);
  /** Bumped on every submit and edit, so that messages computed from the form's state follow it. */
  private readonly revision = signal(0);

  protected readonly messages = computed<Readonly<Record<Field, string | null>>>(() => {
    this.revision();
    this.i18n.language();
    return { currentPassword: this.messageFor('currentPassword'), newPassword: this.messageFor('newPassword'), confirmPassword: this.messageFor('confirmPassword') };
  });
  /** A failure that is not about one of the fields. */
  protected readonly generalError = computed(() => {
    const error = this.error();
    return error instanceof ApiError && error.kind === 'validation' ? null : error;
  });

  constructor() {
    this.form.valueChanges.subscribe(() => this.revision.update((n) => n + 1));
  }

  protected async changePassword(): Promise<void> {
    this.submitted.set(true);
    this.changed.set(false);
    this.revision.update((n) => n + 1);
    const { currentPassword, newPassword } = this.form.getRawValue();
    const username = this.auth.user()?.username ?? '';
    if (this.form.invalid || newPassword.trim().toLowerCase() === username.toLowerCase() || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.auth.changePassword({ currentPassword, newPassword });
      this.form.reset();
      this.submitted.set(false);
      this.changed.set(true);
    } catch (error) {
      this.error.set(error);
    } finally {
      this.busy.set(false);
      this.revision.update((n) => n + 1);
    }
  }

  private messageFor(field: Field): string | null {
    const error = this.error();
    if (error instanceof ApiError) {
      const problem = error.problems.find((candidate) => candidate.field === field);
      if (problem) return problemMessage(this.i18n, problem);
    }
    if (!this.submitted()) return null;
    const control = this.form.controls[field];
    if (control.hasError('required')) return this.i18n.translate('auth.login.required');
    if (field === 'newPassword' && control.hasError('minlength')) return this.i18n.translate('auth.password.tooShort', { min: MIN_PASSWORD_LENGTH });
    if (field === 'newPassword' && control.value.trim().toLowerCase() === (this.auth.user()?.username ?? '').toLowerCase()) return this.i18n.translate('auth.password.sameAsUsername');
    if (field === 'confirmPassword' && this.form.hasError('mismatch')) return this.i18n.translate('auth.password.mismatch');
    return null;
  }
}
