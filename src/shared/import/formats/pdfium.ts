/**
 * PDFium (Chrome's PDF engine) compiled to WebAssembly, via @embedpdf/pdfium:
 * the text layer of each page as positioned characters. Chosen over pdf.js after
 * measuring both on the sample reports and on damaged files (docs/ARCHITECTURE.md,
 * "PDF engine"): 2.7–3.6× faster, the same paragraphs, and damaged files end in
 * seconds with a third of the memory.
 *
 * The core stays pure: it never reads the .wasm itself. Each host registers how to
 * get its bytes (`setPdfiumWasm`): the desktop worker and the CLI read the file from
 * the installed package, the web edition's worker fetches the URL Vite gave it.
 */
import { isWide, type PdfItem } from './pdf-lines';

export type WasmSource = () => Promise<ArrayBuffer | Uint8Array>;

interface PdfiumRuntime {
  HEAPU8: Uint8Array;
  wasmExports: { malloc(size: number): number; free(ptr: number): void };
  UTF16ToString(ptr: number, maxBytesToRead?: number): string;
}

/** The part of the wrapped module this file calls (the package types every function as numbers). */
interface Pdfium {
  pdfium: PdfiumRuntime;
  PDFiumExt_Init(): void;
  FPDF_LoadMemDocument(ptr: number, size: number, password: string): number;
  FPDF_GetLastError(): number;
  FPDF_CloseDocument(doc: number): void;
  FPDF_GetPageCount(doc: number): number;
  FPDF_LoadPage(doc: number, index: number): number;
  FPDF_ClosePage(page: number): void;
  FPDF_GetMetaText(doc: number, tag: string, buffer: number, length: number): number;
  FPDFText_LoadPage(page: number): number;
  FPDFText_ClosePage(text: number): void;
  FPDFPage_CountObjects(page: number): number;
  FPDFPage_GetObject(page: number, index: number): number;
  FPDFPageObj_GetType(obj: number): number;
  FPDFFormObj_CountObjects(obj: number): number;
  FPDFFormObj_GetObject(obj: number, index: number): number;
}

let source: WasmSource | null = null;
let instance: Promise<Pdfium> | null = null;

/** Registers where the engine's .wasm comes from (once per thread, by the host). */
export function setPdfiumWasm(load: WasmSource): void {
  source = load;
  instance = null;
}

async function pdfium(): Promise<Pdfium> {
  const load = source;
  if (!load) throw new Error('no PDF engine registered (setPdfiumWasm was not called by this host)');
  instance ??= (async () => {
    const [{ init }, bytes] = await Promise.all([import('@embedpdf/pdfium'), load()]);
    const wasmBinary = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const m = (await init({ wasmBinary: wasmBinary as unknown as ArrayBuffer })) as unknown as Pdfium;
    m.PDFiumExt_Init();
    return m;
  })();
  try {
    return await instance;
  } catch (e) {
    instance = null;
    throw e;
  }
}

/** After a file that grew the engine's memory past this, a fresh instance is made (WASM memory never shrinks). */
const KEEP_HEAP = 256 * 1024 * 1024;

/** FPDF_GetLastError codes that mean something to a user. */
export type OpenFailure = 'password' | 'format' | 'other';

export interface PdfPage {
  /** The page's characters as one-glyph items in PDF user space, for pageLines. */
  items: PdfItem[];
  /** Whether a page without text draws an image (directly or inside form XObjects), as a scan does. */
  hasImage: boolean;
  /** False when PDFium could not load the page at all (broken page object). */
  loaded: boolean;
}

export interface PdfiumDocument {
  pageCount: number;
  readPage(index: number): PdfPage;
  meta(tag: string): string;
  close(): void;
}

