import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, linkedSignal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { SmsTemplate } from '../../../contract/admin/sms-template';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { LocalDatePipe } from '../../core/i18n/local-date-pipe';
import { FieldError } from '../../shared/field-problems/field-error';
import { problemsOfField } from '../../shared/field-problems/problems-of-field';
import { SaveError } from '../../shared/field-problems/save-error';
import { SaveState } from '../admin-data/save-state';

/** One event's SMS in one language: its text (only the event's placeholders), saved or reset to the shipped text. */
@Component({
  selector: 'pk-sms-template-editor',
  imports: [TranslatePipe, LocalDatePipe, FieldError, SaveError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let id = 'sms-' + template().event + '-' + template().language;
    <form class="adm-form" (submit)="save($event)" novalidate>
      <pk-save-error [error]="state.error()" [fields]="['body']" />
      <div class="adm-field">
        <label [for]="id">{{ (template().language === 'fa' ? 'admin.sms.textFa' : 'admin.sms.textEn') | translate }}</label>
        <textarea [id]="id" class="pk-input" rows="3" [attr.dir]="template().language === 'fa' ? 'rtl' : 'ltr'" [value]="body()" (input)="body.set($any($event.target).value)" [attr.aria-invalid]="invalid()" [attr.aria-describedby]="id + '-state ' + id + '-error'"></textarea>
        <p class="adm-hint" [id]="id + '-state'">
          @if (shown().isDefault) {
            {{ 'admin.sms.shipped' | translate }}
          } @else if (shown().updatedAt; as at) {
            {{ 'admin.sms.changedAt' | translate: { at: (at | localDate: 'dateTime') } }}
          }
        </p>
        <pk-field-error [id]="id + '-error'" [error]="state.error()" field="body" />
      </div>
      @if (state.done(); as done) {
        <p class="adm-done" role="status">{{ done | translate }}</p>
      }
      <div class="adm-actions">
        <button type="submit" class="pk-button compact" [disabled]="state.busy()">{{ 'admin.save' | translate }}</button>
        @if (!shown().isDefault) {
          <button type="button" class="pk-button secondary compact" [disabled]="state.busy()" (click)="reset()">{{ 'admin.sms.reset' | translate }}</button>
        }
      </div>
    </form>
  `,
})
export class SmsTemplateEditor {
  readonly template = input.required<SmsTemplate>();
  private readonly http = inject(HttpClient);
  protected readonly state = new SaveState();
  /** The template as last saved here, else as the page read it. */
  protected readonly shown = linkedSignal(() => this.template());
  protected readonly body = linkedSignal(() => this.shown().body);

  protected invalid(): true | null {
    return problemsOfField(this.state.error(), 'body').length > 0 ? true : null;
  }

  private url(suffix = ''): string {
    const template = this.template();
    return `/api/admin/sms-templates/${encodeURIComponent(template.event)}/${template.language}${suffix}`;
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const saved = await this.state.run(() => firstValueFrom(this.http.put<SmsTemplate>(this.url(), { body: this.body() })));
    if (saved) this.shown.set(saved);
  }

  protected async reset(): Promise<void> {
    const saved = await this.state.run(() => firstValueFrom(this.http.post<SmsTemplate>(this.url('/reset'), {})), 'admin.sms.resetDone');
    if (saved) this.shown.set(saved);
  }
}
