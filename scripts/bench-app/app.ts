/** Driving the web edition the way the e2e page object does, from Node (no DOM types needed). */
import { chromium, type Browser, type Page } from '@playwright/test';
import { INIT_SCRIPT } from './page-scripts';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** A fresh context (its own IndexedDB) with the measuring script installed before the app loads. */
export async function openApp(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** First run: the sample project is imported and the coder dialog is answered (as AppPage.ready). */
export async function passFirstRun(page: Page): Promise<void> {
  const dialog = page.getByTestId('coder-dialog');
  await dialog.waitFor({ state: 'visible', timeout: 60_000 });
  await page.getByTestId('coder-name').fill('基准');
  await page.getByTestId('coder-name').press('Enter');
  await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
  await page.getByTestId('library-row').first().waitFor({ timeout: 60_000 });
}

/** A new empty project through the project switcher (as e2e/import.spec.ts). */
export async function createProject(page: Page, name: string): Promise<void> {
  await page.getByTestId('project-switcher').click();
  await page.getByTestId('project-create').click();
  await page.getByTestId('project-name').fill(name);
  await page.getByTestId('project-name-ok').click();
  await page.getByText('这个项目还没有报告').waitFor({ timeout: 10_000 });
}

/** Chooses files in the web edition's file picker (as AppPage.importFiles); resolves once they are set. */
export async function chooseFiles(page: Page, paths: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-files').click();
  await (await chooser).setFiles(paths);
}

/** The number shown in one of the import summary's counts, or null when it is not shown. */
export async function summaryCount(page: Page, testId: string): Promise<number | null> {
  const dd = page.getByTestId('import-summary').getByTestId(testId).locator('dd');
  if (!(await dd.count())) return null;
  const n = Number((await dd.first().textContent())?.trim());
  return Number.isFinite(n) ? n : null;
}

export async function closeSummary(page: Page): Promise<void> {
  const summary = page.getByTestId('import-summary');
  await summary.getByRole('button', { name: '关闭' }).click();
  await summary.waitFor({ state: 'hidden', timeout: 10_000 });
}

/**
 * Runs a page script that stores reports [from, to) into the page's IndexedDB, 250 at a
 * time (the page builds the texts itself: 60 million characters never cross DevTools).
 */
export async function seedInPage(page: Page, script: string, total: number, args: object = {}): Promise<void> {
  for (let from = 0; from < total; from += 250)
    await page.evaluate(`(${script})(${JSON.stringify({ ...args, from, to: Math.min(total, from + 250) })})`);
}

/** The longest main-thread task the page saw since `since` (performance.now() in the page), in ms. */
export function maxLongTask(page: Page, since: number): Promise<number> {
  return page.evaluate<number>(
    `Math.max(0, ...window.__bench.longtasks.filter((l) => l.start >= ${since}).map((l) => l.duration))`,
  );
}
