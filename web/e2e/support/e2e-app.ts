import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './launch-browser.js';
import { startServer, type RunningServer } from './start-server.js';

export interface PageOptions {
  /** The language remembered before the first page loads; the app's default (Persian) when left out. */
  readonly language?: 'fa' | 'en';
  readonly viewport?: BrowserContextOptions['viewport'];
}

export interface E2eApp {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** The absolute URL of an app path, e.g. `url('/status')`. */
  url(path: string): string;
  /**
   * Runs `test` with a page in a fresh browser context (own storage), then fails if the browser
   * logged any console error or threw any uncaught error meanwhile, and closes the context.
   */
  withPage(test: (page: Page) => Promise<void>, options?: PageOptions): Promise<void>;
  stop(): Promise<void>;
}

/** The real server and a browser, for one test file: `before(async () => (app = await startE2eApp()))`. */
export async function startE2eApp(): Promise<E2eApp> {
  const server = await startServer();
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  return {
    server,
    browser,
    url: (path) => `${server.baseUrl}${path}`,
    withPage: (test, options) => withPage(browser, server, test, options),
    async stop() {
      await browser.close();
      await server.stop();
    },
  };
}

async function withPage(browser: Browser, server: RunningServer, test: (page: Page) => Promise<void>, options: PageOptions = {}): Promise<void> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 860 }, timezoneId: 'UTC' });
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
      if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
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
