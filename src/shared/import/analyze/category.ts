/**
 * Which of the five prescribed contents (domain: the default codebook) a
 * top-level heading introduces. Headings are matched in simplified characters:
 * callers convert traditional headings first (存在的問題 → 存在的问题).
 */
import type { Category } from '../../model/document';

const RULES: { category: Category; re: RegExp }[] = [
  { category: 'other', re: /^其他|其他需要报告|其它需要报告/ },
  { category: 'duties', re: /第一责任人|主要负责人.{0,20}(职责|履职)|履行.{0,12}法治建设.{0,6}职责/ },
  {
    category: 'shortcomings',
    re: /存在的?(主要)?(不足|问题|短板|差距|困难)|问题(和|与|及)(不足|原因|差距)|不足(和|与|及)(原因|问题)|不足之处|薄弱环节|短板弱项|困难和问题/,
  },
  {
    category: 'plans',
    re: /下一年度|下一步|下步|下一阶段|明年|今后|(工作|主要)?(思路|安排|打算|计划|展望)$|(工作|主要)(思路|安排|打算|计划)|20\d{2}年(度)?(的)?(重点)?(工作)?(思路|安排|打算|计划|重点|目标)/,
  },
  {
    category: 'measures',
    re: /举措|成效|措施|开展情况|工作情况|基本情况|主要工作|进展|成绩|做法|推进法治政府建设情况/,
  },
];

/**
 * The category of a top-level heading. A heading that names none of them is a
 * thematic heading of the measures part (一、坚持党的领导…), so `measures`.
 */
export function categorize(heading: string): Category {
  const text = heading.replace(/^\s*[(（]?[一二三四五六七八九十\d]{1,3}[)）]?\s*[、．.]?\s*/, '');
  for (const { category, re } of RULES) if (re.test(text)) return category;
  return 'measures';
}
