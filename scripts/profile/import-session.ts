/**
 * What both import profilers share: N generated reports, the web edition built and
 * served, a browser on a fresh project; `run` gets the page and the corpus's paths,
 * and everything is closed and removed afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { launch, openApp, passFirstRun, createProject } from '../bench-app/app';
import { writeImportCorpus } from '../bench-app/corpus';
import { ensureBuild, serve } from '../bench-app/server';

export async function withImportSession(
  count: number,
  name: string,
  run: (page: Page, paths: string[], browser: Browser) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), `fazhi-${name}-`));
  const { paths } = writeImportCorpus(dir, count);
  console.log(ensureBuild());
  const server = await serve();
  const browser = await launch();
  try {
    const page = await openApp(browser, server.url);
    await passFirstRun(page);
    await createProject(page, name);
    await run(page, paths, browser);
  } finally {
    await browser.close();
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
