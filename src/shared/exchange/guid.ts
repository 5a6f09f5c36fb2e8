/**
 * REFI-QDA GUIDs. Our ids are UUIDs already (crypto.randomUUID) and are used as
 * they are, so export → import → export keeps every GUID. Anything else (a user
 * name, an id from older data) gets a stable name-based GUID: same input, same GUID.
 */

const UUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

/** The GUID in the form we store it: lower case, no braces; null if it is not a GUID. */
export function normaliseGuid(s: string): string | null {
  const m = UUID.exec(s.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * 128 bits of cyrb128 over the string's UTF-16 units: not cryptographic, but
 * well mixed and some 20 times faster than SHA-256, which matters at one GUID
 * per coding (100,000 in a large project). The output is part of the file
 * format (same name, same GUID across exports): do not change it.
 */
function hash128(s: string): string {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
}

/** A GUID derived from a string (version-5 layout, so it passes as a UUID everywhere). */
export function derivedGuid(name: string): string {
  const h = hash128(name).split('');
  h[12] = '5';
  h[16] = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

export function guidOf(id: string): string {
  return normaliseGuid(id) ?? derivedGuid(`fazhi-id:${id}`);
}
