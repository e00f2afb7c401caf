import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Person, PersonInput } from '../../../contract/admin/person';
import type { Page } from '../../../contract/page';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import { Icon } from '../../shared/icon/icon';
import { localName } from '../../shared/local-name/local-name';
import { AdminCollection } from '../admin-data/admin-collection';
import { AdminDirectory } from '../admin-data/admin-directory';
import { SaveState } from '../admin-data/save-state';
import { treeOptions } from '../admin-data/tree-options';
import type { AdminField, FormValues } from '../entity-form/admin-field';
import { EntityForm } from '../entity-form/entity-form';
import { fieldText, FormReader } from '../entity-form/form-reader';
import { PersonNames, toPersonName } from './person-names';

const PAGE_SIZE = 20;

/**
 * People of the organization: find by name, personnel code or phone; edit their unit, location,
 * phones (the caller lookup's keys) and the positions they hold, one of them primary.
 */
@Component({
  selector: 'pk-people-page',
  imports: [EntityForm, ApiErrorMessage, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './people-page.html',
})
export class PeoplePage {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  private readonly directory = inject(AdminDirectory);
  private readonly names = inject(PersonNames);
  private readonly people = new AdminCollection<Person, PersonInput>(this.http, 'people');
  protected readonly query = signal('');
  protected readonly page = signal<Page<Person> | null>(null);
  protected readonly loadError = signal<unknown>(null);
  protected readonly selected = signal<Person | null>(null);
  protected readonly creating = signal(false);
  protected readonly state = new SaveState();
  protected readonly pages = (page: Page<Person>) => Math.max(1, Math.ceil(page.total / page.pageSize));

  protected readonly fields = computed<AdminField[]>(() => {
    const language = this.i18n.language();
    const positions = treeOptions(this.directory.positions.items(), language);
    return [
      { kind: 'text', name: 'firstName', label: 'admin.people.firstName', dir: 'rtl' },
      { kind: 'text', name: 'lastName', label: 'admin.people.lastName', dir: 'rtl' },
      { kind: 'text', name: 'fullNameEn', label: 'admin.people.fullNameEn', dir: 'ltr' },
      { kind: 'text', name: 'personnelCode', label: 'admin.people.personnelCode', dir: 'ltr' },
      { kind: 'select', name: 'unitId', label: 'admin.org.unit', empty: 'admin.none', options: treeOptions(this.directory.units.items(), language) },
      { kind: 'select', name: 'locationId', label: 'admin.routing.location', empty: 'admin.none', options: treeOptions(this.directory.locations.items(), language) },
      { kind: 'text', name: 'extension', label: 'admin.people.extension', dir: 'ltr' },
      { kind: 'text', name: 'email', label: 'admin.contractors.email', dir: 'ltr' },
      { kind: 'check', name: 'active', label: 'admin.active' },
      { kind: 'text', name: 'phones', label: 'admin.people.phones', hint: 'admin.people.phonesHint', multiline: true, dir: 'ltr' },
      { kind: 'multi', name: 'positions', label: 'admin.people.positions', options: positions },
      { kind: 'select', name: 'primaryPositionId', label: 'admin.people.primaryPosition', hint: 'admin.people.primaryPositionHint', empty: 'admin.none', options: positions, problemField: 'primaryPosition' },
    ];
  });
  protected readonly values = computed<FormValues>(() => {
    const person = this.creating() ? null : this.selected();
    return {
      firstName: person?.firstName ?? '',
      lastName: person?.lastName ?? '',
      fullNameEn: person?.fullNameEn ?? '',
      personnelCode: person?.personnelCode ?? '',
      unitId: fieldText(person?.unitId),
      locationId: fieldText(person?.locationId),
      extension: person?.extension ?? '',
      email: person?.email ?? '',
      active: person?.active ?? true,
      phones: (person?.phones ?? []).map((phone) => phone.phone).join('\n'),
      positions: (person?.positions ?? []).map((held) => String(held.positionId)),
      primaryPositionId: fieldText(person?.positions.find((held) => held.isPrimary)?.positionId),
    };
  });

  constructor() {
    void this.load(1);
    for (const store of [this.directory.positions, this.directory.units, this.directory.locations]) void store.load();
  }

  protected unitName(person: Person): string {
    const unit = person.unitId === null ? undefined : this.directory.units.byId().get(person.unitId);
    return unit ? localName(unit, this.i18n.language()) : '';
  }

  protected positionsOf(person: Person): string {
    return person.positions
      .map((held) => this.directory.positions.byId().get(held.positionId))
      .map((position) => (position ? localName(position, this.i18n.language()) : '…'))
      .join('، ');
  }

  protected search(event: Event): void {
    event.preventDefault();
    void this.load(1);
  }

  protected async load(page: number): Promise<void> {
    const params: Record<string, string | number> = { page, pageSize: PAGE_SIZE };
    if (this.query().trim() !== '') params['q'] = this.query().trim();
    try {
      const people = await firstValueFrom(this.http.get<Page<Person>>('/api/admin/people', { params }));
      this.names.remember(people.items.map(toPersonName));
      this.page.set(people);
      this.loadError.set(null);
    } catch (error) {
      this.loadError.set(error);
    }
  }

  protected open(person: Person): void {
    this.creating.set(false);
    this.selected.set(person);
    this.state.reset();
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
    const primary = form.optionalId('primaryPositionId');
    const input: PersonInput = {
      firstName: form.text('firstName'),
      lastName: form.text('lastName'),
      fullNameEn: form.optionalText('fullNameEn'),
      personnelCode: form.text('personnelCode'),
      unitId: form.optionalId('unitId'),
      locationId: form.optionalId('locationId'),
      extension: form.optionalText('extension'),
      email: form.optionalText('email'),
      active: form.flag('active'),
      phones: form
        .text('phones')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .map((phone) => ({ phone })),
      positions: form.ids('positions').map((positionId) => ({ positionId, isPrimary: positionId === primary })),
    };
    const person = this.creating() ? null : this.selected();
    const saved = await this.state.run(() => (person === null ? this.people.create(input) : this.people.update(person.id, input)));
    if (saved) {
      this.creating.set(false);
      this.selected.set(saved);
      // Holders of positions changed.
      await Promise.all([this.load(this.page()?.page ?? 1), this.directory.positions.reload()]);
    }
  }

  protected async remove(): Promise<void> {
    const person = this.selected();
    if (person === null) return;
    const done = await this.state.run(() => this.people.remove(person.id).then(() => true), 'admin.deleted');
    if (done) {
      this.selected.set(null);
      await this.load(this.page()?.page ?? 1);
    }
  }
}
