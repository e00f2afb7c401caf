/** A node of one of the organization's trees (request categories, locations). */
export interface CatalogueNode {
  readonly id: number;
  readonly parentId: number | null;
  readonly nameFa: string;
  readonly nameEn: string;
}

/** A request category: system › subsystem › subject (level 1 to 3). */
export interface CatalogueCategory extends CatalogueNode {
  readonly level: number;
  readonly requestType: string;
}

/**
 * GET /api/catalogue (any signed-in user): the active request categories and locations, in display
 * order, for pickers and filters (the portal's request form, the cartable's filters and category paths).
 */
export interface CatalogueResponse {
  readonly categories: readonly CatalogueCategory[];
  readonly locations: readonly CatalogueNode[];
}
