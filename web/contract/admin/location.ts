/** Locations nest province › city › building › floor (a level may be skipped). */
export type LocationKind = 'province' | 'city' | 'building' | 'floor';

/** PUT/POST /api/admin/locations */
export interface LocationInput {
  readonly parentId: number | null;
  readonly kind: LocationKind;
  readonly code: string | null;
  readonly nameFa: string;
  readonly nameEn: string;
  readonly active: boolean;
}

export interface Location extends LocationInput {
  readonly id: number;
}
