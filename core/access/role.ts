/**
 * What a user may do. A user has one or more roles; staff see the cartables of the positions they
 * hold, supervisors those of the positions below theirs too.
 */
export const ROLES = ['requester', 'operator', 'staff', 'feedbackAgent', 'supervisor', 'admin', 'designer', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
