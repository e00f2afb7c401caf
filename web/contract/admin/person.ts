export type PhoneKind = 'mobile' | 'landline' | 'work' | 'home';

export interface PersonPhoneInput {
  /** As typed (`0912 123 4567`, `۰۲۱-۸۸۷۷۶۶۵۵`); stored in E.164. */
  readonly phone: string;
  /** Taken from the number (mobile or landline) when not given. */
  readonly kind?: PhoneKind;
}

/** PUT/POST /api/admin/people */
export interface PersonInput {
  readonly personnelCode: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly fullNameEn: string | null;
  readonly unitId: number | null;
  readonly locationId: number | null;
  readonly extension: string | null;
  readonly email: string | null;
  readonly active: boolean;
  readonly phones: readonly PersonPhoneInput[];
  readonly positions: ReadonlyArray<{ readonly positionId: number; readonly isPrimary: boolean }>;
}

export interface Person extends Omit<PersonInput, 'phones'> {
  readonly id: number;
  /** E.164 numbers. */
  readonly phones: ReadonlyArray<{ readonly phone: string; readonly kind: PhoneKind }>;
}
