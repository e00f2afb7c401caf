import { parseSetCookie } from 'cookie';

export interface ApiAnswer<T = unknown> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

export interface RequestOptions {
  readonly headers?: Record<string, string>;
  /** Leave out the X-XSRF-TOKEN header that a browser page of ours would send. */
  readonly withoutCsrf?: boolean;
}

/**
 * A browser stand-in for tests: real HTTP to a running API, a cookie jar, and the `X-XSRF-TOKEN`
 * header echoed from the `XSRF-TOKEN` cookie as Angular's HttpClient does.
 */
export class ApiClient {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly language: string = 'fa',
    private readonly defaultHeaders: Record<string, string> = {},
  ) {}

  /** The same jar, answering in another language. */
  inLanguage(language: string): ApiClient {
    const other = new ApiClient(this.baseUrl, language, this.defaultHeaders);
    for (const [name, value] of this.cookies) other.cookies.set(name, value);
    return other;
  }

  async request<T = unknown>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<ApiAnswer<T>> {
    const headers: Record<string, string> = { 'Accept-Language': this.language, ...this.defaultHeaders, ...options.headers };
    if (this.cookies.size > 0) headers.Cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const csrf = this.cookies.get('XSRF-TOKEN');
    if (csrf !== undefined && !options.withoutCsrf && method !== 'GET') headers['X-XSRF-TOKEN'] = csrf;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const cookie = parseSetCookie(line);
      if (cookie.value === undefined || cookie.value === '' || (cookie.expires !== undefined && cookie.expires.getTime() <= Date.now())) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, headers: response.headers, body: (type.includes('json') && text !== '' ? JSON.parse(text) : text) as T };
  }

  get<T = unknown>(path: string, options?: RequestOptions): Promise<ApiAnswer<T>> {
    return this.request<T>('GET', path, undefined, options);
  }

  post<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<ApiAnswer<T>> {
    return this.request<T>('POST', path, body, options);
  }

  put<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<ApiAnswer<T>> {
    return this.request<T>('PUT', path, body, options);
  }

  delete<T = unknown>(path: string, options?: RequestOptions): Promise<ApiAnswer<T>> {
    return this.request<T>('DELETE', path, undefined, options);
  }

  /** Signs in; throws unless the login succeeds. */
  async login(username: string, password: string): Promise<this> {
    const answer = await this.post('/api/auth/login', { username, password });
    if (answer.status !== 200) throw new Error(`login as ${username} failed with ${answer.status}: ${JSON.stringify(answer.body)}`);
    return this;
  }
}
