import type { MessagesOf } from '../../core/i18n/messages-of';
import type { usersFa } from './users.fa';

/** Messages of the users page, in English. */
export const usersEn: MessagesOf<typeof usersFa> = {
  'admin.users.lead': 'User accounts, their roles and sign-in state. Resetting a password lifts a lockout and ends the user’s sessions.',
  'admin.users.new': 'New user',
  'admin.users.search': 'Search by username or name',
  'admin.users.none': 'No users found.',
  'admin.users.username': 'Username',
  'admin.users.password': 'First password',
  'admin.users.passwordHint': 'The user can change it after signing in.',
  'admin.users.displayName': 'Display name',
  'admin.users.language': 'Language',
  'admin.users.roles': 'Roles',
  'admin.users.lastLogin': 'Last sign-in',
  'admin.users.locked': 'Locked',
  'admin.users.lockedUntil': 'Locked until {at} after {failures} failed sign-ins.',
  'admin.users.unlock': 'Unlock',
  'admin.users.unlocked': 'The account is unlocked.',
  'admin.users.resetPassword': 'Reset password',
  'admin.users.newPassword': 'New password',
  'admin.users.resetPasswordHint': 'Lifts a lockout and ends the user’s open sessions.',
  'admin.users.passwordReset': 'The password is reset.',
  'admin.users.role.requester': 'Requester',
  'admin.users.role.operator': 'Operator',
  'admin.users.role.staff': 'Staff',
  'admin.users.role.feedbackAgent': 'Feedback agent',
  'admin.users.role.supervisor': 'Supervisor',
  'admin.users.role.admin': 'Administrator',
  'admin.users.role.designer': 'Process designer',
  'admin.users.role.auditor': 'Auditor',
};
