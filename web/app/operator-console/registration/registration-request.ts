import type { RegisterTicketRequest } from '../../../contract/tickets';

/** What the operator filled in. */
export interface RegistrationForm {
  readonly phone: string;
  readonly requesterName: string;
  readonly categoryId: number | null;
  /** '' leaves it to the category's default (and the routing rules). */
  readonly priority: string;
  readonly subject: string;
  readonly description: string;
}

/** Who is calling, as the lookup or the screen pop found them. */
export interface KnownCaller {
  readonly personId: number | null;
}

export type RegistrationProblem = { readonly field: 'requester' | 'requester.name' | 'categoryId' | 'description'; readonly messageKey: 'operatorConsole.required' };

/**
 * The registration body for the API, or the problems the operator can fix before sending: a known
 * person is the requester; otherwise a name and the number they called from. The call in progress
 * (`callId`) goes along, so that its recording is attached to this ticket.
 */
export function registrationRequest(form: RegistrationForm, caller: KnownCaller | null, callId: number | null): { readonly request: RegisterTicketRequest } | { readonly problems: readonly RegistrationProblem[] } {
  const problems: RegistrationProblem[] = [];
  const personId = caller?.personId ?? null;
  const name = form.requesterName.trim();
  const phone = form.phone.trim();
  if (personId === null && name === '') problems.push({ field: 'requester.name', messageKey: 'operatorConsole.required' });
  if (personId === null && phone === '') problems.push({ field: 'requester', messageKey: 'operatorConsole.required' });
  if (form.categoryId === null) problems.push({ field: 'categoryId', messageKey: 'operatorConsole.required' });
  const description = form.description.trim();
  if (description === '') problems.push({ field: 'description', messageKey: 'operatorConsole.required' });
  if (problems.length > 0) return { problems };
  const subject = form.subject.trim();
  return {
    request: {
      requester: personId !== null ? { personId } : { name, phone },
      channel: 'phone',
      categoryId: form.categoryId!,
      ...(form.priority === '' ? {} : { priority: form.priority }),
      ...(subject === '' ? {} : { subject }),
      description,
      ...(callId === null ? {} : { callId }),
    },
  };
}
