import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { SmsTemplate } from '../../../contract/admin/sms-template';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import { SmsTemplateEditor } from './sms-template-editor';

/** The SMS each event sends, in Persian and English, with the placeholders each may use. */
@Component({
  selector: 'pk-sms-templates-page',
  imports: [SmsTemplateEditor, ApiErrorMessage, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="adm-page-head">
      <div>
        <h1>{{ 'admin.smsTemplates.title' | translate }}</h1>
        <p class="adm-lead">{{ 'admin.sms.lead' | translate }}</p>
      </div>
    </header>
    @if (error(); as failure) {
      <pk-api-error-message [error]="failure" />
    } @else if (templates() === null) {
      <p class="adm-empty" role="status">{{ 'admin.loading' | translate }}</p>
    } @else {
      @for (event of events(); track event.event) {
        <section class="adm-pane" [attr.aria-labelledby]="'sms-event-' + $index">
          <div class="adm-pane-head">
            <h2 [id]="'sms-event-' + $index"><span class="pk-code" dir="ltr">{{ event.event }}</span></h2>
            <ul class="adm-chips" [attr.aria-label]="'admin.sms.placeholders' | translate">
              @for (placeholder of event.placeholders; track placeholder) {
                <li class="adm-chip" dir="ltr">{{ placeholder }}</li>
              }
            </ul>
          </div>
          <div class="adm-fields">
            @for (template of event.templates; track template.language) {
              <pk-sms-template-editor [template]="template" />
            }
          </div>
        </section>
      }
    }
  `,
})
export class SmsTemplatesPage {
  private readonly http = inject(HttpClient);
  protected readonly templates = signal<readonly SmsTemplate[] | null>(null);
  protected readonly error = signal<unknown>(null);
  protected readonly events = computed(() => {
    const byEvent = new Map<string, SmsTemplate[]>();
    for (const template of this.templates() ?? []) byEvent.set(template.event, [...(byEvent.get(template.event) ?? []), template]);
    return [...byEvent].map(([event, templates]) => ({ event, templates, placeholders: (templates[0]?.placeholders ?? []).map((name) => `{{${name}}}`) }));
  });

  constructor() {
    firstValueFrom(this.http.get<SmsTemplate[]>('/api/admin/sms-templates')).then(
      (templates) => this.templates.set(templates),
      (error: unknown) => this.error.set(error),
    );
  }
}
