/**
 * A login was refused. One error for every reason (unknown user, wrong password, locked or
 * deactivated account), so that an answer never tells whether a username exists.
 */
export class LoginFailedError extends Error {
  constructor() {
    super('login failed');
    this.name = 'LoginFailedError';
  }
}
