import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { labelsFor, pickLanguage } from './labels';
import { buildMenuTemplate } from './menu';

function items(menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menu.flatMap((m) => [m, ...(Array.isArray(m.submenu) ? items(m.submenu) : [])]);
}

function click(menu: MenuItemConstructorOptions[], label: string): void {
  const item = items(menu).find((i) => i.label === label);
  if (!item?.click) throw new Error(`no clickable item ${label}`);
  // Electron passes (menuItem, window, event); our handlers ignore them.
  Reflect.apply(item.click, undefined, []);
}

describe('pickLanguage', () => {
  it('follows the most preferred system language', () => {
    expect(pickLanguage(['zh-Hans-CN', 'en-US'])).toBe('zh');
    expect(pickLanguage(['zh-TW'])).toBe('zh');
    expect(pickLanguage(['en-GB', 'zh-CN'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});

describe('buildMenuTemplate', () => {
  it('labels the menus in Chinese and sends the renderer commands', () => {
    const send = vi.fn();
    const menu = buildMenuTemplate({ labels: labelsFor('zh'), isDev: false, isMac: false, send });
    expect(menu.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    click(menu, '导入文件…');
    click(menu, '导入文件夹…');
    click(menu, '导出…');
    click(menu, '关于法治编码');
    expect(send.mock.calls.map((c) => c[0])).toEqual(['import-files', 'import-folder', 'export', 'about']);
    expect(items(menu).some((i) => i.role === 'quit')).toBe(true);
  });

  it('has the edit roles, and reload and devtools only in development', () => {
    const prod = items(buildMenuTemplate({ labels: labelsFor('en'), isDev: false, isMac: false, send: vi.fn() }));
    expect(prod.map((i) => i.role).filter(Boolean)).toEqual([
      'quit',
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
    const dev = items(buildMenuTemplate({ labels: labelsFor('en'), isDev: true, isMac: false, send: vi.fn() }));
    expect(dev.map((i) => i.role)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('puts Quit in the app menu on macOS', () => {
    const menu = buildMenuTemplate({ labels: labelsFor('en'), isDev: false, isMac: true, send: vi.fn() });
    expect(menu[0]).toEqual({ role: 'appMenu' });
    expect(items(menu.slice(1)).some((i) => i.role === 'quit')).toBe(false);
  });
});
