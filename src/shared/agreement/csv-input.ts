/**
 * Agreement data from CSV files, so figures can be checked against other tools:
 * ratings (`unit,coder,value`; an empty value is missing) and codings
 * (`document,length,coder,start,end,code`; code points, end exclusive). Never
 * throws: a bad file gives an error naming the file, the line and the reason.
 */
import { fromTable, type ReliabilityData } from './rows';
import type { AgreementCoding, AgreementDocument } from './units';

export type CsvResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** RFC 4180 records (a BOM and CRLF or LF line ends are fine); blank lines are dropped. */
export function parseCsv(text: string): string[][] {
  const s = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

function columns(header: string[] | undefined, wanted: readonly string[], fileName: string): CsvResult<number[]> {
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const missing = wanted.filter((w) => !names.includes(w));
  if (missing.length > 0)
    return {
      ok: false,
      error: `${fileName}: the first line must name the columns ${wanted.join(',')}; ${missing.join(', ')} missing.`,
    };
  return { ok: true, value: wanted.map((w) => names.indexOf(w)) };
}

export function ratingsFromCsv(text: string, fileName: string): CsvResult<ReliabilityData> {
  const rows = parseCsv(text);
  const cols = columns(rows[0], ['unit', 'coder', 'value'], fileName);
  if (!cols.ok) return cols;
  const [u, c, v] = cols.value as [number, number, number];
  const units = new Map<string, Map<string, string | null>>();
  const coders: string[] = [];
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i]!;
    const unit = (r[u] ?? '').trim();
    const coder = (r[c] ?? '').trim();
    const value = (r[v] ?? '').trim();
    if (!unit || !coder) return { ok: false, error: `${fileName}, line ${i + 1}: a row needs a unit and a coder.` };
    if (!coders.includes(coder)) coders.push(coder);
    let byCoder = units.get(unit);
    if (!byCoder) units.set(unit, (byCoder = new Map()));
    const before = byCoder.get(coder);
    if (before !== undefined && before !== (value || null))
      return {
        ok: false,
        error: `${fileName}, line ${i + 1}: coder "${coder}" rated unit "${unit}" twice, differently.`,
      };
    byCoder.set(coder, value || null);
  }
  if (units.size === 0) return { ok: false, error: `${fileName}: there are no ratings below the header.` };
  const table = [...units.values()].map((byCoder) => coders.map((coder) => byCoder.get(coder) ?? null));
  return { ok: true, value: fromTable(coders, table) };
}

export interface CodingsFile {
  documents: AgreementDocument[];
  codings: AgreementCoding[];
  coders: string[];
  codes: string[];
}

export function codingsFromCsv(text: string, fileName: string): CsvResult<CodingsFile> {
  const rows = parseCsv(text);
  const cols = columns(rows[0], ['document', 'length', 'coder', 'start', 'end', 'code'], fileName);
  if (!cols.ok) return cols;
  const [d, l, c, s, e, k] = cols.value as [number, number, number, number, number, number];
  const lengths = new Map<string, number>();
  const coders: string[] = [];
  const codes: string[] = [];
  const codings: AgreementCoding[] = [];
  const int = (x: string | undefined): number | null => (x !== undefined && /^\s*\d+\s*$/.test(x) ? Number(x) : null);
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i]!;
    const at = `${fileName}, line ${i + 1}`;
    const docId = (r[d] ?? '').trim();
    const coder = (r[c] ?? '').trim();
    const length = int(r[l]);
    if (!docId || !coder) return { ok: false, error: `${at}: a row needs a document and a coder.` };
    if (length === null) return { ok: false, error: `${at}: length must be a whole number of code points.` };
    const known = lengths.get(docId);
    if (known !== undefined && known !== length)
      return { ok: false, error: `${at}: document "${docId}" is given length ${length} here but ${known} before.` };
    lengths.set(docId, length);
    if (!coders.includes(coder)) coders.push(coder);
    const code = (r[k] ?? '').trim();
    const startText = (r[s] ?? '').trim();
    const endText = (r[e] ?? '').trim();
    // A row with no range names a coder who read the document and coded nothing in it.
    if (!code && !startText && !endText) continue;
    const start = int(startText);
    const end = int(endText);
    if (start === null || end === null || !code)
      return { ok: false, error: `${at}: start, end and code are needed (start and end in code points).` };
    if (!(start < end && end <= length))
      return {
        ok: false,
        error: `${at}: the range [${start}, ${end}) does not fit a document of ${length} code points.`,
      };
    if (!codes.includes(code)) codes.push(code);
    codings.push({ docId, coder, codeId: code, start, end });
  }
  if (lengths.size === 0) return { ok: false, error: `${fileName}: there are no codings below the header.` };
  const documents = [...lengths].map(([id, length]) => ({ id, length }));
  return { ok: true, value: { documents, codings, coders, codes } };
}
