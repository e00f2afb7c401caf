/** PUT/POST /api/admin/org-units: a department or office; units form a tree. */
export interface OrgUnitInput {
  readonly parentId: number | null;
  readonly code: string | null;
  readonly nameFa: string;
  readonly nameEn: string;
  readonly active: boolean;
}

export interface OrgUnit extends OrgUnitInput {
  readonly id: number;
}
