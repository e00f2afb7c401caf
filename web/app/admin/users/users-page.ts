import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { NewUserInput, User, UserInput } from '../../../contract/admin/user';
import type { Page } from '../../../contract/page';
import type { RoleName } from '../../../contract/roles';
import { I18n } from '../../core/i18n/i18n';
import type { MessageId } from '../../core/i18n/message-id';
import { LocalDatePipe } from '../../core/i18n/local-date-pipe';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import { FieldError } from '../../shared/field-problems/field-error';
import { Icon } from '../../shared/icon/icon';
import { SaveState } from '../admin-data/save-state';
import type { AdminField, FormValues } from '../entity-form/admin-field';
import { EntityForm } from '../entity-form/entity-form';
import { fieldText, FormReader } from '../entity-form/form-reader';
import { PersonNames, type PersonName } from '../people/person-names';

const ROLES: readonly RoleName[] = ['requester', 'operator', 'staff', 'feedbackAgent', 'supervisor', 'admin', 'designer', 'auditor'];
const PAGE_SIZE = 20;

/**
 * Users: find by name, create with roles and a first password, change name, language, roles or
 * deactivate, lift a lockout, reset the password (which also ends their sessions).
 */
@Component({
  selector: 'pk-users-page',
  imports: [EntityForm, ApiErrorMessage, FieldError, Icon, LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users-page.html',
})
export class UsersPage {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  private readonly names = inject(PersonNames);
  protected readonly query = signal('');
  protected readonly page = signal<Page<User> | null>(null);
  protected readonly loadError = signal<unknown>(null);
  protected readonly selected = signal<User | null>(null);
  protected readonly creating = signal(false);
  protected readonly state = new SaveState();
  protected readonly passwordState = new SaveState();
  protected readonly newPassword = signal('');
  protected readonly personQuery = signal('');
  protected readonly personResults = signal<readonly PersonName[]>([]);
  protected readonly pages = (page: Page<User>) => Math.max(1, Math.ceil(page.total / page.pageSize));

  protected readonly fields = computed<AdminField[]>(() => {
    const roles = ROLES.map((role) => ({ value: role, label: this.roleName(role) }));
    const languages = [
      { value: 'fa', label: 'فارسی' },
      { value: 'en', label: 'English' },
    ];
    return [
      ...(this.creating()
        ? ([
            { kind: 'text', name: 'username', label: 'admin.users.username', dir: 'ltr' },
            { kind: 'text', name: 'password', label: 'admin.users.password', dir: 'ltr', hint: 'admin.users.passwordHint' },
          ] as const)
        : []),
      { kind: 'text', name: 'displayName', label: 'admin.users.displayName' },
      { kind: 'select', name: 'personId', label: 'admin.users.person', hint: 'admin.users.personHint', empty: 'admin.users.noPerson', options: this.personOptions() },
      { kind: 'select', name: 'language', label: 'admin.users.language', options: languages },
      { kind: 'check', name: 'active', label: 'admin.active' },
      { kind: 'multi', name: 'roles', label: 'admin.users.roles', options: roles },
    ];
  });
  protected readonly values = computed<FormValues>(() => {
    const user = this.creating() ? null : this.selected();
    return { username: '', password: '', displayName: user?.displayName ?? '', personId: fieldText(user?.personId), language: user?.language ?? 'fa', active: user?.active ?? true, roles: [...(user?.roles ?? [])] };
  });

  /** The linked person and those the last search found, as the person field's options. */
  private readonly personOptions = computed(() => {
    const english = this.i18n.language() === 'en';
    const linked = this.creating() ? undefined : this.names.byId().get(this.selected()?.personId ?? -1);
    const people = [...(linked ? [linked] : []), ...this.personResults().filter((person) => person.id !== linked?.id)];
    return people.map((person) => ({ value: String(person.id), label: `${english && person.fullNameEn ? person.fullNameEn : person.fullName} (${person.personnelCode})` }));
  });

  constructor() {
    void this.load(1);
  }

  protected async searchPeople(event: Event): Promise<void> {
    event.preventDefault();
    const text = this.personQuery().trim();
    this.personResults.set(text === '' ? [] : await this.names.search(text).catch(() => []));
  }

  protected roleName(role: RoleName): string {
    return this.i18n.translate(`admin.users.role.${role}` as MessageId);
  }

  protected rolesOf(user: User): string {
    return user.roles.map((role) => this.roleName(role)).join('، ');
  }

  protected isLocked(user: User): boolean {
    return user.lockedUntil !== null && Date.parse(user.lockedUntil) > Date.now();
  }

  protected search(event: Event): void {
    event.preventDefault();
    void this.load(1);
  }

  protected async load(page: number): Promise<void> {
    const params: Record<string, string | number> = { page, pageSize: PAGE_SIZE };
    if (this.query().trim() !== '') params['q'] = this.query().trim();
    try {
      this.page.set(await firstValueFrom(this.http.get<Page<User>>('/api/admin/users', { params })));
      this.loadError.set(null);
    } catch (error) {
      this.loadError.set(error);
    }
  }

  protected open(user: User): void {
    this.creating.set(false);
    this.selected.set(user);
    if (user.personId !== null) void this.names.load([user.personId]);
    this.state.reset();
    this.passwordState.reset();
    this.newPassword.set('');
  }

  protected startNew(): void {
    this.selected.set(null);
    this.creating.set(true);
    this.state.reset();
  }

  protected close(): void {
    this.selected.set(null);
    this.creating.set(false);
  }

  protected async save(values: FormValues): Promise<void> {
    const form = new FormReader(values);
    const fields: UserInput = {
      displayName: form.text('displayName'),
      personId: form.optionalId('personId'),
      language: form.text('language') === 'en' ? 'en' : 'fa',
      roles: form.list('roles') as RoleName[],
      active: form.flag('active'),
    };
    const user = this.selected();
    const saved = await this.state.run(() =>
      this.creating() || user === null
        ? firstValueFrom(this.http.post<User>('/api/admin/users', { ...fields, username: form.text('username'), password: String(values['password'] ?? '') } satisfies NewUserInput))
        : firstValueFrom(this.http.put<User>(`/api/admin/users/${user.id}`, fields)),
    );
    if (saved) await this.show(saved);
  }

  protected async unlock(user: User): Promise<void> {
    const saved = await this.state.run(() => firstValueFrom(this.http.post<User>(`/api/admin/users/${user.id}/unlock`, {})), 'admin.users.unlocked');
    if (saved) await this.show(saved);
  }

  protected async resetPassword(event: Event, user: User): Promise<void> {
    event.preventDefault();
    const done = await this.passwordState.run(
      () => firstValueFrom(this.http.post<void>(`/api/admin/users/${user.id}/password`, { password: this.newPassword() })).then(() => true),
      'admin.users.passwordReset',
    );
    if (done) {
      this.newPassword.set('');
      await this.load(this.page()?.page ?? 1);
    }
  }

  /** Shows a user as the server returned it, and the list with it. */
  private async show(user: User): Promise<void> {
    this.creating.set(false);
    this.selected.set(user);
    await this.load(this.page()?.page ?? 1);
  }
}
