import type { HeldPosition, MeResponse } from '../../../contract/auth';
import type { RoleName } from '../../../contract/roles';
import type { Language } from '../i18n/language';

/** The person using the app, as `GET /api/auth/me` describes them. */
export interface SignedInUser {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  /** The language chosen for them by the admin; applied when they sign in. */
  readonly language: Language;
  readonly personId: number | null;
  readonly roles: ReadonlySet<RoleName>;
  readonly positions: readonly HeldPosition[];
  /** Positions whose cartables they may open: their own and, for supervisors, all below. */
  readonly visiblePositionIds: readonly number[];
}

/** The user of a `/me` answer; `null` for an API key, which the app never signs in with. */
export function toSignedInUser(me: MeResponse): SignedInUser | null {
  if (me.kind !== 'user' || me.user === null) return null;
  return {
    id: me.user.id,
    username: me.user.username,
    displayName: me.user.displayName,
    language: me.user.language,
    personId: me.user.personId,
    roles: new Set(me.roles),
    positions: me.positions,
    visiblePositionIds: me.visiblePositionIds,
  };
}
