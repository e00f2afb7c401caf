import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { AwaitingFeedbackPage } from '../../contract/feedback';
import type { TicketActionResult, TicketDetail } from '../../contract/tickets';

/** What the requester said: a satisfaction of 1 (not at all) to 5 (very) with a comment, or nobody answered. */
export type FeedbackAnswer = { readonly kind: 'answered'; readonly score: number; readonly comment: string | null } | { readonly kind: 'noAnswer' };

/** The feedback agents' calls: the tickets to ask about, a ticket's version, and recording the answer. */
@Injectable({ providedIn: 'root' })
export class FeedbackApi {
  private readonly http = inject(HttpClient);

  awaiting(page: number, pageSize: number): Promise<AwaitingFeedbackPage> {
    return firstValueFrom(this.http.get<AwaitingFeedbackPage>('/api/feedback/tickets', { params: new HttpParams().set('page', page).set('pageSize', pageSize) }));
  }

  ticket(ticketId: number): Promise<TicketDetail> {
    return firstValueFrom(this.http.get<TicketDetail>(`/api/tickets/${ticketId}`));
  }

  record(ticketId: number, expectedVersion: number, response: FeedbackAnswer): Promise<TicketActionResult> {
    return firstValueFrom(this.http.post<TicketActionResult>(`/api/tickets/${ticketId}/feedback`, { expectedVersion, response }));
  }
}
