import { Pipe, inject, type PipeTransform } from '@angular/core';
import type { DateStyle } from './format-date';
import { I18n } from './i18n';

/** `{{ checkedAt | localDate: 'dateTime' }}` → ۲ آذر ۱۴۰۵، ساعت ۱۳:۰۵ in Persian, 23 Nov 2026, 13:05 in English. */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(instant: Date | number | string, style: DateStyle = 'date'): string {
    return this.i18n.formatDate(typeof instant === 'string' ? new Date(instant) : instant, style);
  }
}
