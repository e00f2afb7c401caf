import type { Role } from '../../../core/access/role.js';

/** Who changes the administration. */
export const ADMIN_WRITERS: readonly Role[] = ['admin'];
/** Who reads it: auditors review what admins set up. */
export const ADMIN_READERS: readonly Role[] = ['admin', 'auditor'];
