/** Who is calling, as the directory matched the caller ID or the personnel code they keyed. */
export interface CallerIdentity {
  readonly personId: number | null;
  /** A contractor whose contact's number matched: the caller is served under that contract. */
  readonly contractorId: number | null;
  readonly name: string;
}
