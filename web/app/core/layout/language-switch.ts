import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Icon } from '../../shared/icon/icon';
import { I18n } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/language';
import { TranslatePipe } from '../i18n/translate-pipe';

/** One button that switches between Persian and English, labelled in the language it switches to. */
@Component({
  selector: 'pk-language-switch',
  imports: [Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" class="switch" [title]="'layout.switchLanguage' | translate" (click)="switchLanguage()">
      <pk-icon name="language" />
      <span [attr.lang]="other().code">{{ other().nativeName }}</span>
    </button>
  `,
  styles: `
    .switch {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 2.5rem;
      padding-inline: 0.875rem;
      border: 1px solid rgb(255 255 255 / 0.45);
      border-radius: var(--pk-radius);
      background: transparent;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    .switch:hover { background: rgb(255 255 255 / 0.12); }
  `,
})
export class LanguageSwitch {
  private readonly i18n = inject(I18n);

  protected readonly other = computed(() => (this.i18n.language() === 'fa' ? LANGUAGES.en : LANGUAGES.fa));

  protected switchLanguage(): void {
    this.i18n.setLanguage(this.other().code);
  }
}
