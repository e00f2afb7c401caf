import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { AuditCategoriesResponse, AuditExportFormat, AuditTicketDetail, AuditTicketPage, AuditTicketQuery } from '../../contract/audit';
import type { InstancePath } from '../../contract/processes';
import type { Language } from '../core/i18n/language';

/** The auditor's calls to /api/audit and the instance paths of /api/processes. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  categories(): Promise<AuditCategoriesResponse> {
    return firstValueFrom(this.http.get<AuditCategoriesResponse>('/api/audit/categories'));
  }

  search(query: AuditTicketQuery): Promise<AuditTicketPage> {
    let params = new HttpParams();
    for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') params = params.set(name, String(value));
    return firstValueFrom(this.http.get<AuditTicketPage>('/api/audit/tickets', { params }));
  }

  ticket(ticketId: number): Promise<AuditTicketDetail> {
    return firstValueFrom(this.http.get<AuditTicketDetail>(`/api/audit/tickets/${ticketId}`));
  }

  path(processInstanceKey: string): Promise<InstancePath> {
    return firstValueFrom(this.http.get<InstancePath>(`/api/processes/instances/${encodeURIComponent(processInstanceKey)}/path`));
  }

  /** A link that downloads the log (the session cookie goes along; the language is named in the link). */
  exportUrl(ticketId: number, format: AuditExportFormat, language: Language): string {
    return `/api/audit/tickets/${ticketId}/export?format=${format}&language=${language}`;
  }
}
