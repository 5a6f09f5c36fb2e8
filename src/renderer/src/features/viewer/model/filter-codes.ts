import type { ViewerCode } from '../types';

/** Codes whose label, path or shortcut matches the query (case-insensitive), in codebook order. */
export function filterCodes(codes: readonly ViewerCode[], query: string): ViewerCode[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...codes];
  return codes.filter(
    (c) => c.label.toLowerCase().includes(q) || c.path.toLowerCase().includes(q) || c.shortcut?.toLowerCase() === q,
  );
}
