import { ChangeDetectionStrategy, Component, type ElementRef, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { filter, skip } from 'rxjs';
import { AuthService } from '../auth/auth-service';
import { TranslatePipe } from '../i18n/translate-pipe';
import { AccountMenu } from './account-menu';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';

/** The frame of every page: skip link, header, navigation, the page itself, footer. */
@Component({
  selector: 'pk-shell',
  imports: [RouterLink, TranslatePipe, AccountMenu, LanguageSwitch, MainNav],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.css',
})
export class Shell {
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  protected readonly roles = inject(AuthService).roles;

  constructor() {
    // After moving to another page, focus goes to its content, as it would after a full page load.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.main().nativeElement.focus());
  }

  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
