import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { ApiKey, ApiKeyInput, CreatedApiKey } from '../../../contract/admin/api-key';
import type { RoleName } from '../../../contract/roles';
import { I18n } from '../../core/i18n/i18n';
import type { MessageId } from '../../core/i18n/message-id';
import { LocalDatePipe } from '../../core/i18n/local-date-pipe';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import { SaveState } from '../admin-data/save-state';
import { ConfirmButton } from '../confirm-button/confirm-button';
import type { AdminField, FormValues } from '../entity-form/admin-field';
import { EntityForm } from '../entity-form/entity-form';
import { FormReader } from '../entity-form/form-reader';

/** Every role but admin: a CRM system never administers. */
const KEY_ROLES: readonly RoleName[] = ['requester', 'operator', 'staff', 'feedbackAgent', 'supervisor', 'designer', 'auditor'];

/** API keys of CRM systems: create (the key is shown once), see when each was last used, revoke. */
@Component({
  selector: 'pk-api-keys-page',
  imports: [EntityForm, ApiErrorMessage, ConfirmButton, LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './api-keys-page.html',
})
export class ApiKeysPage {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  protected readonly keys = signal<readonly ApiKey[] | null>(null);
  protected readonly loadError = signal<unknown>(null);
  protected readonly created = signal<CreatedApiKey | null>(null);
  protected readonly state = new SaveState();
  protected readonly empty: FormValues = { name: '', roles: ['operator'] };
  protected readonly fields: readonly AdminField[] = [
    { kind: 'text', name: 'name', label: 'admin.apiKeys.name' },
    { kind: 'multi', name: 'roles', label: 'admin.users.roles', options: KEY_ROLES.map((role) => ({ value: role, label: this.roleName(role) })) },
  ];

  constructor() {
    void this.load();
  }

  protected roleName(role: RoleName): string {
    return this.i18n.translate(`admin.users.role.${role}` as MessageId);
  }

  protected rolesOf(key: ApiKey): string {
    return key.roles.map((role) => this.roleName(role)).join('، ');
  }

  private async load(): Promise<void> {
    try {
      this.keys.set(await firstValueFrom(this.http.get<ApiKey[]>('/api/admin/api-keys')));
    } catch (error) {
      this.loadError.set(error);
    }
  }

  protected async create(values: FormValues): Promise<void> {
    const form = new FormReader(values);
    const input: ApiKeyInput = { name: form.text('name'), roles: form.list('roles') as RoleName[] };
    const created = await this.state.run(() => firstValueFrom(this.http.post<CreatedApiKey>('/api/admin/api-keys', input)), 'admin.apiKeys.created');
    if (created) {
      this.created.set(created);
      await this.load();
    }
  }

  protected async revoke(key: ApiKey): Promise<void> {
    const done = await this.state.run(() => firstValueFrom(this.http.post<unknown>(`/api/admin/api-keys/${key.id}/revoke`, {})).then(() => true), 'admin.apiKeys.revoked');
    if (done) await this.load();
  }
}
