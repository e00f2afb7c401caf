import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import type { Contractor, ContractorContactInput, ContractorInput } from '../../../contract/admin/contractor';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { localName } from '../../shared/local-name/local-name';
import { AdminDirectory } from '../admin-data/admin-directory';
import { treeOptions } from '../admin-data/tree-options';
import type { AdminField, FormValues } from '../entity-form/admin-field';
import type { EntitySpec } from '../entity-form/entity-spec';
import { FormReader } from '../entity-form/form-reader';
import type { TableColumn } from '../table-editor/table-column';
import { TableEditor } from '../table-editor/table-editor';

/** Contacts as the form edits them: one a line, `name | phone | email`. */
function contactsText(contacts: readonly ContractorContactInput[]): string {
  return contacts.map((contact) => [contact.name, contact.phone, contact.email ?? ''].join(' | ').replace(/ \| $/, '')).join('\n');
}

function parseContacts(text: string): ContractorContactInput[] {
  return text
    .split('\n')
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter((parts) => parts.some((part) => part !== ''))
    .map(([name = '', phone = '', email = '']) => ({ name, phone, email: email === '' ? null : email }));
}

/** Outside companies that take tickets (through routing rules), with their contacts and the positions that oversee them. */
@Component({
  selector: 'pk-contractors-page',
  imports: [TableEditor, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="adm-page-head">
      <div>
        <h1>{{ 'admin.contractors.title' | translate }}</h1>
        <p class="adm-lead">{{ 'admin.contractors.lead' | translate }}</p>
      </div>
    </header>
    <pk-table-editor [store]="contractors" [spec]="spec" [columns]="columns" caption="admin.contractors.title" newLabel="admin.contractors.new" [rowName]="name" />
  `,
})
export class ContractorsPage {
  private readonly directory = inject(AdminDirectory);
  private readonly i18n = inject(I18n);
  protected readonly contractors = this.directory.contractors;
  private readonly positions = this.directory.positions;
  protected readonly name = (contractor: Contractor) => localName(contractor, this.i18n.language());

  protected readonly columns: readonly TableColumn<Contractor>[] = [
    { header: 'admin.priorities.name', cell: this.name },
    { header: 'admin.code', cell: (contractor) => contractor.code ?? '' },
    { header: 'admin.contractors.phone', cell: (contractor) => contractor.phone ?? '' },
    {
      header: 'admin.contractors.supervisors',
      cell: (contractor) =>
        contractor.supervisingPositionIds
          .map((id) => this.positions.byId().get(id))
          .map((position) => (position ? localName(position, this.i18n.language()) : '…'))
          .join('، '),
    },
    { header: 'admin.status', cell: (contractor) => this.i18n.translate(contractor.active ? 'admin.active' : 'admin.inactive') },
  ];

  protected readonly spec: EntitySpec<Contractor, ContractorInput> = {
    idPrefix: 'contractor',
    fields: (): AdminField[] => [
      { kind: 'text', name: 'nameFa', label: 'admin.nameFa', dir: 'rtl' },
      { kind: 'text', name: 'nameEn', label: 'admin.nameEn', dir: 'ltr' },
      { kind: 'text', name: 'code', label: 'admin.code', dir: 'ltr', hint: 'admin.codeHint' },
      { kind: 'text', name: 'phone', label: 'admin.contractors.phone', dir: 'ltr' },
      { kind: 'text', name: 'email', label: 'admin.contractors.email', dir: 'ltr' },
      { kind: 'check', name: 'active', label: 'admin.active' },
      { kind: 'text', name: 'contacts', label: 'admin.contractors.contacts', hint: 'admin.contractors.contactsHint', multiline: true },
      { kind: 'multi', name: 'supervisingPositionIds', label: 'admin.contractors.supervisors', hint: 'admin.contractors.supervisorsHint', options: treeOptions(this.positions.items(), this.i18n.language()) },
    ],
    toValues: (contractor: Contractor | null, seed: FormValues): FormValues => ({
      nameFa: contractor?.nameFa ?? '',
      nameEn: contractor?.nameEn ?? '',
      code: contractor?.code ?? '',
      phone: contractor?.phone ?? '',
      email: contractor?.email ?? '',
      active: contractor?.active ?? true,
      contacts: contactsText(contractor?.contacts ?? []),
      supervisingPositionIds: (contractor?.supervisingPositionIds ?? []).map(String),
      ...seed,
    }),
    toInput: (values: FormValues): ContractorInput => {
      const form = new FormReader(values);
      return {
        nameFa: form.text('nameFa'),
        nameEn: form.text('nameEn'),
        code: form.optionalText('code'),
        phone: form.optionalText('phone'),
        email: form.optionalText('email'),
        active: form.flag('active'),
        contacts: parseContacts(form.text('contacts')),
        supervisingPositionIds: form.ids('supervisingPositionIds'),
      };
    },
  };

  constructor() {
    void this.positions.load();
  }
}
