import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, type RouterStateSnapshot } from '@angular/router';
import { I18n } from './i18n';
import type { MessageId } from './message-id';

/** Marks a route's `title` as a message id, checked by the compiler: `title: pageTitle('area.status')`. */
export function pageTitle(id: MessageId): MessageId {
  return id;
}

/** Writes the document title in the current language, and rewrites it when the language changes. */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly i18n = inject(I18n);
  private readonly title = inject(Title);
  private readonly pageId = signal<MessageId | undefined>(undefined);

  constructor() {
    super();
    effect(() => {
      const id = this.pageId();
      const name = this.i18n.translate('app.name');
      this.title.setTitle(id ? this.i18n.translate('app.pageTitle', { page: this.i18n.translate(id) }) : name);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageId.set(this.buildTitle(snapshot) as MessageId | undefined);
  }
}
