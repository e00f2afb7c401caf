import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { CartablePage, CartablesResponse, CartableTab } from '../../contract/cartable';
import type { CatalogueResponse } from '../../contract/catalogue';
import type { TicketSearchPage } from '../../contract/ticket-search';

export interface CartableFilters {
  readonly categoryId?: number;
  readonly locationId?: number;
}

function paramsOf(values: Readonly<Record<string, string | number | undefined>>): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(values)) if (value !== undefined && value !== '') params = params.set(name, String(value));
  return params;
}

/** The cartable's calls: the positions one may open, one tab of one, the search and the catalogue for filters. */
@Injectable({ providedIn: 'root' })
export class CartableApi {
  private readonly http = inject(HttpClient);

  positions(filters: CartableFilters): Promise<CartablesResponse> {
    return firstValueFrom(this.http.get<CartablesResponse>('/api/cartables', { params: paramsOf({ ...filters }) }));
  }

  tab(positionId: number, tab: CartableTab, filters: CartableFilters, page: number, pageSize: number): Promise<CartablePage> {
    return firstValueFrom(this.http.get<CartablePage>(`/api/cartables/${positionId}`, { params: paramsOf({ tab, ...filters, page, pageSize }) }));
  }

  search(q: string, page: number, pageSize: number): Promise<TicketSearchPage> {
    return firstValueFrom(this.http.get<TicketSearchPage>('/api/search', { params: paramsOf({ q, status: 'open', page, pageSize }) }));
  }

  catalogue(): Promise<CatalogueResponse> {
    return firstValueFrom(this.http.get<CatalogueResponse>('/api/catalogue'));
  }
}
