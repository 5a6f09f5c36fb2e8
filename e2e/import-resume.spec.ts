/**
 * A long import survives closing the app: the reports stored before the page
 * closed are in the library, the next start offers to continue, and continuing
 * (picking the same folder again) imports exactly the files not yet imported.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { writeReportFolder } from './support/report-corpus';

const REPORTS = 300;

/** The library's "shown / total" count. */
async function libraryTotal(page: Page): Promise<number> {
  const text = (await page.locator('.fz-library-count').textContent()) ?? '';
  const m = /\/\s*(\d+)|of\s+(\d+)/.exec(text);
  return Number(m?.[1] ?? m?.[2]);
}

/** File names of the documents stored in the current project, read from IndexedDB as any script could. */
async function storedFileNames(page: Page, project: string): Promise<string[]> {
  return page.evaluate(
    (name) =>
      new Promise<string[]>((resolve, reject) => {
        const req = indexedDB.open('fazhi-coder');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['projects', 'documents'], 'readonly');
          const projects = tx.objectStore('projects').getAll();
          const docs = tx.objectStore('documents').getAll();
          tx.oncomplete = () => {
            const id = (projects.result as { id: string; name: string }[]).find((p) => p.name === name)?.id;
            const rows = docs.result as { projectId: string; fileName: string }[];
            resolve(rows.filter((d) => d.projectId === id).map((d) => d.fileName));
            db.close();
          };
        };
      }),
    project,
  );
}

test('closing the page mid-import keeps what was stored, and continuing imports the rest exactly once', async ({
  app,
}) => {
  test.skip(app.edition !== 'web', 'the web edition closes its page; the desktop app would close its window');
  test.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-e2e-resume-'));
  const folder = join(dir, '县级报告');
  writeReportFolder(folder, REPORTS);
  let { page } = app;
  try {
    await app.ready();
    await app.createProject('整库');
    await expect(page.getByText('这个项目还没有报告')).toBeVisible();

    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-folder').click();
    await (await chooser).setFiles(folder);
    const progress = page.getByTestId('import-progress');
    await expect(progress).toBeVisible();
    // The panel shows the rate and time left once it has run a while.
    await expect(page.getByTestId('import-progress-rate')).toContainText(/篇/, { timeout: 30_000 });
    // Wait until some batches are stored (the library counts them), then close mid-import.
    await expect.poll(() => libraryTotal(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(50);
    // Close the page in the middle of the import, and start the app again.
    const context = page.context();
    await page.close();
    page = await context.newPage();
    await page.goto('./');
    const offer = page.getByTestId('import-resume');
    await expect(offer).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('project-switcher')).toContainText('整库');

    // How many were stored before the close depends on the machine's load (parsing runs ahead of the
    // batched writes); what matters is that some were, not all, and exactly those are listed.
    const stored = await libraryTotal(page);
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(REPORTS);
    await expect(offer).toContainText(`还有 ${REPORTS - stored} 个文件(共 ${REPORTS} 个)`);
    expect(new Set(await storedFileNames(page, '整库')).size).toBe(stored);

    // Continue: pick the same folder again; only the files not yet imported are imported.
    const again = page.waitForEvent('filechooser');
    await offer.getByTestId('import-resume-continue').click();
    await (await again).setFiles(folder);
    const summary = page.getByTestId('import-summary');
    await expect(summary).toBeVisible({ timeout: 120_000 });
    await expect(summary.getByTestId('summary-imported').locator('dd')).toHaveText(String(REPORTS - stored));
    await expect(summary.getByTestId('summary-skipped').locator('dd')).toHaveText(String(stored));
    await expect(summary.getByTestId('summary-duplicates').locator('dd')).toHaveText('0');
    await expect(summary.getByTestId('summary-failed').locator('dd')).toHaveText('0');
    await summary.getByRole('button', { name: '关闭' }).click();

    expect(await libraryTotal(page)).toBe(REPORTS);
    const names = await storedFileNames(page, '整库');
    expect(names).toHaveLength(REPORTS);
    expect(new Set(names).size).toBe(REPORTS);
    // Nothing more to continue, after another restart too.
    await expect(page.getByTestId('import-resume')).toBeHidden();
    await page.reload();
    await expect(page.getByTestId('project-switcher')).toContainText('整库');
    await expect(page.getByTestId('library-row').first()).toBeVisible();
    await expect(page.getByTestId('import-resume')).toBeHidden();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
