import { AriHttpError } from './ari-http-error.js';

/** What a REST handler answers: JSON, audio bytes, or nothing (204). */
export interface OperationResponse {
  readonly status: number;
  readonly json?: unknown;
  readonly binary?: { readonly contentType: string; readonly data: Buffer };
  /** `Location` of a created resource, relative to `/ari`. */
  readonly location?: string;
}

/**
 * The parameters of one ARI call: query string first, then the fields of a JSON body, as Asterisk's
 * generated handlers read them.
 */
export class OperationRequest {
  constructor(
    readonly query: URLSearchParams,
    readonly pathParams: Readonly<Record<string, string>>,
    readonly body: unknown,
  ) {}

  path(name: string): string {
    return this.pathParams[name] ?? '';
  }

  string(name: string): string | undefined {
    const fromQuery = this.query.get(name);
    if (fromQuery !== null) return fromQuery;
    const fromBody = this.#bodyField(name);
    return typeof fromBody === 'string' || typeof fromBody === 'number' || typeof fromBody === 'boolean' ? String(fromBody) : undefined;
  }

  integer(name: string, fallback: number): number {
    const text = this.string(name);
    if (text === undefined || text === '') return fallback;
    const value = Number.parseInt(text, 10);
    return Number.isNaN(value) ? fallback : value;
  }

  /** Asterisk's `ast_true`. */
  boolean(name: string, fallback: boolean): boolean {
    const text = this.string(name);
    if (text === undefined) return fallback;
    return ['yes', 'true', 'y', 't', '1', 'on'].includes(text.toLowerCase());
  }

  /** An `allowMultiple` parameter: comma separated in the query, or a JSON array. */
  list(name: string): string[] {
    const fromBody = this.#bodyField(name);
    if (this.query.get(name) === null && Array.isArray(fromBody)) return fromBody.map(String);
    const text = this.string(name);
    return text === undefined || text === '' ? [] : text.split(',').map((part) => part.trim());
  }

  /** The `variables` body as name → value (plain strings, or `{ value }` objects). */
  variables(): Record<string, string> {
    const raw = this.#bodyField('variables');
    if (raw === undefined || raw === null) return {};
    if (typeof raw !== 'object' || Array.isArray(raw)) throw new AriHttpError(400, "The 'variables' field must be a JSON object");
    const result: Record<string, string> = {};
    for (const [key, value] of Object.entries(raw)) {
      if (typeof value === 'string') result[key] = value;
      else if (typeof value === 'object' && value !== null && typeof (value as { value?: unknown }).value === 'string') result[key] = (value as { value: string }).value;
      else throw new AriHttpError(400, "Each value in 'variables' must be a string or an object with 'value' and optional 'report_events'");
    }
    return result;
  }

  #bodyField(name: string): unknown {
    if (typeof this.body !== 'object' || this.body === null || Array.isArray(this.body)) return undefined;
    return (this.body as Record<string, unknown>)[name];
  }
}

/** One ARI operation, keyed by `resource.nickname` (e.g. `channels.play`) in the handler tables. */
export type OperationHandler<Context> = (request: OperationRequest, context: Context) => OperationResponse;
