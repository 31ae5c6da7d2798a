// One browser and one server per test file, shared by its tests.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

export function useSite(): { browser: () => Browser; url: (path?: string) => string; server: () => StaticServer } {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startStaticServer(process.env.OUT_DIR ?? 'dist')]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser, url: (path = '/') => `${server.url}${path}`, server: () => server };
}
