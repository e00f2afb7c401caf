import type { Principal } from '../access/principal.js';
import type { RequestType } from './request-type.js';
import type { TicketChannel } from './ticket-channel.js';

/** A known person, or a caller known only by name and number. */
export type RequesterInput = { readonly personId: string } | { readonly name: string; readonly phone: string };

export interface RegistrationRequest {
  readonly requester: RequesterInput;
  readonly channel: TicketChannel;
  /** The category (the third level of the catalogue, or any level without sub-categories). */
  readonly categoryId: string;
  /** Defaults to the category's type. */
  readonly requestType?: RequestType | undefined;
  /** A priority code; defaults to the category's, then the admin's default priority. */
  readonly priority?: string | undefined;
  /** Defaults to the first line of the description. */
  readonly subject?: string | undefined;
  readonly description: string;
  /** Defaults to the requester's own location. */
  readonly locationId?: string | null | undefined;
  readonly callId?: string | null | undefined;
  /** The operator answered on the spot: registered and resolved at once, straight to feedback. */
  readonly resolveNow?: { readonly resolution: string } | undefined;
  readonly actor: Principal;
  readonly idempotencyKey?: string | undefined;
}
