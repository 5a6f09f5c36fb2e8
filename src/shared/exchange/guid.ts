/**
 * REFI-QDA GUIDs. Our ids are UUIDs already (crypto.randomUUID) and are used as
 * they are, so export → import → export keeps every GUID. Anything else (a user
 * name, an id from older data) gets a stable name-based GUID: same input, same GUID.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const UUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

/** The GUID in the form we store it: lower case, no braces; null if it is not a GUID. */
export function normaliseGuid(s: string): string | null {
  const m = UUID.exec(s.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/** A GUID derived from a string (version-5 layout over SHA-256). */
export function derivedGuid(name: string): string {
  const h = bytesToHex(sha256(new TextEncoder().encode(name)))
    .slice(0, 32)
    .split('');
  h[12] = '5';
  h[16] = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

export function guidOf(id: string): string {
  return normaliseGuid(id) ?? derivedGuid(`fazhi-id:${id}`);
}
