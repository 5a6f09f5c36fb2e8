/**
 * The renderer's one way to its host: the desktop bridge exposed by preload when
 * running in Electron, otherwise the web edition's implementation.
 */
import { BRIDGE_GLOBAL, type HostApi } from '../../../shared/ipc/contract';
import { WebHost } from './web-host';

let host: HostApi | null = null;

export function getHost(): HostApi {
  if (host) return host;
  const bridge = (window as unknown as Record<string, HostApi | undefined>)[BRIDGE_GLOBAL];
  host = bridge ?? new WebHost();
  return host;
}
