import { request, type APIRequestContext } from 'playwright-core';

/** A signed-in user's calls to the API outside the browser page, as another person at another desk would make them. */
export interface ApiSession {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown, headers?: Record<string, string>): Promise<T>;
  dispose(): Promise<void>;
}

/** Signs `username` in (demo password `<username>-demo` unless given) and sends the CSRF token with each change. */
export async function apiSession(baseUrl: string, username: string, password = `${username}-demo`, forwardedFor = '203.0.113.9'): Promise<ApiSession> {
  const context: APIRequestContext = await request.newContext({ baseURL: baseUrl, extraHTTPHeaders: { 'X-Forwarded-For': forwardedFor } });
  const login = await context.post('/api/auth/login', { data: { username, password } });
  if (!login.ok()) throw new Error(`signing in as ${username} failed: ${login.status()} ${await login.text()}`);
  const csrf = async () => (await context.storageState()).cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  const answer = async <T>(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string): Promise<T> => {
    if (!response.ok()) throw new Error(`${what} failed: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    get: async (path) => answer(await context.get(path), `GET ${path}`),
    post: async (path, body, headers = {}) => answer(await context.post(path, { data: body, headers: { 'X-XSRF-TOKEN': await csrf(), ...headers } }), `POST ${path}`),
    dispose: () => context.dispose(),
  };
}
