import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { DeployRequest, DeployResponse, LintResponse, ProcessListResponse, ProcessVersionXml } from '../../contract/processes';

/** The designer's calls to /api/processes; failures arrive as `ApiError` (a 422 deploy carries a `DeployRejection` body). */
@Injectable({ providedIn: 'root' })
export class DesignerApi {
  private readonly http = inject(HttpClient);

  listProcesses(): Promise<ProcessListResponse> {
    return firstValueFrom(this.http.get<ProcessListResponse>('/api/processes'));
  }

  version(bpmnProcessId: string, version: number): Promise<ProcessVersionXml> {
    return firstValueFrom(this.http.get<ProcessVersionXml>(`/api/processes/${encodeURIComponent(bpmnProcessId)}/versions/${version}`));
  }

  lint(xml: string): Promise<LintResponse> {
    return firstValueFrom(this.http.post<LintResponse>('/api/processes/lint', { xml }));
  }

  deploy(request: DeployRequest): Promise<DeployResponse> {
    return firstValueFrom(this.http.post<DeployResponse>('/api/processes/deployments', request));
  }
}
