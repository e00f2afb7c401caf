import { ValidationError, type FieldProblem } from '../errors/validation-error.js';
import { normalizeIranianPhoneNumber } from '../org/iranian-phone-number.js';
import { REQUEST_TYPES, type RequestType } from './request-type.js';
import type { RegistrationRequest } from './registration-request.js';
import { TICKET_CHANNELS } from './ticket-channel.js';
import type { TicketDirectory } from './ticket-contacts.js';
import type { TicketDetails } from './ticket-details.js';
import type { TicketPolicy } from './ticket-policy.js';

export const MAX_SUBJECT_LENGTH = 300;
export const MAX_DESCRIPTION_LENGTH = 20_000;
const DERIVED_SUBJECT_LENGTH = 120;

function subjectFrom(description: string): string {
  const firstLine = description.trim().split(/\r?\n/)[0] ?? '';
  return firstLine.length <= DERIVED_SUBJECT_LENGTH ? firstLine : `${firstLine.slice(0, DERIVED_SUBJECT_LENGTH - 1)}…`;
}

/**
 * The details a registration request amounts to, every field checked against the catalogue and the
 * directory; a ValidationError lists all problems at once, each on its field. The tracking code is
 * left empty for the caller to draw.
 */
export async function resolveRegistration(request: RegistrationRequest, policy: TicketPolicy, directory: TicketDirectory): Promise<Omit<TicketDetails, 'trackingCode'>> {
  const problems: FieldProblem[] = [];
  const problem = (field: string, messageKey: string, params?: Record<string, string | number>) => problems.push({ field, messageKey, ...(params ? { params } : {}) });

  if (!TICKET_CHANNELS.includes(request.channel)) problem('channel', 'ticket.channel.unknown');
  const description = request.description.trim();
  if (description === '') problem('description', 'ticket.description.required');
  if (description.length > MAX_DESCRIPTION_LENGTH) problem('description', 'ticket.description.tooLong', { max: MAX_DESCRIPTION_LENGTH });
  const subject = (request.subject ?? '').trim() || subjectFrom(description);
  if (subject.length > MAX_SUBJECT_LENGTH) problem('subject', 'ticket.subject.tooLong', { max: MAX_SUBJECT_LENGTH });

  const category = policy.categories.get(request.categoryId);
  if (category === undefined) problem('categoryId', 'ticket.category.unknown');
  else if (!category.selectable) problem('categoryId', 'ticket.category.notSelectable');
  const requestType: RequestType = request.requestType ?? category?.requestType ?? 'incident';
  if (!REQUEST_TYPES.includes(requestType)) problem('requestType', 'ticket.requestType.unknown');
  else if (category !== undefined && category.requestTypes.length > 0 && request.requestType !== undefined && !category.requestTypes.includes(request.requestType)) {
    problem('requestType', 'ticket.requestType.notOffered');
  }

  const active = policy.priorities.filter((priority) => priority.active);
  const priority = request.priority ?? category?.defaultPriority ?? active.find((candidate) => candidate.isDefault)?.code ?? active.at(Math.floor(active.length / 2))?.code ?? 'medium';
  if (request.priority !== undefined && !active.some((candidate) => candidate.code === request.priority)) problem('priority', 'ticket.priority.unknown');

  let requester: TicketDetails['requester'] = { personId: null, name: null, phoneNumber: null };
  let requesterLocationId: string | null = null;
  if ('personId' in request.requester) {
    const person = await directory.person(request.requester.personId);
    if (person === null || !person.active) problem('requester.personId', 'ticket.requester.unknown');
    else {
      requester = { personId: person.id, name: person.fullName, phoneNumber: person.phoneNumbers[0] ?? null };
      requesterLocationId = person.locationId;
    }
  } else {
    const name = request.requester.name.trim();
    const phone = normalizeIranianPhoneNumber(request.requester.phone);
    if (name === '') problem('requester.name', 'ticket.requester.nameRequired');
    if (phone === null) problem('requester.phone', 'ticket.requester.phoneInvalid');
    else {
      // A caller whose number belongs to exactly one person of ours is that person.
      const people = await directory.peopleByPhone(phone);
      const known = people.length === 1 ? people[0] : undefined;
      requester = { personId: known?.id ?? null, name: name || known?.fullName || null, phoneNumber: phone };
      requesterLocationId = known?.locationId ?? null;
    }
  }

  const locationId = request.locationId === undefined ? requesterLocationId : request.locationId;
  if (locationId !== null && !policy.locations.has(locationId)) problem('locationId', 'ticket.location.unknown');
  if (request.resolveNow !== undefined && request.resolveNow.resolution.trim() === '') problem('resolveNow.resolution', 'ticket.resolution.required');
  if (problems.length > 0) throw new ValidationError(problems);
  return {
    channel: request.channel,
    requestType,
    priority,
    categoryId: request.categoryId,
    locationId,
    subject,
    description,
    requester,
    callId: request.callId ?? null,
  };
}
