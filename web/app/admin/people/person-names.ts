import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Person } from '../../../contract/admin/person';
import type { Page } from '../../../contract/page';

/** A person as pickers and lists name them. */
export interface PersonName {
  readonly id: number;
  readonly fullName: string;
  readonly fullNameEn: string | null;
  readonly personnelCode: string;
}

export function toPersonName(person: Person): PersonName {
  return { id: person.id, fullName: `${person.firstName} ${person.lastName}`, fullNameEn: person.fullNameEn, personnelCode: person.personnelCode };
}

/**
 * Names of people by id, fetched as pages need them (a position's holders, a user's person) and
 * kept for the visit; and a search for pickers.
 */
@Injectable()
export class PersonNames {
  private readonly http = inject(HttpClient);
  private readonly known = signal<ReadonlyMap<number, PersonName>>(new Map());
  private readonly asked = new Set<number>();

  readonly byId = computed(() => this.known());

  /** Fetches the names of `ids` not known yet; failures leave them unknown. */
  async load(ids: readonly number[]): Promise<void> {
    const missing = ids.filter((id) => !this.asked.has(id));
    missing.forEach((id) => this.asked.add(id));
    const people = await Promise.all(missing.map((id) => firstValueFrom(this.http.get<Person>(`/api/admin/people/${id}`)).catch(() => null)));
    this.remember(people.filter((person): person is Person => person !== null).map(toPersonName));
  }

  /** People whose name, personnel code or phone number contains `text`. */
  async search(text: string, pageSize = 20): Promise<PersonName[]> {
    const page = await firstValueFrom(this.http.get<Page<Person>>('/api/admin/people', { params: { q: text, pageSize } }));
    const names = page.items.map(toPersonName);
    this.remember(names);
    return names;
  }

  remember(names: readonly PersonName[]): void {
    if (names.length === 0) return;
    this.known.update((known) => new Map([...known, ...names.map((name) => [name.id, name] as const)]));
  }
}
