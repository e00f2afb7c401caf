/** Who receives a ticket: one or more positions of ours (each sees it in its cartable), or a contractor. */
export type RoutingTarget =
  | { readonly kind: 'positions'; readonly positionIds: readonly string[] }
  | { readonly kind: 'contractor'; readonly contractorId: string };