/** Opens `bytes`; on failure says why. The caller must close() what it gets. */
export async function openPdf(
  bytes: Uint8Array,
): Promise<{ ok: true; doc: PdfiumDocument } | { ok: false; why: OpenFailure }> {
  const m = await pdfium();
  const rt = m.pdfium;
  const data = rt.wasmExports.malloc(bytes.length);
  if (!data) return { ok: false, why: 'other' };
  rt.HEAPU8.set(bytes, data);
  const doc = m.FPDF_LoadMemDocument(data, bytes.length, '');
  if (!doc) {
    const code = m.FPDF_GetLastError();
    rt.wasmExports.free(data);
    return { ok: false, why: code === 4 ? 'password' : code === 3 ? 'format' : 'other' };
  }
  // Four doubles: a char's origin (x, y) or box (left, right, bottom, top).
  const out = rt.wasmExports.malloc(32);
  let closed = false;
  return {
    ok: true,
    doc: {
      pageCount: Math.max(0, m.FPDF_GetPageCount(doc)),
      readPage(index) {
        const page = m.FPDF_LoadPage(doc, index);
        if (!page) return { items: [], hasImage: false, loaded: false };
        const text = m.FPDFText_LoadPage(page);
        const items: PdfItem[] = [];
        try {
          if (text) readChars(m, text, out, items);
          // Images are counted only where there is no text: that is when the answer matters.
          return { items, hasImage: items.length === 0 && drawsImage(m, page), loaded: true };
        } finally {
          if (text) m.FPDFText_ClosePage(text);
          m.FPDF_ClosePage(page);
        }
      },
      meta(tag) {
        const size = m.FPDF_GetMetaText(doc, tag, 0, 0);
        if (size <= 2 || size > 65536) return '';
        const buf = rt.wasmExports.malloc(size);
        try {
          m.FPDF_GetMetaText(doc, tag, buf, size);
          return rt.UTF16ToString(buf, size);
        } finally {
          rt.wasmExports.free(buf);
        }
      },
      close() {
        if (closed) return;
        closed = true;
        rt.wasmExports.free(out);
        m.FPDF_CloseDocument(doc);
        rt.wasmExports.free(data);
        if (rt.HEAPU8.length > KEEP_HEAP) instance = null;
      },
    },
  };
}

const IMAGE_OBJECT = 3;
const FORM_OBJECT = 5;
/** Form XObjects nest; a scan is never deeper than this, and a hostile file cannot recurse forever. */
const MAX_FORM_DEPTH = 4;
/** Enough to know a page is a scan; a page of 100,000 objects is not walked to the end. */
const MAX_OBJECTS = 10_000;

function drawsImage(m: Pdfium, page: number): boolean {
  let seen = 0;
  const walk = (count: number, get: (i: number) => number, depth: number): boolean => {
    for (let i = 0; i < count && seen < MAX_OBJECTS; i++, seen++) {
      const obj = get(i);
      if (!obj) continue;
      const type = m.FPDFPageObj_GetType(obj);
      if (type === IMAGE_OBJECT) return true;
      if (type === FORM_OBJECT && depth < MAX_FORM_DEPTH) {
        if (walk(m.FPDFFormObj_CountObjects(obj), (j) => m.FPDFFormObj_GetObject(obj, j), depth + 1)) return true;
      }
    }
    return false;
  };
  return walk(m.FPDFPage_CountObjects(page), (i) => m.FPDFPage_GetObject(page, i), 0);
}

/** The raw WebAssembly functions read per character (the wrapped ones go through ccall: ~5× slower per call). */
interface CharExports {
  FPDFText_CountChars(text: number): number;
  FPDFText_GetUnicode(text: number, index: number): number;
  FPDFText_IsGenerated(text: number, index: number): number;
  FPDFText_GetFontSize(text: number, index: number): number;
  FPDFText_GetCharOrigin(text: number, index: number, x: number, y: number): number;
  FPDFText_GetCharBox(text: number, index: number, l: number, r: number, b: number, t: number): number;
}

function readChars(m: Pdfium, text: number, out: number, items: PdfItem[]): void {
  const ex = m.pdfium.wasmExports as unknown as CharExports;
  const heap = m.pdfium.HEAPU8;
  // No call below allocates, so the memory cannot grow (and detach this view) while it is read.
  const d = new Float64Array(heap.buffer, out, 4);
  const count = ex.FPDFText_CountChars(text);
  for (let i = 0; i < count; i++) {
    let u = ex.FPDFText_GetUnicode(text, i);
    // Spaces and line breaks PDFium infers from the layout: pageLines decides those itself.
    if (ex.FPDFText_IsGenerated(text, i) === 1) continue;
    if (u === 0 || u === 0xfffe || u === 0xffff || u === 13 || u === 10 || u === 0xfeff) continue;
    // A character outside the BMP may come as two UTF-16 halves: rejoin them.
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < count) {
      const low = ex.FPDFText_GetUnicode(text, i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        u = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (u >= 0xd800 && u <= 0xdfff) continue;
    const size = ex.FPDFText_GetFontSize(text, i) || 1;
    ex.FPDFText_GetCharOrigin(text, i, out, out + 8);
    const x = d[0]!;
    const y = d[1]!;
    ex.FPDFText_GetCharBox(text, i, out, out + 8, out + 16, out + 24);
    const width = d[1]! - d[0]!;
    const ch = String.fromCodePoint(u);
    // The glyph's ink box can be narrower than its advance (、 or 一): at least the nominal
    // advance pageLines assumes (1 em wide, ½ em narrow); a space a quarter em.
    const nominal = size * (isWide(ch) ? 1 : 0.5);
    items.push({
      str: ch,
      transform: [size, 0, 0, size, x, y],
      width: u === 32 ? size * 0.25 : Math.max(width, nominal),
    });
  }
}
