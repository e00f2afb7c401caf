/** Why an offer ended, as stored in `call_offers.result`. */
export type OfferResult = 'answered' | 'noAnswer' | 'busy' | 'rejected' | 'unreachable' | 'withdrawn';

/**
 * The channel to an operator's phone that the ACD had originated for a call: ringing, then in the
 * conversation, until it is hung up. `released` marks a channel we hung up ourselves (a ring
 * withdrawn, the previous operator of a transfer), whose end is no news.
 */
export interface OperatorLeg {
  readonly legId: string;
  readonly callKey: string;
  readonly userId: number;
  readonly queueId: string;
  readonly transfer: boolean;
  readonly offeredAt: number;
  state: 'ringing' | 'answered' | 'gone';
  released: boolean;
  /** The `call_offers` row, once stored. */
  offerId: Promise<number | null>;
  /** How the offer ended, once known. */
  result: OfferResult | null;
  /** The offer's end has been stored. */
  closed: boolean;
}
