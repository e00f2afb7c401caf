import type { RoleName } from './roles.js';

/** POST /api/auth/login */
export interface LoginRequest {
  readonly username: string;
  readonly password: string;
}

/** A position as the signed-in user holds it. */
export interface HeldPosition {
  readonly id: number;
  readonly titleFa: string;
  readonly titleEn: string;
  readonly unitId: number;
}

/** GET /api/auth/me, and the answer of a successful login. */
export interface MeResponse {
  readonly kind: 'user' | 'apiKey';
  /** null for an API key. */
  readonly user: {
    readonly id: number;
    readonly username: string;
    readonly displayName: string;
    readonly language: 'fa' | 'en';
    readonly personId: number | null;
  } | null;
  readonly roles: readonly RoleName[];
  readonly positions: readonly HeldPosition[];
  /** Positions whose cartables this user may open: their own and, for supervisors, all below. */
  readonly visiblePositionIds: readonly number[];
  /** ISO instant; moves on with activity (sliding expiry), null for an API key. */
  readonly sessionExpiresAt: string | null;
}

/** POST /api/auth/password (the signed-in user's own). */
export interface ChangePasswordRequest {
  readonly currentPassword: string;
  readonly newPassword: string;
}
