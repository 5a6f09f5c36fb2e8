/**
 * Where the app keeps its data (the renderer's IndexedDB lives in userData).
 * e2e tests pass a fresh folder in FAZHI_USER_DATA; development runs get their
 * own folder so they never touch the projects of an installed copy.
 */
import { join, resolve } from 'node:path';

export const PRODUCT_NAME = 'Fazhi Coder';

/** The userData folder to set before `ready`, or null to keep Electron's default (packaged app). */
export function userDataOverride(
  env: Record<string, string | undefined>,
  isDev: boolean,
  appData: string,
): string | null {
  const explicit = env.FAZHI_USER_DATA;
  if (explicit) return resolve(explicit);
  return isDev ? join(appData, `${PRODUCT_NAME} Dev`) : null;
}
