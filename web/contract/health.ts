/** GET /api/health */
export interface HealthResponse {
  readonly status: 'ok' | 'degraded';
  readonly version: string;
  readonly database: { readonly dialect: string; readonly state: 'up' | 'down'; readonly schemaVersion: string | null };
  readonly engine: { readonly kind: 'embedded' | 'zeebe'; readonly state: 'up' | 'down'; readonly detail?: string };
  readonly processes: ReadonlyArray<{ readonly bpmnProcessId: string; readonly version: number }>;
}
