import { HttpClient, HttpParams } from '@angular/common/http';
import { DOCUMENT, Injectable, inject } from '@angular/core';
import { catchError, firstValueFrom, shareReplay, throwError, type Observable } from 'rxjs';
import type { ReportExportFormat, ReportId, ReportOptions, ReportQuery, ReportResult } from '../../contract/reports';
import type { Language } from '../core/i18n/language';
import { attachmentName, saveFile } from './save-file';

function paramsOf(query: ReportQuery): HttpParams {
  let params = new HttpParams().set('from', query.from).set('to', query.to);
  if (query.unitId !== undefined) params = params.set('unitId', query.unitId);
  if (query.categoryId !== undefined) params = params.set('categoryId', query.categoryId);
  return params;
}

/** The reports API (web/contract/reports.ts): report tables, the filters' options, and exports saved as files. */
@Injectable({ providedIn: 'root' })
export class ReportApi {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);
  private options$: Observable<ReportOptions> | null = null;

  report(id: ReportId, query: ReportQuery): Observable<ReportResult> {
    return this.http.get<ReportResult>(`/api/reports/${id}`, { params: paramsOf(query) });
  }

  /** Units, categories and priorities; asked once and kept (they change rarely). */
  options(): Observable<ReportOptions> {
    this.options$ ??= this.http.get<ReportOptions>('/api/reports/options').pipe(
      catchError((error: unknown) => {
        this.options$ = null;
        return throwError(() => error);
      }),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.options$;
  }

  /** Downloads the report as CSV or XLSX with headers in `language`, and hands it to the browser. */
  async download(id: ReportId, query: ReportQuery, format: ReportExportFormat, language: Language): Promise<void> {
    const response = await firstValueFrom(
      this.http.get(`/api/reports/${id}/export`, { params: paramsOf(query).set('format', format).set('language', language), observe: 'response', responseType: 'blob' }),
    );
    if (response.body === null) throw new Error('the export came back empty');
    saveFile(this.document, response.body, attachmentName(response.headers.get('Content-Disposition'), `pishkhan-${id}.${format}`));
  }
}
