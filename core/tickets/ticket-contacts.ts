import type { Language } from '../i18n/language.js';

/** Someone a ticket's notifications go to. */
export interface Contact {
  readonly personId: string;
  readonly fullName: string;
  /** Canonical E.164 mobile number, or null when they have none. */
  readonly mobile: string | null;
  readonly language: Language;
}

/** A person's basic record, as registration checks it. */
export interface PersonRecord {
  readonly id: string;
  readonly fullName: string;
  readonly active: boolean;
  readonly locationId: string | null;
  readonly phoneNumbers: readonly string[];
}

/** People lookups of the ticket desk (implemented in database/repositories/tickets). */
export interface TicketDirectory {
  person(personId: string): Promise<PersonRecord | null>;
  /** The active people with this canonical number; several when a line is shared. */
  peopleByPhone(phone: string): Promise<PersonRecord[]>;
  contact(personId: string): Promise<Contact | null>;
  /** The active people holding these positions, with the position each holds. */
  holdersOf(positionIds: readonly string[]): Promise<Array<Contact & { readonly positionId: string }>>;
}
