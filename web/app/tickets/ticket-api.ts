import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { InstancePath } from '../../contract/processes';
import type { TicketActionResult, TicketDetail } from '../../contract/tickets';

/** The ticket page's calls: a ticket, its process path and every lifecycle action. */
@Injectable({ providedIn: 'root' })
export class TicketApi {
  private readonly http = inject(HttpClient);

  ticket(ticketId: number): Promise<TicketDetail> {
    return firstValueFrom(this.http.get<TicketDetail>(`/api/tickets/${ticketId}`));
  }

  path(processInstanceKey: string): Promise<InstancePath> {
    return firstValueFrom(this.http.get<InstancePath>(`/api/processes/instances/${encodeURIComponent(processInstanceKey)}/path`));
  }

  /** POST /api/tickets/:id/<action> with the version the user saw. */
  act(ticketId: number, action: string, body: Readonly<Record<string, unknown>>): Promise<TicketActionResult> {
    return firstValueFrom(this.http.post<TicketActionResult>(`/api/tickets/${ticketId}/${action}`, body));
  }
}
