/**
 * A title wrapped over two or three lines (PDF, DOCX: a centred title in a large
 * font, typed as several paragraphs or wrapped by the page width): joint titles
 * by two issuing bodies ("中共某某区委 某某区人民政府关于" / "2023年度…情况的报告"),
 * breaks right after 关于 or inside a government's name ("某某省某某市某某" /
 * "区人民政府关于…"). The lines of one title are joined so the body starts after it.
 */
import { lineHeading } from './headings';
import type { Line } from './lines';
import { DATE_ONLY, ORG_ONLY, parseMetadataLine } from './metadata';

/** Words a title ends with. */
export const TITLE_END = /(报告|情况|总结|通知|意见|解读|要点|安排|方案|规划|计划|公告|办法|决定|研究|综述|纪实|打算)$/;
/** A line ending so cannot end a title: a joint issuer, 关于, a government's name, a conjunction. */
const OPEN_END =
  /(关于|的|和|及|与|暨|、|对|人民政府|政府|区委|县委|市委|州委|旗委|党委|党组|委员会|办公室|办公厅|局|厅)$/;
/** A line that can only continue a title above it: the rest of a government's name, or 关于 after its issuer. */
const CONTINUES = /^(区|县|市|旗|州|盟|镇|乡|街道|人民政府|政府|委员会|关于|的|和|及|与|暨)/;
/** Continuation words that join even a line that already ends like a title (…工作情况 / 的报告). */
const JOINER = /^(的|和|及|与|暨|以及)/;
/** Lines of a title are short and hold no sentence punctuation. */
const SENTENCE_MARK = /[。；;，,：:！!？?]/;
const MAX_TITLE = 100;
const MAX_LINES = 4;

function fits(l: Line | undefined): l is Line {
  if (!l || l.drop === 'metadata' || l.text.length > 40) return false;
  const t = l.text;
  if (SENTENCE_MARK.test(t) || !/\p{Script=Han}/u.test(t) || DATE_ONLY.test(t)) return false;
  return !lineHeading(t) && !parseMetadataLine(t);
}

/** A line (live or a lone issuer name dropped above the body) that may hold part of a title. */
function usable(l: Line | undefined, zone: Line['zone']): l is Line {
  if (!fits(l) || l.zone !== zone) return false;
  return !l.drop || (l.drop === 'furniture' && ORG_ONLY.test(l.text));
}

/**
 * The lines of the title that `at` (an index into `lines`) is part of, in order.
 * `backward`: lines above may begin it (PDF, DOCX, where nothing above the title
 * is a site banner). A wrapped title is joined only when the joined text ends as
 * a title does; otherwise the line stands alone.
 */
export function titleLines(lines: Line[], at: number, backward: boolean): Line[] {
  const start = lines[at]!;
  const block = [start];
  if (backward) {
    for (let i = at - 1; i >= 0 && block.length < MAX_LINES - 1; i--) {
      const prev = lines[i];
      if (!usable(prev, start.zone) || TITLE_END.test(prev.text) || /文件$/.test(prev.text)) break;
      if (start.page !== undefined && prev.page !== start.page) break;
      if (!OPEN_END.test(prev.text) && !CONTINUES.test(block[0]!.text)) break;
      block.unshift(prev);
    }
  }
  const text = () => block.map((l) => l.text).join('');
  if (TITLE_END.test(text()) && !OPEN_END.test(text())) {
    // Complete already, unless the next line is plainly its rest (…工作情况 / 的报告).
    const next = nextLive(lines, at);
    if (next !== null && usable(lines[next], start.zone) && JOINER.test(lines[next]!.text)) {
      const joined = text() + lines[next]!.text;
      if (joined.length <= MAX_TITLE && TITLE_END.test(joined)) return [...block, lines[next]!];
    }
    return block;
  }
  // Forward: the fewest following lines that complete the title.
  const open = OPEN_END.test(text());
  const first = text().length;
  const more: Line[] = [];
  for (let i = nextLive(lines, at); i !== null && block.length + more.length < MAX_LINES; i = nextLive(lines, i)) {
    const next = lines[i]!;
    if (!fits(next) || next.drop || next.zone !== start.zone) break;
    // The rest of a title wrapped by the page width is shorter than its first line; a first line that
    // cannot end a title (…关于, …人民政府) may be followed by a longer one.
    if (!open && !more.length && next.text.length >= first) break;
    more.push(next);
    const joined = text() + more.map((l) => l.text).join('');
    if (joined.length > MAX_TITLE) break;
    if (TITLE_END.test(joined) && !OPEN_END.test(next.text)) return [...block, ...more];
  }
  return block;
}

/** Index of the next line after `i` that is not furniture (a running header between lines does not count), or null. */
function nextLive(lines: Line[], i: number): number | null {
  for (let j = i + 1; j < lines.length; j++) {
    if (lines[j]!.drop === 'metadata') return j;
    if (!lines[j]!.drop) return j;
  }
  return null;
}

/** The end of an issuing body's name: two issuers on two lines are two names, written with a space between. */
const ISSUER_END = /(区委|县委|市委|州委|旗委|省委|党委|党组|委员会|人民政府|政府|办公室|办公厅)$/;

/** The text of a title's lines: joined as one line, two issuers' names kept apart by a space. */
export function joinTitleLines(block: readonly Line[]): string {
  let out = '';
  for (const [i, l] of block.entries()) {
    const prev = i > 0 ? block[i - 1]!.text : '';
    // A line that is only an issuer's name (not "…法治政府", not "…关于2022年度…").
    const issuerLine = ISSUER_END.test(prev) && !/法治政府$|关于|年/.test(prev);
    out += issuerLine && !CONTINUES.test(l.text) ? ` ${l.text}` : l.text;
  }
  return out;
}
