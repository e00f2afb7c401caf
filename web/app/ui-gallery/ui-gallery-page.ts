import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { DISPLAY_TIME_ZONE } from '../core/i18n/display-time-zone';
import { I18n } from '../core/i18n/i18n';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { Clock } from '../core/time/clock';
import { dayNumberToIsoDate } from '../shared/calendar/iso-date';
import { dayNumberAt } from '../shared/calendar/today';
import { formatDateText } from '../shared/jalali-date-picker/format-date-text';
import { JalaliDatePicker } from '../shared/jalali-date-picker/jalali-date-picker';

/** For developers: the shared components at work, in the current language (the e2e tests use it too). */
@Component({
  selector: 'pk-ui-gallery-page',
  imports: [ReactiveFormsModule, JalaliDatePicker, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './ui-gallery-page.html',
  styleUrl: './ui-gallery-page.css',
})
export class UiGalleryPage {
  private readonly i18n = inject(I18n);
  private readonly today = dayNumberAt(new Date(inject(Clock).now()), DISPLAY_TIME_ZONE);

  /** "Postpone until": from today to six months ahead, as the cartable will ask for it. */
  protected readonly min = dayNumberToIsoDate(this.today);
  protected readonly max = dayNumberToIsoDate(this.today + 182);
  protected readonly postponeUntil = new FormControl<string | null>(null);

  private readonly status = toSignal(this.postponeUntil.statusChanges, { initialValue: this.postponeUntil.status });
  protected readonly value = toSignal(this.postponeUntil.valueChanges, { initialValue: this.postponeUntil.value });
  protected readonly valid = computed(() => this.status() === 'VALID');
  protected readonly range = computed(() => ({
    min: formatDateText(this.today, this.i18n.language()),
    max: formatDateText(this.today + 182, this.i18n.language()),
  }));
}
