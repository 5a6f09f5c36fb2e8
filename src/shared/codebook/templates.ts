/**
 * The default codebook: the five contents the 2019 regulation prescribes for an
 * annual report (top-level codes, shortcuts 1–5), with optional sub-codes under
 * `measures` taken from a national outline. Pure: ids and times come from the caller.
 */
import type { Category } from '../model/document';
import type { Code } from '../model/project';

export type CodebookTemplateId = 'outline-2021' | 'outline-2015' | 'none';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface CodebookTemplate {
  id: CodebookTemplateId;
  name: Bilingual;
}

export const CODEBOOK_TEMPLATES: readonly CodebookTemplate[] = [
  {
    id: 'outline-2021',
    name: { zh: '法治政府建设实施纲要(2021—2025年)', en: 'Implementation Outline 2021–2025' },
  },
  {
    id: 'outline-2015',
    name: { zh: '法治政府建设实施纲要(2015—2020年)', en: 'Implementation Outline 2015–2020' },
  },
  { id: 'none', name: { zh: '仅五个类别', en: 'Five categories only' } },
];

export interface CategoryDefinition {
  category: Category;
  name: Bilingual;
  description: Bilingual;
  color: string;
  shortcut: string;
}

/*
 * Colours: the Okabe–Ito palette, chosen because its hues stay distinguishable
 * for the common colour-vision deficiencies and against white text backgrounds.
 */
export const CATEGORY_DEFINITIONS: readonly CategoryDefinition[] = [
  {
    category: 'measures',
    name: { zh: '主要举措和成效', en: 'Measures and results' },
    description: {
      zh: '上一年度推进法治政府建设的主要举措和成效。常见标题:主要举措和成效、工作开展情况、主要工作及成效、推进法治政府建设情况。',
      en: "The previous year's main measures to build a rule-of-law government and their results. Typical headings: 主要举措和成效, 工作开展情况, 主要工作及成效, 推进法治政府建设情况.",
    },
    color: '#0072b2',
    shortcut: '1',
  },
  {
    category: 'shortcomings',
    name: { zh: '存在的不足和原因', en: 'Shortcomings and causes' },
    description: {
      zh: '上一年度推进法治政府建设存在的不足和原因。常见标题:存在的不足和原因、存在的问题、问题和不足。',
      en: "The previous year's shortcomings in building a rule-of-law government and their causes. Typical headings: 存在的不足和原因, 存在的问题, 问题和不足.",
    },
    color: '#d55e00',
    shortcut: '2',
  },
  {
    category: 'duties',
    name: { zh: '第一责任人职责履行情况', en: "Leaders' duties as first responsible persons" },
    description: {
      zh: '党政主要负责人履行推进法治建设第一责任人职责情况。可能位于报告开头,或作为主要举措下的(一)。',
      en: 'How the principal Party and government leaders fulfilled their duties as the persons first responsible for advancing the rule of law. May come first, or be nested under measures.',
    },
    color: '#009e73',
    shortcut: '3',
  },
  {
    category: 'plans',
    name: { zh: '下一年度主要安排', en: 'Plans for next year' },
    description: {
      zh: '下一年度推进法治政府建设的主要安排。常见标题:下一年度主要安排、下一步工作安排、工作打算、下步打算。',
      en: 'The main plans for building a rule-of-law government in the next year. Typical headings: 下一年度主要安排, 下一步工作安排, 工作打算, 下步打算.',
    },
    color: '#e69f00',
    shortcut: '4',
  },
  {
    category: 'other',
    name: { zh: '其他需要报告的情况', en: 'Other matters' },
    description: {
      zh: '其他需要报告的情况。',
      en: 'Other matters that need to be reported.',
    },
    color: '#cc79a7',
    shortcut: '5',
  },
];

/** Sub-codes under `measures`, per template. Colours: Paul Tol's muted palette (distinct from the categories). */
const SUB_CODES: Record<CodebookTemplateId, readonly Bilingual[]> = {
  'outline-2021': [
    { zh: '政府机构职能体系', en: 'Government functions and organisation' },
    { zh: '依法行政制度体系', en: 'Institutions for law-based administration' },
    { zh: '行政决策制度体系', en: 'Administrative decision-making' },
    { zh: '行政执法工作体系', en: 'Administrative law enforcement' },
    { zh: '突发事件应对体系', en: 'Emergency response' },
    { zh: '社会矛盾纠纷行政预防调处化解体系', en: 'Preventing and resolving social disputes' },
    { zh: '行政权力制约和监督体系', en: 'Checks on and oversight of administrative power' },
    { zh: '法治政府建设科技保障体系(数字法治政府)', en: 'Technology support (digital rule-of-law government)' },
    { zh: '党的领导与推进机制', en: 'Party leadership and implementation mechanisms' },
  ],
  'outline-2015': [
    { zh: '依法全面履行政府职能', en: 'Performing government functions fully according to law' },
    { zh: '完善依法行政制度体系', en: 'Improving the institutions for law-based administration' },
    { zh: '推进行政决策科学化、民主化、法治化', en: 'Scientific, democratic and law-based decision-making' },
    { zh: '坚持严格规范公正文明执法', en: 'Strict, fair and civil law enforcement' },
    { zh: '强化对行政权力的制约和监督', en: 'Strengthening checks on and oversight of administrative power' },
    { zh: '依法有效化解社会矛盾纠纷', en: 'Resolving social disputes effectively according to law' },
    {
      zh: '全面提高政府工作人员法治思维和依法行政能力',
      en: "Raising officials' rule-of-law thinking and capacity for law-based administration",
    },
  ],
  none: [],
};

/** Paul Tol's muted scheme: colours for sub-codes and new codes, distinct from the categories'. */
export const SUB_CODE_COLORS: readonly string[] = [
  '#332288',
  '#88ccee',
  '#44aa99',
  '#117733',
  '#999933',
  '#ddcc77',
  '#cc6677',
  '#882255',
  '#aa4499',
];

/** The codes of a new project's codebook: five categories, plus the template's sub-codes under measures. */
export function buildCodebook(
  template: CodebookTemplateId,
  projectId: string,
  now: string,
  newId: () => string,
): Code[] {
  const codes: Code[] = [];
  let measuresId: string | null = null;
  CATEGORY_DEFINITIONS.forEach((def, order) => {
    const id = newId();
    if (def.category === 'measures') measuresId = id;
    codes.push({
      id,
      projectId,
      parentId: null,
      name: def.name.zh,
      nameEn: def.name.en,
      description: def.description.zh,
      descriptionEn: def.description.en,
      color: def.color,
      shortcut: def.shortcut,
      order,
      category: def.category,
      createdAt: now,
      updatedAt: now,
    });
  });
  SUB_CODES[template].forEach((name, order) => {
    codes.push({
      id: newId(),
      projectId,
      parentId: measuresId,
      name: name.zh,
      nameEn: name.en,
      description: '',
      descriptionEn: null,
      color: SUB_CODE_COLORS[order % SUB_CODE_COLORS.length]!,
      shortcut: null,
      order,
      category: null,
      createdAt: now,
      updatedAt: now,
    });
  });
  return codes;
}

export function isCodebookTemplateId(value: string): value is CodebookTemplateId {
  return CODEBOOK_TEMPLATES.some((t) => t.id === value);
}
