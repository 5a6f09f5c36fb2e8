import type { AppInfo } from '../../shared/ipc/contract';

export interface AppInfoDeps {
  name: string;
  version: string;
  platform: string;
  /** `app.getPreferredSystemLanguages()`: asked each time, the user may change it while the app runs. */
  locales: () => string[];
  /** The userData folder, where the renderer's database lives. */
  dataLocation: string;
}

export function appInfo(deps: AppInfoDeps): AppInfo {
  return {
    name: deps.name,
    version: deps.version,
    edition: 'desktop',
    platform: deps.platform,
    locales: deps.locales(),
    dataLocation: deps.dataLocation,
  };
}
