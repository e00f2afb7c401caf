/** An outside company that takes tickets (a printer maintenance firm), overseen by positions of ours. */
export interface Contractor {
  readonly id: string;
  readonly name: string;
  readonly contacts: readonly ContractorContact[];
  readonly supervisingPositionIds: readonly string[];
}

export interface ContractorContact {
  readonly name: string;
  /** Canonical E.164. */
  readonly phoneNumber: string;
  readonly email: string | null;
}
