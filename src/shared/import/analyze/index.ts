/**
 * The analysis stage of the import pipeline: from what a format reader
 * extracted to a ParsedDocument — clean text, metadata and structure. Pure and
 * format-independent; every offset it produces is in code points.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { ImportResult, ImportWarning, ParsedDocument } from '../../model/document';
import { cpLength, OffsetMap } from '../../text/codepoints';
import type { Extracted } from '../formats/types';
import { detectGenre, detectLevel, detectReportYear } from './genre';
import { classifyLines } from './lines';
import type { Line } from './lines';
import { metaFromProperties } from './metadata';
import { resolveRegion } from './region';
import { dropRepeats } from './repeat';
import { detectScript, toSimplified } from './script';
import { splitSentences } from './sentences';
import { layout, topSections } from './structure';
import { isTitleShaped, looksLikeTitle, stripSiteSuffix } from './title';
import { lineHeading } from './headings';
import { reportFingerprint } from '../same-report';

/** How many leading body lines may hold a title line (before the first heading). */
const TITLE_WINDOW = 6;

function findTitle(ex: Extracted, lines: Line[]): string | null {
  const live = lines.filter((l) => !l.drop);
  const level0 = live.find((l) => l.headingLevel === 0 && isTitleShaped(l.text));
  if (level0) return level0.text;
  if (ex.format === 'html') {
    const h1 = live.find((l) => l.headingLevel === 1 && isTitleShaped(l.text));
    if (h1) return h1.text;
  }
  for (const l of live.filter((x) => x.zone === 'main').slice(0, TITLE_WINDOW)) {
    if (lineHeading(l.text)) break;
    if (looksLikeTitle(l.text)) return l.text;
  }
  for (const candidate of [ex.properties['articletitle'], ex.properties['title'], ex.containerTitle]) {
    if (!candidate) continue;
    const t = stripSiteSuffix(candidate);
    if (looksLikeTitle(t)) return t;
  }
  return null;
}

/**
 * Portals whose CMS took the report's first sentence for the article title show
 * it as the page heading, outside the article body (chaoyang-ln-2024). Such a
 * heading — a sentence ending in 。, placed before the body and not repeated in
 * it — is the report's opening, so it is report text despite its zone.
 */
function openingFromHeading(lines: Line[]): string | null {
  const firstMain = lines.findIndex((l) => l.zone === 'main' && !l.drop);
  if (firstMain < 0) return null;
  const h = lines.slice(0, firstMain).find((l) => (l.headingLevel ?? 9) <= 1 && !l.drop);
  if (!h || h.text.length < 20 || !/[。！？]$/.test(h.text)) return null;
  return lines.some((l) => l.zone === 'main' && l.text === h.text) ? null : h.text;
}

const hex = (bytes: Uint8Array): string => bytesToHex(sha256(bytes));

/** Characters a finished report may end with. */
const FINAL = /[。！？!?…”」』）)】》.]$/;

export function analyze(ex: Extracted, fileName: string, bytes: Uint8Array): ImportResult {
  const { lines, meta } = classifyLines(ex);
  const fallback = metaFromProperties(ex.properties);
  const title = findTitle(ex, lines);

  const bodyLines = lines.filter((l) => l.zone === 'main' && !l.drop && l.text !== title).map((l) => l.text);
  const opening0 = openingFromHeading(lines);
  if (opening0) bodyLines.unshift(opening0);
  const { lines: kept, repeated } = dropRepeats(bodyLines);
  if (!kept.length) {
    return {
      ok: false,
      fileName,
      error: {
        code: 'no-text',
        message: `${fileName}: no report text was found in the file (only page furniture or nothing at all).`,
      },
    };
  }

  const { text, paragraphs, headings } = layout(kept);
  const script = detectScript(text);
  const simplified = script === 'traditional' ? toSimplified(text) : null;
  const map = simplified ? new OffsetMap(simplified) : null;
  const candidates = topSections(headings, cpLength(text), (h) => (map ? map.slice(h.start, h.end) : h.text));
  const titleSimplified = title && script === 'traditional' ? toSimplified(title) : title;
  const genre = detectGenre(
    titleSimplified,
    simplified ?? text,
    candidates.map((s) => s.category),
  );
  const sections = genre === 'report' ? candidates : [];

  const publisher = meta.publisher ?? fallback.publisher;
  const published = meta.published ?? fallback.published;
  const opening = (simplified ?? text).slice(0, 300);
  const region = resolveRegion([titleSimplified, publisher, opening]);

  const warnings: ImportWarning[] = [...ex.warnings];
  if (repeated) {
    warnings.push({
      code: 'repeated-content',
      message: `${fileName}: the page holds the report more than once; one copy was kept.`,
    });
  }
  if (genre === 'report') {
    if (!sections.length) {
      warnings.push({
        code: 'no-sections',
        message: `${fileName}: no numbered sections (一、二、…) were found in this report.`,
      });
    }
    const lastLine = kept[kept.length - 1]!;
    if (sections.length === 1 || (!FINAL.test(lastLine) && lastLine.length > 30)) {
      warnings.push({
        code: 'truncated',
        message: `${fileName}: the report looks truncated (${sections.length === 1 ? 'it has only its first section' : 'it ends mid-sentence'}).`,
      });
    }
  }

  const document: ParsedDocument = {
    fileName,
    format: ex.format,
    encoding: ex.encoding,
    sha256Bytes: hex(bytes),
    sha256Text: hex(new TextEncoder().encode(text)),
    title,
    publisher,
    published,
    documentDate: meta.documentDate,
    indexNumber: meta.indexNumber,
    reportYear: detectReportYear(titleSimplified, simplified ?? text, published),
    region,
    level: detectLevel(titleSimplified, region),
    genre,
    script,
    text,
    simplified,
    headings,
    sections,
    paragraphs,
    sentences: splitSentences(text),
    warnings,
    fingerprint: reportFingerprint(simplified ?? text),
  };
  return { ok: true, document };
}
