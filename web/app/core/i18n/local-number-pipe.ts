import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18n } from './i18n';
import { toPersianDigits } from './persian-digits';

/**
 * `{{ 12345 | localNumber }}` → ۱۲٬۳۴۵ in Persian; a string (a version such as "0.1.0") keeps its
 * text and only has its digits replaced.
 */
@Pipe({ name: 'localNumber', pure: false })
export class LocalNumberPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(value: number | string, options?: Intl.NumberFormatOptions): string {
    if (typeof value === 'string') return this.i18n.language() === 'fa' ? toPersianDigits(value) : value;
    return this.i18n.formatNumber(value, options);
  }
}
