import type { RoleName } from '../roles.js';

/** POST /api/admin/users */
export interface NewUserInput {
  readonly username: string;
  readonly password: string;
  readonly displayName: string;
  readonly personId: number | null;
  readonly language: 'fa' | 'en';
  readonly roles: readonly RoleName[];
  readonly active: boolean;
}

/** PUT /api/admin/users/:id (the password has its own endpoint). */
export type UserInput = Omit<NewUserInput, 'username' | 'password'>;

/** POST /api/admin/users/:id/password */
export interface ResetPasswordInput {
  readonly password: string;
}

export interface User extends UserInput {
  readonly id: number;
  readonly username: string;
  readonly failedLogins: number;
  /** ISO instant while the account is locked after repeated failures. */
  readonly lockedUntil: string | null;
  readonly lastLoginAt: string | null;
}
