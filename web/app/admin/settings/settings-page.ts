import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import type { AdminSettings } from '../../../contract/admin/settings';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import { AdminDirectory } from '../admin-data/admin-directory';
import { AdminDocument } from '../admin-data/admin-document';
import { SaveState } from '../admin-data/save-state';
import { treeOptions } from '../admin-data/tree-options';
import type { AdminField, FormValues } from '../entity-form/admin-field';
import { EntityForm } from '../entity-form/entity-form';
import { fieldText, FormReader } from '../entity-form/form-reader';

/** The desk's settings: the message center and feedback positions, the feedback and escalation policies. */
@Component({
  selector: 'pk-settings-page',
  imports: [EntityForm, ApiErrorMessage, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="adm-page-head">
      <div>
        <h1>{{ 'admin.settings.title' | translate }}</h1>
        <p class="adm-lead">{{ 'admin.settings.lead' | translate }}</p>
      </div>
    </header>
    <section class="adm-pane">
      @if (document.error(); as failure) {
        <pk-api-error-message [error]="failure" />
      } @else if (values(); as current) {
        <pk-entity-form idPrefix="settings" [fields]="fields()" [values]="current" [error]="state.error()" [busy]="state.busy()" [done]="state.done()" [editing]="true" [deletable]="false" (submitted)="save($event)" />
      } @else {
        <p class="adm-empty" role="status">{{ 'admin.loading' | translate }}</p>
      }
    </section>
  `,
})
export class SettingsPage {
  private readonly directory = inject(AdminDirectory);
  private readonly i18n = inject(I18n);
  protected readonly document = new AdminDocument<AdminSettings>('settings');
  protected readonly state = new SaveState();

  protected readonly fields = computed<AdminField[]>(() => {
    const positions = treeOptions(this.directory.positions.items(), this.i18n.language());
    return [
      { kind: 'select', name: 'messageCenterPositionId', label: 'admin.settings.messageCenter', hint: 'admin.settings.messageCenterHint', options: positions, empty: 'admin.choose', emptyDisabled: true },
      { kind: 'select', name: 'feedbackAgentsPositionId', label: 'admin.settings.feedbackAgents', hint: 'admin.settings.feedbackAgentsHint', options: positions, empty: 'admin.choose', emptyDisabled: true },
      { kind: 'number', name: 'unsatisfiedAtOrBelow', problemField: 'feedbackPolicy.unsatisfiedAtOrBelow', label: 'admin.settings.unsatisfied', hint: 'admin.settings.unsatisfiedHint', min: 0 },
      { kind: 'number', name: 'maxAttempts', problemField: 'feedbackPolicy.maxAttempts', label: 'admin.settings.maxAttempts', min: 1 },
      {
        kind: 'select',
        name: 'clock',
        problemField: 'escalationPolicy.clock',
        label: 'admin.settings.clock',
        options: [
          { value: 'response', label: this.i18n.translate('admin.settings.clock.response') },
          { value: 'resolution', label: this.i18n.translate('admin.settings.clock.resolution') },
        ],
      },
      { kind: 'number', name: 'firstAfterMinutes', problemField: 'escalationPolicy.firstAfterMinutes', label: 'admin.settings.firstAfter', min: 1 },
      { kind: 'number', name: 'repeatEveryMinutes', problemField: 'escalationPolicy.repeatEveryMinutes', label: 'admin.settings.repeatEvery', min: 1 },
      { kind: 'number', name: 'maxEscalations', problemField: 'escalationPolicy.maxEscalations', label: 'admin.settings.maxEscalations', min: 0 },
    ];
  });
  protected readonly values = computed<FormValues | null>(() => {
    const settings = this.document.value();
    if (settings === null) return null;
    return {
      messageCenterPositionId: fieldText(settings.messageCenterPositionId),
      feedbackAgentsPositionId: fieldText(settings.feedbackAgentsPositionId),
      unsatisfiedAtOrBelow: fieldText(settings.feedbackPolicy.unsatisfiedAtOrBelow),
      maxAttempts: fieldText(settings.feedbackPolicy.maxAttempts),
      clock: settings.escalationPolicy.clock,
      firstAfterMinutes: fieldText(settings.escalationPolicy.firstAfterMinutes),
      repeatEveryMinutes: fieldText(settings.escalationPolicy.repeatEveryMinutes),
      maxEscalations: fieldText(settings.escalationPolicy.maxEscalations),
    };
  });

  constructor() {
    void this.document.load();
    void this.directory.positions.load();
  }

  protected async save(values: FormValues): Promise<void> {
    const form = new FormReader(values);
    const input: AdminSettings = {
      messageCenterPositionId: form.optionalId('messageCenterPositionId'),
      feedbackAgentsPositionId: form.optionalId('feedbackAgentsPositionId'),
      feedbackPolicy: { unsatisfiedAtOrBelow: form.number('unsatisfiedAtOrBelow'), maxAttempts: form.number('maxAttempts') },
      escalationPolicy: {
        clock: form.text('clock') === 'resolution' ? 'resolution' : 'response',
        firstAfterMinutes: form.number('firstAfterMinutes'),
        repeatEveryMinutes: form.number('repeatEveryMinutes'),
        maxEscalations: form.number('maxEscalations'),
      },
    };
    await this.state.run(() => this.document.replace(input));
  }
}
