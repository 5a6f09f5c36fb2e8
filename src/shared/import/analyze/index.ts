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
import { cleanTitle, isTitleShaped, looksLikeTitle, stripSiteSuffix } from './title';
import { joinTitleLines, titleLines } from './title-block';
import { parseDate } from './dates';
import { lineHeading } from './headings';
import { reportFingerprint } from '../same-report';
import { visibleName } from '../../text/display-name';

/** How many leading body lines may hold a title line (before the first heading). */
const TITLE_WINDOW = 6;

interface TitleFound {
  /** The title as read (tag and bracketed date removed, a wrapped second line joined). */
  title: string | null;
  /** The title line(s) as they stand: not body text. */
  lines: Set<Line>;
  tag: string | null;
  date: string | null;
}

/** The title that the line at `at` (an index into `lines`) is part of, joined when it wraps over several lines. */
function titleAt(ex: Extracted, lines: Line[], at: number): TitleFound {
  // Lines above a title may begin it only in Word and PDF files; above a page's headline stand banners.
  const block = titleLines(lines, at, ex.format === 'pdf' || ex.format === 'docx');
  const { title, tag, date } = cleanTitle(joinTitleLines(block));
  return { title: title || null, lines: new Set(block), tag, date };
}

function findTitle(ex: Extracted, lines: Line[]): TitleFound {
  const live = lines.filter((l) => !l.drop);
  const at = (l: Line) => lines.indexOf(l);
  const shaped = (l: Line) => isTitleShaped(cleanTitle(l.text).title);
  const level0 = live.find((l) => l.headingLevel === 0 && shaped(l));
  if (level0) return titleAt(ex, lines, at(level0));
  if (ex.format === 'html') {
    const h1 = live.find((l) => l.headingLevel === 1 && shaped(l));
    if (h1) return titleAt(ex, lines, at(h1));
  }
  // The line right above a dateline is the headline, whatever its words (or the last line of it).
  const firstMeta = lines.findIndex((l) => l.drop === 'metadata');
  if (firstMeta > 0) {
    const above = lines.slice(0, firstMeta).filter((l) => !l.drop);
    const last = above[above.length - 1];
    if (last && shaped(last) && !lineHeading(last.text)) {
      const prev = above[above.length - 2];
      // A wrapped title: the dateline follows its second line.
      if (prev && shaped(prev)) {
        const whole = titleLines(lines, at(prev), false);
        if (whole.includes(last)) return titleAt(ex, lines, at(prev));
      }
      return titleAt(ex, lines, at(last));
    }
  }
  for (const l of live.filter((x) => x.zone === 'main').slice(0, TITLE_WINDOW)) {
    if (lineHeading(l.text)) break;
    if (looksLikeTitle(cleanTitle(l.text).title)) return titleAt(ex, lines, at(l));
  }
  for (const candidate of [ex.properties['articletitle'], ex.properties['title'], ex.containerTitle]) {
    if (!candidate) continue;
    const t = stripSiteSuffix(candidate);
    const { title, tag, date } = cleanTitle(t);
    if (looksLikeTitle(title)) return { title: title || null, lines: new Set(), tag, date };
  }
  return { title: null, lines: new Set(), tag: null, date: null };
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

/** Lines dropped as page furniture or metadata, as they stood (each once; bounded, for the metadata panel). */
function removedLines(lines: Line[]): string[] {
  const out = new Set<string>();
  for (const l of lines) {
    if (!l.drop) continue;
    out.add(l.text.length > 200 ? `${l.text.slice(0, 200)}…` : l.text);
    if (out.size >= 200) break;
  }
  return [...out];
}

const hex = (bytes: Uint8Array): string => bytesToHex(sha256(bytes));

/** Characters a finished report may end with. */
const FINAL = /[。！？!?…”」』）)】》.]$/;

export function analyze(ex: Extracted, fileName: string, bytes: Uint8Array): ImportResult {
  // Messages name the file as it may be shown (control and bidi characters made visible), like the readers' errors.
  const shown = visibleName(fileName);
  const { lines, meta } = classifyLines(ex);
  const fallback = metaFromProperties(ex.properties);
  const found = findTitle(ex, lines);
  const title = found.title;
  const titleTexts = new Set([...found.lines].map((l) => l.text));

  // The title's lines (and the same title repeated above the body) are not report text.
  const bodyLines = lines
    .filter((l) => l.zone === 'main' && !l.drop && !titleTexts.has(l.text) && l.text !== title)
    .map((l) => l.text);
  const opening0 = openingFromHeading(lines);
  if (opening0) bodyLines.unshift(opening0);
  const { lines: kept, repeated } = dropRepeats(bodyLines);
  if (!kept.length) {
    return {
      ok: false,
      fileName,
      error: {
        code: 'no-text',
        message: `${shown}: no report text was found in the file (only page furniture or nothing at all).`,
      },
    };
  }

  const { text, paragraphs, headings } = layout(kept);
  const script = detectScript(text);
  const simplified = script === 'traditional' ? toSimplified(text) : null;
  const map = simplified ? new OffsetMap(simplified) : null;
  const candidates = topSections(headings, cpLength(text), (h) => (map ? map.slice(h.start, h.end) : h.text));
  const titleSimplified = title && script === 'traditional' ? toSimplified(title) : title;
  // The tag (【政策解读】) says what the page is, though it is no part of the title.
  const titleForGenre = found.tag && titleSimplified ? `【${found.tag}】${titleSimplified}` : titleSimplified;
  const genre = detectGenre(
    titleForGenre,
    simplified ?? text,
    candidates.map((s) => s.category),
  );
  const sections = genre === 'report' ? candidates : [];

  const publisher = meta.publisher ?? fallback.publisher;
  const published = meta.published ?? (found.date ? parseDate(found.date) : null) ?? fallback.published;
  const opening = (simplified ?? text).slice(0, 300);
  const region = resolveRegion([titleSimplified, publisher, opening]);

  const warnings: ImportWarning[] = [...ex.warnings];
  if (repeated) {
    warnings.push({
      code: 'repeated-content',
      message: `${shown}: the page holds the report more than once; one copy was kept.`,
    });
  }
  if (genre === 'report') {
    if (!sections.length) {
      warnings.push({
        code: 'no-sections',
        message: `${shown}: no numbered sections (一、二、…) were found in this report.`,
      });
    }
    const lastLine = kept[kept.length - 1]!;
    if (sections.length === 1 || (!FINAL.test(lastLine) && lastLine.length > 30)) {
      warnings.push({
        code: 'truncated',
        message: `${shown}: the report looks truncated (${sections.length === 1 ? 'it has only its first section' : 'it ends mid-sentence'}).`,
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
    // The year before publication is a report's year; for news and other pages it would be a guess.
    reportYear: detectReportYear(titleSimplified, simplified ?? text, genre === 'report' ? published : null),
    region,
    level: detectLevel(titleSimplified, region, opening),
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
    removed: removedLines(lines),
  };
  return { ok: true, document };
}
