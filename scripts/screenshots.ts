/**
 * `npx tsx scripts/screenshots.ts [outDir]`: the reader and the library of the web
 * edition at 1280×800, 1400×900 and 1920×1080, in Chinese and English, as PNGs in
 * docs/screenshots (the README shows one of them). Builds out/web when missing.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { launch, passFirstRun } from './bench-app/app';
import { ensureBuild, ROOT, serve } from './bench-app/server';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1400, height: 900 },
  { width: 1920, height: 1080 },
] as const;
const LANGS = ['zh', 'en'] as const;
const REPORT = /滴道区2022年度法治政府建设工作报告/;

async function prepare(browser: Browser, url: string, lang: (typeof LANGS)[number]): Promise<Page> {
  const context = await browser.newContext({
    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(url);
  await passFirstRun(page);
  return page;
}

/** A few coded passages, so the reader shows highlights, stripes and a list. */
async function codeSome(page: Page): Promise<void> {
  for (const [needle, key] of [
    ['全年共清理规范性文件76件', '2'],
    ['深入学习贯彻习近平法治思想', '1'],
  ] as const) {
    // Run in the page (a string: this script has no DOM types): select the needle as a drag would.
    const found = await page.evaluate(`(() => {
      const root = document.querySelector('[data-testid=viewer]');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent.indexOf(${JSON.stringify(needle)});
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + ${[...needle].length});
        getSelection().removeAllRanges();
        getSelection().addRange(r);
        root.focus();
        return true;
      }
      return false;
    })()`);
    if (found) await page.keyboard.press(key);
  }
  await page.waitForTimeout(400);
  await page.evaluate('getSelection().removeAllRanges()');
}

export async function main(outDir: string): Promise<string[]> {
  console.log(`web edition: ${ensureBuild()}`);
  mkdirSync(outDir, { recursive: true });
  const server = await serve();
  const browser = await launch();
  const written: string[] = [];
  try {
    for (const lang of LANGS) {
      const page = await prepare(browser, server.url, lang);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.getByRole('tab').first().click();
        await page.getByTestId('library-row').first().click();
        await page.waitForTimeout(300);
        const lib = join(outDir, `library-${lang}-${size.width}.png`);
        await page.screenshot({ path: lib });
        written.push(lib);
        await page.getByTestId('library-row').filter({ hasText: REPORT }).first().dblclick();
        await page.getByTestId('viewer').waitFor();
        if (size === SIZES[0]) await codeSome(page);
        await page.waitForTimeout(400);
        const reader = join(outDir, `reader-${lang}-${size.width}.png`);
        await page.screenshot({ path: reader });
        written.push(reader);
      }
      await page.context().close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
  return written;
}

const out = resolve(process.argv[2] ?? join(ROOT, 'docs/screenshots'));
for (const f of await main(out)) console.log(f);
