import type { RoleName } from '../roles.js';

/** POST /api/admin/api-keys: a key for a CRM system; every role but admin. */
export interface ApiKeyInput {
  readonly name: string;
  readonly roles: readonly RoleName[];
}

export interface ApiKey {
  readonly id: number;
  readonly name: string;
  /** `pk_<prefix>_…`, to tell keys apart. */
  readonly prefix: string;
  readonly roles: readonly RoleName[];
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

/** The answer of creating a key: the only time the key itself is shown. */
export interface CreatedApiKey extends ApiKey {
  /** Send as `Authorization: Bearer <key>`. */
  readonly key: string;
}
