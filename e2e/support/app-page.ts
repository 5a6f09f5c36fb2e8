/**
 * Page object for Fazhi Coder: what a user does (import, open, select, press a
 * key, export), the same on the web edition and the desktop app.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export const SAMPLES = resolve(import.meta.dirname, '../../resources/samples');
export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

export class AppPage {
  constructor(
    readonly page: Page,
    readonly edition: 'web' | 'desktop',
  ) {}

  get library(): Locator {
    return this.page.getByTestId('library');
  }

  rows(): Locator {
    return this.page.getByTestId('library-row');
  }

  row(text: string | RegExp): Locator {
    return this.rows().filter({ hasText: text });
  }

  get viewer(): Locator {
    return this.page.getByTestId('viewer');
  }

  /** Waits for the app to be ready: the sample project imported, the coder named. */
  async ready(coder = '测试员'): Promise<void> {
    const dialog = this.page.getByTestId('coder-dialog');
    await expect(dialog).toBeVisible({ timeout: 30_000 });
    await this.page.getByTestId('coder-name').fill(coder);
    await this.page.getByTestId('coder-name').press('Enter');
    await expect(dialog).toBeHidden();
    await expect(this.rows().first()).toBeVisible({ timeout: 30_000 });
  }

  /** Imports files as a user would: the file picker on the web, a drop on the desktop window. */
  /** A new project named `name`, made from the project switcher (it becomes the open one). */
  async createProject(name: string): Promise<void> {
    await this.page.getByTestId('project-switcher').click();
    await this.page.getByTestId('project-create').click();
    await this.page.getByTestId('project-name').fill(name);
    await this.page.getByTestId('project-name-ok').click();
  }

  async importFiles(paths: string[]): Promise<void> {
    if (this.edition === 'web') {
      const chooser = this.page.waitForEvent('filechooser');
      await this.page.getByTestId('import-files').click();
      await (await chooser).setFiles(paths);
      return;
    }
    const files = paths.map((p) => ({ name: basename(p), data: [...readFileSync(p)] }));
    await this.page.evaluate((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([new Uint8Array(f.data)], f.name));
      const target = document.querySelector('[data-testid=app]')!;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
      }
    }, files);
  }

  summary(): Locator {
    return this.page.getByRole('dialog').filter({ hasText: /导入完成|导入结果|Import/ });
  }

  async openReport(text: string | RegExp): Promise<void> {
    await this.row(text).first().dblclick();
    await expect(this.viewer).toBeVisible();
  }

  /** Selects the first occurrence of `text` in the viewer (a real DOM selection, as a drag would make). */
  async selectText(text: string): Promise<void> {
    const found = await this.viewer.evaluate((root, needle) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = node.textContent?.indexOf(needle) ?? -1;
        if (i >= 0) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + needle.length);
          const sel = window.getSelection()!;
          sel.removeAllRanges();
          sel.addRange(range);
          (root as HTMLElement).focus();
          return true;
        }
      }
      return false;
    }, text);
    expect(found, `text "${text}" in the viewer`).toBe(true);
  }

  /** Names of the CSS highlights currently registered, with their range counts. */
  async highlights(): Promise<Record<string, number>> {
    return this.page.evaluate(() => {
      const out: Record<string, number> = {};
      CSS.highlights.forEach((h, name) => {
        out[name] = h.size;
      });
      return out;
    });
  }

  async download(action: () => Promise<void>): Promise<{ download: Download; text: string; bytes: Buffer }> {
    const wait = this.page.waitForEvent('download');
    await action();
    const download = await wait;
    const path = await download.path();
    const bytes = readFileSync(path);
    return { download, bytes, text: bytes.toString('utf8') };
  }
}
