import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18n } from './i18n';
import type { MessageParams } from './interpolate';
import type { MessageId } from './message-id';

/** `{{ 'status.heading' | translate }}`, `{{ 'api.error.internal' | translate: { errorId } }}`. */
@Pipe({ name: 'translate', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(id: MessageId, params?: MessageParams): string {
    return this.i18n.translate(id, params);
  }
}
