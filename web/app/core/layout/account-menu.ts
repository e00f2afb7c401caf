import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Icon } from '../../shared/icon/icon';
import { AuthService } from '../auth/auth-service';
import { I18n } from '../i18n/i18n';
import { TranslatePipe } from '../i18n/translate-pipe';

/**
 * The header's account control: "sign in" for visitors; for a signed-in user a button with their
 * name that opens their positions, "change password" and "sign out".
 */
@Component({
  selector: 'pk-account-menu',
  imports: [RouterLink, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:pointerdown)': 'closeOnPointerOutside($event)', '(keydown.escape)': 'closeAndFocusButton()' },
  templateUrl: './account-menu.html',
  styleUrl: './account-menu.css',
})
export class AccountMenu {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly session = this.auth.session;
  protected readonly user = this.auth.user;
  protected readonly open = signal(false);
  protected readonly signingOut = signal(false);
  protected readonly positions = computed(() => {
    const english = this.i18n.language() === 'en';
    return (this.user()?.positions ?? []).map((position) => (english ? position.titleEn : position.titleFa));
  });
  /** The page to come back to after signing in from here. */
  protected readonly returnUrl = computed(() => (this.session().kind === 'signedOut' ? this.router.url : '/'));

  protected toggleMenu(): void {
    this.open.update((open) => !open);
  }

  protected closeMenu(): void {
    this.open.set(false);
  }

  protected closeAndFocusButton(): void {
    if (!this.open()) return;
    this.open.set(false);
    this.host.nativeElement.querySelector<HTMLButtonElement>('.account')?.focus();
  }

  protected closeOnPointerOutside(event: PointerEvent): void {
    if (this.open() && !this.host.nativeElement.contains(event.target as Node)) this.open.set(false);
  }

  protected async signOut(): Promise<void> {
    this.signingOut.set(true);
    try {
      await this.auth.logOut();
    } finally {
      this.signingOut.set(false);
      this.open.set(false);
    }
  }
}
