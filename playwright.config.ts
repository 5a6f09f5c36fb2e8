/**
 * End-to-end specs run against the web edition in Chromium (Debian's
 * /usr/bin/chromium, a path in FAZHI_CHROMIUM, or Playwright's own browser where
 * installed) and, where the Electron binary exists, against the desktop app.
 * `npm run test:e2e` builds both first.
 */
import { defineConfig } from '@playwright/test';
import { chromiumPath, electronBinary } from './e2e/support/environment';

// FAZHI_E2E_PORT lets several checkouts run their e2e specs side by side.
const port = Number(process.env.FAZHI_E2E_PORT ?? 4173);
const electron = electronBinary();

const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [
    { name: 'web', use: chromium },
    // The same specs against the desktop app, where its binary exists.
    ...(electron ? [{ name: 'electron', use: chromium, metadata: { electron } }] : []),
  ],
});
