import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService } from '../core/auth/auth-service';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { Icon } from '../shared/icon/icon';

/** Shown in place of an area the signed-in user's roles do not open (the address stays as it was). */
@Component({
  selector: 'pk-forbidden-page',
  imports: [RouterLink, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="pk-card panel" aria-labelledby="forbidden-heading">
      <span class="icon"><pk-icon name="lock" /></span>
      <div>
        <h1 id="forbidden-heading">{{ 'auth.forbidden.title' | translate }}</h1>
        <p>{{ 'auth.forbidden.body' | translate: { name: name() } }}</p>
        <div class="actions">
          <a class="pk-button" routerLink="/">{{ 'comingSoon.backHome' | translate }}</a>
          <button type="button" class="pk-button secondary" (click)="signInAsSomeoneElse()">{{ 'auth.forbidden.otherAccount' | translate }}</button>
        </div>
      </div>
    </section>
  `,
  styles: `
    .panel { display: flex; gap: 1rem; max-inline-size: 40rem; }
    .icon { display: inline-flex; align-self: flex-start; padding: 0.625rem; border-radius: 50%; background: var(--pk-color-danger-bg); color: var(--pk-color-danger); }
    .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  `,
})
export class ForbiddenPage {
  private readonly auth = inject(AuthService);
  /** The address the user tried, still in the address bar (the guard does not change it). */
  private readonly location = inject(Location);

  protected readonly name = computed(() => this.auth.user()?.displayName ?? '');

  /** Signs out and offers the sign-in page, which brings the next user back to this address. */
  protected async signInAsSomeoneElse(): Promise<void> {
    await this.auth.logOut(this.location.path());
  }
}
