/**
 * The `app` fixture: a fresh Fazhi Coder for every test, with no data from any
 * other test. In the `web` project it is the web edition in a new browser context
 * (its own IndexedDB); in the `electron` project it is the desktop app with a new
 * user-data folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, _electron, type Page } from '@playwright/test';
import { AppPage } from './app-page';

export const test = base.extend<{ app: AppPage }>({
  app: async ({ browser, baseURL }, use, testInfo) => {
    const electron = testInfo.project.metadata?.electron as string | undefined;
    if (electron) {
      const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-e2e-'));
      const app = await _electron.launch({
        executablePath: electron,
        args: [resolve(import.meta.dirname, '../../out/main/index.js')],
        env: { ...process.env, FAZHI_USER_DATA: dataDir },
      });
      const page: Page = await app.firstWindow();
      await use(new AppPage(page, 'desktop'));
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
      return;
    }
    const context = await browser.newContext({ baseURL, acceptDownloads: true, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('./');
    await use(new AppPage(page, 'web'));
    await context.close();
  },
});

export { expect } from '@playwright/test';
