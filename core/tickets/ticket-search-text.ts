import { parseIranianPhoneNumber } from '../org/iranian-phone-number.js';
import { normalizeForSearch } from '../text/normalize-for-search.js';
import type { TicketDetails } from './ticket-details.js';

/**
 * What search matches a ticket on, normalized as queries are (ی/ک, digits, ZWNJ, diacritics): its
 * tracking code, subject, description and requester, the phone number in both the national and
 * the international form. The original text is what is shown.
 */
export function ticketSearchText(details: TicketDetails): string {
  const phone = details.requester.phoneNumber === null ? null : parseIranianPhoneNumber(details.requester.phoneNumber);
  const parts = [details.trackingCode, details.subject, details.description, details.requester.name ?? '', phone?.national ?? '', phone?.e164 ?? ''];
  return normalizeForSearch(parts.filter((part) => part !== '').join(' '));
}
