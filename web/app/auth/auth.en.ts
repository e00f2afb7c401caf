import type { MessagesOf } from '../core/i18n/messages-of';
import type { authFa } from './auth.fa';

/** Messages of the auth feature in English. */
export const authEn: MessagesOf<typeof authFa> = {
  'auth.login.title': 'Sign in',
  'auth.login.heading': 'Sign in to Pishkhan',
  'auth.login.intro': 'Use the username and password your administrator gave you.',
  'auth.login.username': 'Username',
  'auth.login.password': 'Password',
  'auth.login.showPassword': 'Show password',
  'auth.login.submit': 'Sign in',
  'auth.login.submitting': 'Signing in…',
  'auth.login.required': 'Fill in this field.',
  'auth.login.failed': 'The username or password is wrong, or the account is locked for a while after repeated failures.',
  'auth.login.lockoutHint': 'After {attempts} failed attempts in a row an account is locked for {minutes} minutes. If you forgot your password, ask your administrator to reset it or unlock the account.',
  'auth.login.sessionEnded': 'Sign in to continue.',
  'auth.login.errorTitle': 'Could not sign in',

  'auth.home.signInHeading': 'Sign in to work with Pishkhan',
  'auth.home.signInBody': 'Everyone sees the areas their roles allow: operators the operator console, staff the cartable, administrators the admin area.',

  'auth.menu.signIn': 'Sign in',
  'auth.menu.account': 'Account',
  'auth.menu.positions': 'Positions',
  'auth.menu.changePassword': 'Change password',
  'auth.menu.signOut': 'Sign out',

  'auth.password.title': 'Change password',
  'auth.password.intro': 'Changing your password signs you out on your other devices.',
  'auth.password.current': 'Current password',
  'auth.password.new': 'New password',
  'auth.password.newHint': 'At least {min} characters, and not your username.',
  'auth.password.confirm': 'Repeat the new password',
  'auth.password.submit': 'Change password',
  'auth.password.saving': 'Saving…',
  'auth.password.changed': 'Your password has been changed.',
  'auth.password.tooShort': 'A password has at least {min} characters.',
  'auth.password.mismatch': 'The two new passwords differ.',
  'auth.password.sameAsUsername': 'The password must differ from the username.',

  'auth.forbidden.title': 'No access',
  'auth.forbidden.body': 'The account “{name}” may not enter this area. If you think it should, ask your administrator.',
  'auth.forbidden.otherAccount': 'Sign in with another account',

  'auth.role.requester': 'Requester',
  'auth.role.operator': 'Operator',
  'auth.role.staff': 'Staff',
  'auth.role.feedbackAgent': 'Feedback agent',
  'auth.role.supervisor': 'Supervisor',
  'auth.role.admin': 'Administrator',
  'auth.role.designer': 'Process designer',
  'auth.role.auditor': 'Auditor',
};
