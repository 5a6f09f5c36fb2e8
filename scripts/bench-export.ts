/**
 * Export benchmark: a synthetic project of 300 reports (~20,000 characters of
 * report-like Chinese each, astral characters included) with 100,000 coded
 * segments, exported as CSV, XLSX and QDPX. Prints each time against its target
 * and the peak RSS during each export. A worker thread samples RSS, because the
 * exports are synchronous and would block a timer on the main thread.
 */
import { Worker } from 'node:worker_threads';
import { exportProject, type ExportFormat } from '../src/shared/export/export-project';
import type { Annotation, Code, DocumentContent, DocumentRecord, ProjectSnapshot } from '../src/shared/model/project';
import { cpLength } from '../src/shared/text/codepoints';

const DOCS = 300;
const CHARS_PER_DOC = 20_000;
const ANNOTATIONS = 100_000;
const TARGETS: Record<string, number> = { csv: 3, xlsx: 6, qdpx: 6 };

const SENTENCES = [
  '坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,全面推进依法行政。',
  '全年共办理行政复议案件一百二十三件,依法纠正违法或者不当行政行为十五件,纠错率百分之十二。',
  '深化“放管服”改革,全面推行证明事项告知承诺制,政务服务事项网上可办率达到百分之九十八。',
  '严格落实重大行政决策程序规定,对涉及群众切身利益的事项开展公众参与、专家论证和风险评估。',
  '推进综合行政执法改革,在𠵾溪镇等乡镇开展赋权试点,规范行政执法自由裁量权基准。',
  '行政执法人员专业素质有待提高,部分执法人员对新修订的法律法规掌握不够全面。',
  '下一步,我们将持续加强法治政府建设,不断提升行政机关工作人员依法行政能力和水平。',
  '落实行政规范性文件合法性审核机制,全年审核规范性文件四十六件,提出修改意见八十余条。',
  '加强矛盾纠纷多元化解,发挥人民调解、行政调解、司法调解联动作用,𫫇化解纠纷一千余件。',
  '政府主要负责人切实履行推进法治建设第一责任人职责,主持召开常务会议专题研究法治政府建设工作。',
];
const HEADINGS = [
  '一、主要举措和成效',
  '二、存在的不足和原因',
  '三、党政主要负责人履行推进法治建设第一责任人职责情况',
  '四、下一年度主要安排',
];

