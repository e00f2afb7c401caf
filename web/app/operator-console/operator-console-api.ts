import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { CallerCard, OperatorPresence, TelephonyMe } from '../../contract/telephony';
import type { RegisterTicketRequest, RegisteredTicket } from '../../contract/tickets';

/** The operator console's calls: presence, the call in progress, caller lookup, registration and attachments. */
@Injectable({ providedIn: 'root' })
export class OperatorConsoleApi {
  private readonly http = inject(HttpClient);

  me(): Promise<TelephonyMe> {
    return firstValueFrom(this.http.get<TelephonyMe>('/api/telephony/me'));
  }

  changePresence(change: 'login' | 'pause' | 'resume' | 'logout'): Promise<OperatorPresence> {
    return firstValueFrom(this.http.post<OperatorPresence>(`/api/telephony/me/${change}`, {}));
  }

  caller(number: string): Promise<CallerCard> {
    return firstValueFrom(this.http.get<CallerCard>(`/api/telephony/callers/${encodeURIComponent(number)}`));
  }

  /** Registers once: a retry with the same key after a lost answer does not register twice. */
  register(request: RegisterTicketRequest, idempotencyKey: string): Promise<RegisteredTicket> {
    return firstValueFrom(this.http.post<RegisteredTicket>('/api/tickets', request, { headers: { 'Idempotency-Key': idempotencyKey } }));
  }

  attach(ticketId: number, file: File): Promise<{ readonly id: number; readonly url: string }> {
    const body = new FormData();
    body.append('file', file, file.name);
    return firstValueFrom(this.http.post<{ id: number; url: string }>(`/api/tickets/${ticketId}/attachments`, body));
  }
}
