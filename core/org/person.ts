/** Someone in the organization: a requester, an operator, an expert or a manager. */
export interface Person {
  readonly id: string;
  readonly fullName: string;
  /** The HR number printed on the staff card. */
  readonly personnelCode: string;
  /** Canonical E.164 numbers (`+989121234567`), see `parseIranianPhoneNumber`. */
  readonly phoneNumbers: readonly string[];
  /** The internal telephone extension, if any. */
  readonly extension: string | null;
  readonly email: string | null;
  readonly positionIds: readonly string[];
  readonly locationId: string | null;
  readonly active: boolean;
}
