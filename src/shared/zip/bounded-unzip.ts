/**
 * The one way the app opens a ZIP archive (.docx, .fazhi backups, .qdpx):
 * bounded and checked. fflate's unzipSync trusts the archive — it inflates
 * whatever an entry claims, so a 300 KB file can expand to gigabytes, and it never
 * checks CRC-32, so a flipped bit silently changes the text. Here every entry we
 * keep is inflated in small steps against a cap on the total output and on its
 * expansion ratio, must come out at exactly the size the central directory
 * declares, and must match its CRC-32. Never throws.
 */
import { Inflate } from 'fflate';
import { crc32 } from './crc32';

export interface UnzipLimits {
  /** Most bytes the kept entries may expand to, all together. */
  maxTotalBytes: number;
  /** Most an entry may expand relative to its compressed size (e.g. 100 = 100:1)… */
  maxRatio: number;
  /** …once it expands past this many bytes (small entries of repeated markup compress extremely well). */
  ratioFloorBytes?: number;
}

export type UnzipFailure =
  /** Not a ZIP archive at all (no end-of-central-directory record). */
  | { kind: 'not-zip'; reason: string }
  /** A ZIP archive whose structure or data is broken: truncated, bit-flipped, CRC mismatch. */
  | { kind: 'damaged'; reason: string }
  /** Expands far beyond what its size suggests: a decompression bomb, or not a real document. */
  | { kind: 'bomb'; reason: string }
  /** Expands to more than the caller's cap at an ordinary ratio. */
  | { kind: 'too-large'; reason: string }
  | { kind: 'encrypted'; reason: string }
  | { kind: 'unsupported'; reason: string };

export type UnzipResult = { ok: true; files: Map<string, Uint8Array> } | { ok: false; failure: UnzipFailure };

/** Compressed bytes fed to the inflater per step: at most ~66 MB of output per step (DEFLATE tops out at 1032:1). */
const STEP = 64 * 1024;
const MB = 1024 * 1024;

interface Entry {
  name: string;
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

class ZipError extends Error {
  constructor(readonly failure: UnzipFailure) {
    super(failure.reason);
  }
}

const damaged = (reason: string) => new ZipError({ kind: 'damaged', reason });

function u16(b: Uint8Array, at: number): number {
  if (at + 2 > b.length) throw damaged('its directory runs past the end of the file (the file is truncated)');
  return b[at]! | (b[at + 1]! << 8);
}
function u32(b: Uint8Array, at: number): number {
  if (at + 4 > b.length) throw damaged('its directory runs past the end of the file (the file is truncated)');
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}
/** A ZIP64 8-byte size; anything past 2^53 is damage, not a size. */
function u64(b: Uint8Array, at: number): number {
  const hi = u32(b, at + 4);
  if (hi >= 0x200000) throw damaged('an entry gives an impossible size');
  return hi * 0x100000000 + u32(b, at);
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

function entryName(raw: Uint8Array, flags: number): string {
  // Bit 11 promises UTF-8; without it, most tools still write UTF-8, older ones a code page.
  if (flags & 0x800) return new TextDecoder('utf-8').decode(raw);
  try {
    return utf8Strict.decode(raw);
  } catch {
    return latin1.decode(raw);
  }
}

function findEnd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let e = b.length - 22; e >= stop; e--) if (u32(b, e) === 0x06054b50) return e;
  return -1;
}

