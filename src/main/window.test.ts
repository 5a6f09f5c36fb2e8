import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './window';

describe('mainWindowOptions', () => {
  it('isolates and sandboxes the renderer and hides the window until it is ready', () => {
    const options = mainWindowOptions('/app/out/preload/index.cjs');
    expect(options.show).toBe(false);
    expect(options.title).toBe('Fazhi Coder 法治编码');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });
});