/** The benchmark's project (exported for profiling). */
export function syntheticSnapshot(): ProjectSnapshot {
  const now = '2025-03-01T00:00:00.000Z';
  const projectId = '00000000-0000-4000-8000-00000000beef';
  let n = 0;
  const id = () => `00000000-0000-4000-9000-${(++n).toString(16).padStart(12, '0')}`;
  const code = (name: string, parentId: string | null, order: number, category: Code['category'] = null): Code => ({
    id: id(),
    projectId,
    parentId,
    name,
    nameEn: null,
    description: `${name}的说明`,
    color: '#336699',
    shortcut: null,
    order,
    category,
    createdAt: now,
    updatedAt: now,
  });
  const cats = (['measures', 'shortcomings', 'duties', 'plans', 'other'] as const).map((c, i) =>
    code(HEADINGS[i] ?? '其他', null, i, c),
  );
  const subs = ['政府机构职能体系', '依法行政制度体系', '行政决策制度体系', '行政执法工作体系', '突发事件应对体系'].map(
    (name, i) => code(name, cats[0]!.id, i),
  );
  const codes = [...cats, ...subs];

  const documents: DocumentRecord[] = [];
  const contents: DocumentContent[] = [];
  const annotations: Annotation[] = [];
  const perDoc = Math.ceil(ANNOTATIONS / DOCS);
  for (let d = 0; d < DOCS; d++) {
    const docId = id();
    const parts: string[] = [];
    const sentences: { start: number; end: number }[] = [];
    let cp = 0;
    let s = d;
    while (cp < CHARS_PER_DOC) {
      if (s % 40 === 0) {
        const h = `${HEADINGS[(s / 40) % HEADINGS.length]}\n`;
        parts.push(h);
        cp += cpLength(h);
      }
      const sentence = SENTENCES[s++ % SENTENCES.length]!;
      const len = cpLength(sentence);
      sentences.push({ start: cp, end: cp + len });
      parts.push(sentence, s % 5 === 0 ? '\n' : '');
      cp += len + (s % 5 === 0 ? 1 : 0);
    }
    const text = parts.join('');
    documents.push({
      id: docId,
      projectId,
      fileName: `报告-${d + 1}.html`,
      format: 'html',
      encoding: 'utf-8',
      sha256Bytes: '0'.repeat(64),
      sha256Text: '0'.repeat(64),
      length: cpLength(text),
      warnings: [],
      addedAt: now,
      updatedAt: now,
      title: `某县人民政府关于${2015 + (d % 9)}年法治政府建设情况的报告`,
      publisher: '某县人民政府',
      published: '2024-03-20',
      documentDate: null,
      indexNumber: null,
      reportYear: 2015 + (d % 9),
      region: { province: '某省', city: '某市', county: `某县${d}`, code: '110105' },
      level: 'county',
      genre: 'report',
      script: 'simplified',
    });
    contents.push({ docId, text, simplified: null, headings: [], sections: [], paragraphs: [], sentences });
    for (let a = 0; a < perDoc && annotations.length < ANNOTATIONS; a++) {
      const first = sentences[(a * 7) % sentences.length]!;
      const last = sentences[Math.min(sentences.length - 1, ((a * 7) % sentences.length) + (a % 3))]!;
      annotations.push({
        id: id(),
        projectId,
        docId,
        codeId: codes[a % codes.length]!.id,
        start: first.start,
        end: last.end,
        quote: '',
        memo: a % 4 === 0 ? '典型做法,值得比较' : '',
        coder: a % 2 ? 'coder-a' : 'coder-b',
        origin: 'manual',
        createdAt: now,
        updatedAt: now,
      });
    }
  }
  return {
    project: { id: projectId, name: 'bench', createdAt: now, updatedAt: now },
    documents,
    contents,
    files: [],
    codes,
    annotations,
    memos: [],
    decisions: [],
  };
}

/** RSS high-water mark sampled every 10 ms by a worker thread (RSS is process-wide). */
function rssSampler() {
  const shared = new Int32Array(new SharedArrayBuffer(8)); // [0] = peak MB, [1] = stop flag
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     const a = new Int32Array(workerData);
     const tick = () => {
       if (Atomics.load(a, 1)) return;
       const mb = Math.round(process.memoryUsage.rss() / 1048576);
       if (mb > Atomics.load(a, 0)) Atomics.store(a, 0, mb);
       setTimeout(tick, 10);
     };
     tick();`,
    { eval: true, workerData: shared.buffer },
  );
  return {
    reset: () => Atomics.store(shared, 0, Math.round(process.memoryUsage.rss() / 1048576)),
    peak: () => Atomics.load(shared, 0),
    stop: async () => {
      Atomics.store(shared, 1, 1);
      await worker.terminate();
    },
  };
}

export async function run(): Promise<void> {
  const t0 = performance.now();
  const snapshot = syntheticSnapshot();
  const chars = snapshot.contents.reduce((n, c) => n + c.text.length, 0);
  console.log(
    `export bench: ${snapshot.documents.length} documents, ${(chars / snapshot.documents.length).toFixed(0)} characters each, ` +
      `${snapshot.annotations.length} annotations (built in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  const sampler = rssSampler();
  await new Promise((r) => setTimeout(r, 50));
  for (const format of ['csv', 'xlsx', 'qdpx'] satisfies ExportFormat[]) {
    sampler.reset();
    const start = performance.now();
    const file = exportProject(snapshot, format);
    const seconds = (performance.now() - start) / 1000;
    await new Promise((r) => setTimeout(r, 20));
    const target = TARGETS[format]!;
    console.log(
      `  ${format.padEnd(5)} ${seconds.toFixed(2)} s (target ≤ ${target} s ${seconds <= target ? 'ok' : 'MISSED'}), ` +
        `${(file.bytes.length / 1048576).toFixed(1)} MB, peak RSS ${sampler.peak()} MB`,
    );
  }
  await sampler.stop();
}
