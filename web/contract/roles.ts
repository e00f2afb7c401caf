/** What a user may do (core/access/role.ts); a user has one or more. */
export type RoleName = 'requester' | 'operator' | 'staff' | 'feedbackAgent' | 'supervisor' | 'admin' | 'designer' | 'auditor';
