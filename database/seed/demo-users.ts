import type { Role } from '../../core/access/role.js';

/** A login of the demo; README.md's "Demo logins" lists the same usernames, passwords and roles. */
export interface DemoUser {
  readonly username: string;
  readonly password: string;
  readonly roles: readonly Role[];
  /** The personnel code of the person behind the login. */
  readonly person: string;
}

/** One login per role, each held by someone whose positions make the role meaningful. */
export const DEMO_ROLE_USERS: readonly DemoUser[] = [
  { username: 'operator', password: 'operator-demo', roles: ['operator', 'staff'], person: '100009' },
  { username: 'staff', password: 'staff-demo', roles: ['staff'], person: '100023' },
  { username: 'supervisor', password: 'supervisor-demo', roles: ['supervisor', 'staff'], person: '100007' },
  { username: 'feedback', password: 'feedback-demo', roles: ['feedbackAgent', 'staff'], person: '100012' },
  { username: 'admin', password: 'admin-demo', roles: ['admin'], person: '100014' },
  { username: 'designer', password: 'designer-demo', roles: ['designer'], person: '100018' },
  { username: 'auditor', password: 'auditor-demo', roles: ['auditor'], person: '100004' },
  { username: 'requester', password: 'requester-demo', roles: ['requester'], person: '100033' },
];

/** The password every further staff login shares, so that cartables have people without a list to remember. */
export const DEMO_STAFF_PASSWORD = 'staff-demo';

/** Further staff, so that referrals, escalations and the feedback loop land in someone's cartable. */
export const DEMO_STAFF_USERS: readonly DemoUser[] = [
  { username: 'operator2', password: DEMO_STAFF_PASSWORD, roles: ['operator', 'staff'], person: '100010' },
  { username: 'sdlead', password: DEMO_STAFF_PASSWORD, roles: ['supervisor', 'staff'], person: '100008' },
  { username: 'netlead', password: DEMO_STAFF_PASSWORD, roles: ['supervisor', 'staff'], person: '100022' },
  { username: 'hardware', password: DEMO_STAFF_PASSWORD, roles: ['staff'], person: '100025' },
  { username: 'desktop', password: DEMO_STAFF_PASSWORD, roles: ['staff'], person: '100020' },
  { username: 'servers', password: DEMO_STAFF_PASSWORD, roles: ['staff'], person: '100021' },
  { username: 'automation', password: DEMO_STAFF_PASSWORD, roles: ['staff'], person: '100016' },
  { username: 'finsys', password: DEMO_STAFF_PASSWORD, roles: ['staff'], person: '100017' },
  { username: 'trainer', password: DEMO_STAFF_PASSWORD, roles: ['staff'], person: '100027' },
  { username: 'isfahan', password: DEMO_STAFF_PASSWORD, roles: ['staff'], person: '100028' },
  { username: 'feedback2', password: DEMO_STAFF_PASSWORD, roles: ['feedbackAgent', 'staff'], person: '100013' },
];

export const DEMO_USERS: readonly DemoUser[] = [...DEMO_ROLE_USERS, ...DEMO_STAFF_USERS];
