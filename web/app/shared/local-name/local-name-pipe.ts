import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18n } from '../../core/i18n/i18n';
import { localName, type Bilingual } from './local-name';

/** `{{ unit | localName }}`: the name in the reader's language; empty for nothing. */
@Pipe({ name: 'localName', pure: false })
export class LocalNamePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(named: Bilingual | null | undefined): string {
    return named ? localName(named, this.i18n.language()) : '';
  }
}
