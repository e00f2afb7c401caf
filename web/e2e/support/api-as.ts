import type { Page } from 'playwright-core';

/**
 * Calls the API with the page's session, as the app would (the CSRF token from its cookie in
 * `X-XSRF-TOKEN`): for a test's setup and for changes made "elsewhere" while a page is open.
 */
export async function apiAs<T>(page: Page, baseUrl: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const cookies = await page.context().cookies(baseUrl);
  const csrf = cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value;
  const response = await page.request.fetch(`${baseUrl}${path}`, {
    method,
    headers: csrf === undefined ? {} : { 'X-XSRF-TOKEN': csrf },
    ...(body === undefined ? {} : { data: body }),
  });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return (response.status() === 204 ? undefined : await response.json()) as T;
}
