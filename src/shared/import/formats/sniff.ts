/** Which reader a file goes to: magic bytes first, the extension second. */
import { isExecutable } from './decode';

export type Sniffed = 'txt' | 'html' | 'docx' | 'pdf' | 'ole' | 'executable' | 'rtf' | 'image' | 'zip' | 'unknown';

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** The first few hundred bytes as Latin-1, lower-cased: enough to spot ASCII markers in any ASCII-compatible encoding. */
function head(bytes: Uint8Array, n: number): string {
  let s = '';
  for (let i = 0; i < Math.min(n, bytes.length); i++) s += String.fromCharCode(bytes[i]!);
  return s.toLowerCase();
}

/** File name endings each reader takes (without the dot). Magic bytes still win over them. */
const HTML_EXTENSIONS = ['html', 'htm', 'shtml', 'xhtml'];
const DOCX_EXTENSIONS = ['docx', 'docm', 'dotx'];
const TEXT_EXTENSIONS = ['txt', 'text', 'md'];
/** Old Word and WPS files: the OLE reader says what to do with them, or they are really .docx or web pages. */
const OLE_EXTENSIONS = ['doc', 'wps'];

/**
 * What the file pickers offer (desktop dialog, web <input accept>, the CLI's folder walk):
 * every ending a reader takes. The one list.
 */
export const IMPORTABLE_EXTENSIONS: readonly string[] = [
  ...TEXT_EXTENSIONS,
  ...HTML_EXTENSIONS,
  ...DOCX_EXTENSIONS,
  'pdf',
  ...OLE_EXTENSIONS,
];

export function extensionOf(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

export function sniffFormat(bytes: Uint8Array, fileName: string): Sniffed {
  if (isExecutable(bytes)) return 'executable';
  const start = head(bytes, 1024);
  // A PDF header may follow a little junk; readers accept it within the first kilobyte.
  if (start.includes('%pdf-')) return 'pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  const ext = extensionOf(fileName);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return DOCX_EXTENSIONS.includes(ext) || OLE_EXTENSIONS.includes(ext) || ext === '' ? 'docx' : 'zip';
  }
  if (start.startsWith('{\\rtf')) return 'rtf';
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    start.startsWith('gif8') ||
    start.startsWith('ii*\0') ||
    start.startsWith('mm\0*')
  ) {
    return 'image';
  }
  // Strong HTML markers win over the extension: government sites serve web pages
  // under .doc and .txt names, and saved pages keep them.
  const trimmed = start.replace(/^(\xef\xbb\xbf)?\s*(<!--[\s\S]*?-->\s*)*/, '');
  if (trimmed.startsWith('<!doctype html') || trimmed.startsWith('<html')) return 'html';
  if (HTML_EXTENSIONS.includes(ext)) return 'html';
  if (DOCX_EXTENSIONS.includes(ext)) return 'docx';
  if (ext === 'pdf') return 'pdf';
  if (TEXT_EXTENSIONS.includes(ext) || ext === '') return 'txt';
  if (OLE_EXTENSIONS.includes(ext)) return 'ole';
  return 'unknown';
}