function centralDirectory(b: Uint8Array): Entry[] {
  const end = findEnd(b);
  if (end < 0) {
    throw new ZipError(
      b[0] === 0x50 && b[1] === 0x4b
        ? { kind: 'damaged', reason: 'its zip directory is missing (the file is truncated or damaged)' }
        : { kind: 'not-zip', reason: 'it is not a ZIP archive' },
    );
  }
  let count = u16(b, end + 10);
  let offset = u32(b, end + 16);
  if (end >= 20 && u32(b, end - 20) === 0x07064b50) {
    const z = u64(b, end - 12);
    if (z + 56 <= b.length && u32(b, z) === 0x06064b50) {
      count = u64(b, z + 32);
      offset = u64(b, z + 48);
    }
  }
  // Every directory record takes at least 46 bytes: a larger count is damage.
  if (offset > b.length || count * 46 > b.length - offset) throw damaged('its zip directory is damaged');
  const entries: Entry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (u32(b, p) !== 0x02014b50) throw damaged('its zip directory is damaged');
    const flags = u16(b, p + 8);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    if (p + 46 + nameLen + extraLen > b.length) throw damaged('its zip directory runs past the end of the file');
    const nameBytes = b.subarray(p + 46, p + 46 + nameLen);
    let compressedSize = u32(b, p + 20);
    let size = u32(b, p + 24);
    let localOffset = u32(b, p + 42);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // ZIP64 extra field: only the fields that overflowed, in this order.
      for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen;) {
        const id = u16(b, x);
        const len = u16(b, x + 2);
        if (id === 0x0001) {
          let f = x + 4;
          if (size === 0xffffffff) {
            size = u64(b, f);
            f += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(b, f);
            f += 8;
          }
          if (localOffset === 0xffffffff) localOffset = u64(b, f);
          break;
        }
        x += 4 + len;
      }
    }
    entries.push({
      name: entryName(nameBytes, flags),
      nameBytes,
      flags,
      method: u16(b, p + 10),
      crc: u32(b, p + 16),
      compressedSize,
      size,
      localOffset,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function entryData(b: Uint8Array, e: Entry): Uint8Array {
  const at = e.localOffset;
  if (at + 30 > b.length || u32(b, at) !== 0x04034b50) throw damaged(`its entry ${e.name} is damaged`);
  const nameLen = u16(b, at + 26);
  const start = at + 30 + nameLen + u16(b, at + 28);
  const local = b.subarray(at + 30, at + 30 + nameLen);
  if (local.length !== e.nameBytes.length || local.some((x, i) => x !== e.nameBytes[i])) {
    throw damaged(`its entry ${e.name} is damaged (its two copies of the name differ)`);
  }
  if (start + e.compressedSize > b.length) throw damaged(`its entry ${e.name} runs past the end of the file`);
  return b.subarray(start, start + e.compressedSize);
}

/**
 * Inflate `data` into a buffer of exactly `cap` bytes (the declared size), stopping as soon as the
 * output passes it (null = over the cap). One buffer, filled as the chunks come: no list of chunks
 * joined at the end, so an 80 MB entry is copied once, not twice.
 */
function inflateCapped(data: Uint8Array, cap: number, name: string): Uint8Array | null {
  const out = new Uint8Array(cap);
  let total = 0;
  let over = false;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    if (total + chunk.length > cap) over = true;
    else out.set(chunk, total);
    total += chunk.length;
    if (final) done = true;
  });
  try {
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
    for (let i = 0; i < data.length && !over; i += STEP) {
      inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
    }
  } catch (e) {
    throw damaged(`its entry ${name} is damaged (${e instanceof Error ? e.message : 'invalid compressed data'})`);
  }
  if (over) return null;
  if (!done) throw damaged(`its entry ${name} is cut short`);
  return total === cap ? out : out.subarray(0, total);
}

/**
 * The entries `keep` selects (all of them without it), keyed by their name in the archive.
 * Only kept entries count towards the limits and are checked.
 */
export function unzipBounded(bytes: Uint8Array, limits: UnzipLimits, keep?: (name: string) => boolean): UnzipResult {
  try {
    const entries = centralDirectory(bytes).filter((e) => !keep || keep(e.name));
    const floor = limits.ratioFloorBytes ?? MB;
    const files = new Map<string, Uint8Array>();
    let total = 0;
    for (const e of entries) {
      if (files.has(e.name)) throw damaged(`it holds the entry ${e.name} twice`);
      if (e.flags & 1) {
        throw new ZipError({ kind: 'encrypted', reason: `its entry ${e.name} is encrypted` });
      }
      if (e.method !== 0 && e.method !== 8) {
        throw new ZipError({
          kind: 'unsupported',
          reason: `its entry ${e.name} uses a compression method Fazhi Coder does not read (${e.method})`,
        });
      }
      const tooBig = (size: number): ZipError => {
        const ratio = size / Math.max(1, e.compressedSize);
        return size > floor && ratio > limits.maxRatio
          ? new ZipError({
              kind: 'bomb',
              reason: `its entry ${e.name} expands from ${fmt(e.compressedSize)} to ${fmt(size)} (${Math.round(ratio)}:1), which only a decompression bomb does`,
            })
          : new ZipError({
              kind: 'too-large',
              reason: `its contents expand to more than ${fmt(limits.maxTotalBytes)}, the most Fazhi Coder reads from one file`,
            });
      };
      // The declared size is checked first (cheap), then enforced while inflating (it may lie).
      if (e.size > floor && e.size / Math.max(1, e.compressedSize) > limits.maxRatio) throw tooBig(e.size);
      if (total + e.size > limits.maxTotalBytes) throw tooBig(e.size);
      const raw = entryData(bytes, e);
      let data: Uint8Array;
      if (e.method === 0) {
        if (e.compressedSize !== e.size) throw damaged(`its entry ${e.name} has inconsistent sizes`);
        data = raw;
      } else {
        const inflated = inflateCapped(raw, e.size, e.name);
        if (!inflated) throw damaged(`its entry ${e.name} expands to more than the size it declares`);
        data = inflated;
      }
      if (data.length !== e.size) throw damaged(`its entry ${e.name} is shorter than the size it declares`);
      if (crc32(data) !== e.crc) {
        throw damaged(`its entry ${e.name} fails its checksum (CRC-32), so its content has been altered`);
      }
      total += data.length;
      files.set(e.name, data);
    }
    return { ok: true, files };
  } catch (e) {
    if (e instanceof ZipError) return { ok: false, failure: e.failure };
    // Anything else is a bug here, not in the file: let the caller's internal-error path see it.
    throw e;
  }
}

function fmt(n: number): string {
  return n >= MB ? `${Math.round(n / MB)} MB` : n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} bytes`;
}
