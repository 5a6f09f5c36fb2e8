/** The readable (non-JSON) output of `fazhi import`: one small table per file. */
import { visibleName } from '../shared/text/display-name';
import type { ImportEntry } from './import-command';

const CATEGORY_LABEL = {
  measures: '举措成效',
  shortcomings: '不足',
  duties: '第一责任人',
  plans: '下一年度安排',
  other: '其他',
} as const;

export function formatTable(entry: ImportEntry): string {
  // Names and texts come from the files: printed with control and bidi characters made visible.
  const file = visibleName(entry.file);
  if (!entry.ok) return `${file}\n  ERROR ${entry.error.code}: ${visibleName(entry.error.message)}\n`;
  const d = entry.document;
  const region = [d.region.province, d.region.city, d.region.county].filter(Boolean).join(' ');
  const rows: [string, string][] = [
    ['title', d.title ?? '—'],
    ['genre', d.genre],
    ['report year', d.reportYear?.toString() ?? '—'],
    ['published', d.published ?? '—'],
    ['publisher', d.publisher ?? '—'],
    ['region', region ? `${region} (${d.region.code})` : '—'],
    ['level', d.level ?? '—'],
    ['index number', d.indexNumber ?? '—'],
    ['document date', d.documentDate ?? '—'],
    ['script', d.script],
    ['format', `${d.format}${d.encoding ? ` (${d.encoding})` : ''}`],
    ['length', `${d.paragraphs.length} paragraphs, ${d.sentences.length} sentences, ${[...d.text].length} characters`],
  ];
  if (entry.copyOf) rows.push(['copy of', `${entry.copyOf} (the same report)`]);
  if (d.removed?.length)
    rows.push([
      'removed',
      `${d.removed.length} lines of page furniture and metadata: ${d.removed.slice(0, 3).join(' / ')}${d.removed.length > 3 ? ' …' : ''}`,
    ]);
  for (const s of d.sections) rows.push(['section', `${s.heading} → ${s.category} (${CATEGORY_LABEL[s.category]})`]);
  for (const w of d.warnings) rows.push(['warning', `${w.code}: ${w.message}`]);
  const width = Math.max(...rows.map(([k]) => k.length));
  return `${file}\n${rows.map(([k, v]) => `  ${k.padEnd(width)}  ${visibleName(v)}`).join('\n')}\n`;
}
