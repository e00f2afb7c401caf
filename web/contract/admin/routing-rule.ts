export type RoutingTargetInput =
  | { readonly kind: 'positions'; readonly positionIds: readonly number[] }
  | { readonly kind: 'contractor'; readonly contractorId: number };

/** PUT/POST /api/admin/routing-rules: category × location → positions or a contractor; the most specific rule wins. */
export interface RoutingRuleInput {
  /** null: any category. */
  readonly categoryId: number | null;
  /** null: any location. */
  readonly locationId: number | null;
  /** Breaks ties between equally specific rules; higher wins. */
  readonly priority: number;
  readonly target: RoutingTargetInput;
  readonly description: string | null;
  readonly active: boolean;
}

export interface RoutingRule extends RoutingRuleInput {
  readonly id: number;
}
