/**
 * GET /api/org-chart: the posts of the organization as a tree (parent = where tickets escalate),
 * for staff who refer tickets and read who acted in which post.
 */
export interface OrgChartPosition {
  readonly id: number;
  readonly parentId: number | null;
  readonly titleFa: string;
  readonly titleEn: string;
  readonly unitFa: string | null;
  readonly unitEn: string | null;
  readonly active: boolean;
}

export interface OrgChartResponse {
  readonly positions: readonly OrgChartPosition[];
}
