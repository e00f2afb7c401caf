export interface ContractorContactInput {
  readonly name: string;
  /** As typed; stored in E.164. */
  readonly phone: string;
  readonly email: string | null;
}

/** PUT/POST /api/admin/contractors: an outside company that takes tickets, overseen by our positions. */
export interface ContractorInput {
  readonly code: string | null;
  readonly nameFa: string;
  readonly nameEn: string;
  readonly phone: string | null;
  readonly email: string | null;
  readonly active: boolean;
  readonly contacts: readonly ContractorContactInput[];
  readonly supervisingPositionIds: readonly number[];
}

export interface Contractor extends ContractorInput {
  readonly id: number;
}
