import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './launch-browser.js';
import { startServer, type RunningServer } from './start-server.js';

export interface PageOptions {
  /** The language remembered before the first page loads; the app's default (Persian) when left out. */
  readonly language?: 'fa' | 'en';
  readonly viewport?: BrowserContextOptions['viewport'];
  /**
   * Answers the test provokes on purpose (a wrong password's 401, a rejected form's 400): the
   * browser logs each as a console error, which is not held against the test when its status and
   * path are listed here.
   */
  readonly allowFailedRequests?: readonly AllowedFailure[];
}

export interface AllowedFailure {
  readonly status: number;
  /** The request's path, e.g. `/api/auth/login`, or a pattern for it. */
  readonly path: string | RegExp;
}

/** Whether a console error is the browser's report of a failed request the test allowed. */
function isAllowedFailure(text: string, url: string, allowed: readonly AllowedFailure[]): boolean {
  const status = /^Failed to load resource: the server responded with a status of (\d{3})/.exec(text)?.[1];
  if (status === undefined || url === '') return false;
  const path = new URL(url).pathname;
  return allowed.some((failure) => failure.status === Number(status) && (typeof failure.path === 'string' ? failure.path === path : failure.path.test(path)));
}

export interface E2eApp {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** The absolute URL of an app path, e.g. `url('/status')`. */
  url(path: string): string;
  /** Signs the page's browser context in as a user (demo password `<username>-demo` unless given), through the API. */
  signIn(page: Page, username: string, password?: string): Promise<void>;
  /**
   * Runs `test` with a page in a fresh browser context (own storage), then fails if the browser
   * logged any console error or threw any uncaught error meanwhile, and closes the context.
   */
  withPage(test: (page: Page) => Promise<void>, options?: PageOptions): Promise<void>;
  stop(): Promise<void>;
}

export interface E2eAppOptions {
  /** More settings for the server's environment (e.g. `ARI_URL` of an ARI double), over the harness's own. */
  readonly env?: NodeJS.ProcessEnv;
}

/** The real server and a browser, for one test file: `before(async () => (app = await startE2eApp()))`. */
export async function startE2eApp(options: E2eAppOptions = {}): Promise<E2eApp> {
  const server = await startServer(options.env);
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  return {
    server,
    browser,
    url: (path) => `${server.baseUrl}${path}`,
    async signIn(page, username, password = `${username}-demo`) {
      const response = await page.request.post(`${server.baseUrl}/api/auth/login`, { data: { username, password } });
      if (!response.ok()) throw new Error(`signing in as ${username} failed: ${response.status()} ${await response.text()}`);
    },
    withPage: (test, options) => withPage(browser, server, test, options),
    async stop() {
      await browser.close();
      await server.stop();
    },
  };
}

let nextClient = 0;

async function withPage(browser: Browser, server: RunningServer, test: (page: Page) => Promise<void>, options: PageOptions = {}): Promise<void> {
  // Each test browses from an address of its own (the server trusts X-Forwarded-For from loopback), so
  // that the per-address rate limit of sign-ins counts each test's attempts apart, as for separate users.
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 860 },
    timezoneId: 'UTC',
    extraHTTPHeaders: { 'X-Forwarded-For': `198.51.100.${(nextClient++ % 254) + 1}` },
  });
  const problems: string[] = [];
  try {
    if (options.language) {
      // Only before the app has stored a choice, so that a switch made by the test survives reloads.
      await context.addInitScript((language) => {
        // about:blank has no storage; only the app's own pages get the language.
        if (location.protocol.startsWith('http') && localStorage.getItem('pishkhan.language') === null) localStorage.setItem('pishkhan.language', language);
      }, options.language);
    }
    context.on('console', (message) => {
      if (message.type() !== 'error' || isAllowedFailure(message.text(), message.location().url, options.allowFailedRequests ?? [])) return;
      problems.push(`console error: ${message.text()} (${message.location().url})`);
    });
    context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await test(page);
  } catch (error) {
    if (error instanceof Error && problems.length > 0) error.message += `\nBrowser problems:\n${problems.join('\n')}`;
    throw error;
  } finally {
    await context.close();
  }
  if (problems.length > 0) {
    throw new Error(`The browser reported problems:\n${problems.join('\n')}\nServer output:\n${server.output().slice(-2000)}`);
  }
}
