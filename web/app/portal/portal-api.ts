import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { CatalogueResponse } from '../../contract/catalogue';
import type { PortalRequestPage } from '../../contract/portal';
import type { TicketStatusFilter } from '../../contract/ticket-search';
import type { RegisteredTicket, RegisterTicketRequest, TicketActionResult, TicketDetail } from '../../contract/tickets';
import type { TrackedTicket } from '../../contract/tracking';

/** The requester's calls: their requests, registering one with its files, answering a question, and public tracking. */
@Injectable({ providedIn: 'root' })
export class PortalApi {
  private readonly http = inject(HttpClient);

  myRequests(status: Exclude<TicketStatusFilter, 'all'>, page: number, pageSize: number): Promise<PortalRequestPage> {
    return firstValueFrom(this.http.get<PortalRequestPage>('/api/portal/requests', { params: new HttpParams().set('status', status).set('page', page).set('pageSize', pageSize) }));
  }

  catalogue(): Promise<CatalogueResponse> {
    return firstValueFrom(this.http.get<CatalogueResponse>('/api/catalogue'));
  }

  /** The same key for a retry of the same submission, so that it is registered once. */
  register(request: RegisterTicketRequest, idempotencyKey: string): Promise<RegisteredTicket> {
    return firstValueFrom(this.http.post<RegisteredTicket>('/api/tickets', request, { headers: { 'Idempotency-Key': idempotencyKey } }));
  }

  attach(ticketId: number, file: File): Promise<{ id: number; url: string }> {
    const body = new FormData();
    body.append('file', file, file.name);
    return firstValueFrom(this.http.post<{ id: number; url: string }>(`/api/tickets/${ticketId}/attachments`, body));
  }

  ticket(ticketId: number): Promise<TicketDetail> {
    return firstValueFrom(this.http.get<TicketDetail>(`/api/tickets/${ticketId}`));
  }

  answer(ticketId: number, expectedVersion: number, answer: string): Promise<TicketActionResult> {
    return firstValueFrom(this.http.post<TicketActionResult>(`/api/tickets/${ticketId}/information`, { expectedVersion, answer }));
  }

  track(code: string, phone: string): Promise<TrackedTicket> {
    return firstValueFrom(this.http.get<TrackedTicket>('/api/track', { params: new HttpParams().set('code', code).set('phone', phone) }));
  }
}
