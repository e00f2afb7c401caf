import { Pipe, inject, type PipeTransform } from '@angular/core';
import { Clock } from '../time/clock';
import { I18n } from './i18n';

/** `{{ checkedAt | relativeTime }}` → «۳ دقیقه پیش»; refreshed as the clock ticks. */
@Pipe({ name: 'relativeTime', pure: false })
export class RelativeTimePipe implements PipeTransform {
  private readonly i18n = inject(I18n);
  private readonly clock = inject(Clock);

  transform(instant: Date | number | string): string {
    return this.i18n.formatRelativeTime(typeof instant === 'string' ? new Date(instant) : instant, this.clock.ticks());
  }
}
