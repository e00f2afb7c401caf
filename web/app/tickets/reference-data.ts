import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { CatalogueResponse } from '../../contract/catalogue';
import type { OrgChartResponse } from '../../contract/org-chart';
import type { PrioritiesResponse } from '../../contract/priorities';

/**
 * The catalogue, the priorities and the org chart, fetched once per session of the app and shared
 * by the operator console and the ticket page (a failed fetch is tried again next time).
 */
@Injectable({ providedIn: 'root' })
export class ReferenceData {
  private readonly http = inject(HttpClient);
  private readonly cache = new Map<string, Promise<unknown>>();

  catalogue(): Promise<CatalogueResponse> {
    return this.get<CatalogueResponse>('/api/catalogue');
  }

  priorities(): Promise<PrioritiesResponse> {
    return this.get<PrioritiesResponse>('/api/priorities');
  }

  orgChart(): Promise<OrgChartResponse> {
    return this.get<OrgChartResponse>('/api/org-chart');
  }

  private get<T>(url: string): Promise<T> {
    let found = this.cache.get(url) as Promise<T> | undefined;
    if (found === undefined) {
      found = firstValueFrom(this.http.get<T>(url));
      found.catch(() => this.cache.delete(url));
      this.cache.set(url, found);
    }
    return found;
  }
}
