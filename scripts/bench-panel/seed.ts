/**
 * The panel benchmark's project: 3,000 reports of 20,000 characters (the search
 * bench's generator), 600 governments × 5 years, each with the three sections the
 * panel measures and 10 codings, written by the page into its own IndexedDB as
 * documents of the current project (120 MB of text never crosses DevTools).
 */
export const GOVERNMENTS = 600;
export const YEARS = 5;
export const CODINGS_PER_REPORT = 10;

/** Page script: stores reports [from, to) of `gen` with sections and codings in the current project. */
export const SEED = String.raw`async ({ from, to, gen, governments, codingsPer }) => {
  const make = (0, eval)(gen);
  const db = await new Promise((resolve, reject) => {
    const r = indexedDB.open('fazhi-coder');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const get = (store, key) => new Promise((resolve) => {
    const r = db.transaction(store).objectStore(store).get(key);
    r.onsuccess = () => resolve(r.result);
  });
  const project = (await get('prefs', 'lastProjectId')).value;
  const codes = await new Promise((resolve) => {
    const r = db.transaction('codes').objectStore('codes').index('projectId').getAll(project);
    r.onsuccess = () => resolve(r.result);
  });
  const tx = db.transaction(['documents', 'contents', 'annotations'], 'readwrite');
  const now = new Date().toISOString();
  for (let i = from; i < to; i++) {
    const body = make(i).split('\n');
    const heads = ['一、主要举措和成效', '二、存在的不足和原因', '三、下一年度工作计划'];
    const cut = [0, Math.floor(body.length * 0.6), Math.floor(body.length * 0.8), body.length];
    const lines = [];
    for (let s = 0; s < 3; s++) lines.push(heads[s], ...body.slice(cut[s], cut[s + 1]));
    const text = lines.join('\n');
    const paragraphs = [];
    let at = 0;
    for (const line of lines) { paragraphs.push({ start: at, end: at + line.length }); at += line.length + 1; }
    const sections = [];
    let p = 0;
    for (let s = 0; s < 3; s++) {
      const n = cut[s + 1] - cut[s] + 1;
      const first = paragraphs[p], last = paragraphs[p + n - 1];
      sections.push({ start: first.start, end: last.end, heading: heads[s], headingEnd: first.end, level: 1,
        category: ['measures', 'shortcomings', 'plans'][s] });
      p += n;
    }
    const id = 'panel-' + String(i).padStart(5, '0');
    const gov = i % governments;
    const code = String(330000 + gov * 3 + 2);
    tx.objectStore('documents').put({
      id, projectId: project, fileName: id + '.txt', format: 'txt', encoding: 'utf-8', sha256Bytes: id, sha256Text: id,
      length: text.length, warnings: [], addedAt: now, updatedAt: now, title: '法治政府建设年度报告 ' + i, publisher: null,
      published: (2020 + Math.floor(i / governments)) + '-03-' + String(1 + (i % 28)).padStart(2, '0'), documentDate: null,
      indexNumber: null, reportYear: 2019 + Math.floor(i / governments),
      region: { province: '浙江省', city: null, county: '基准' + gov + '区', code },
      level: 'county', genre: 'report', script: 'simplified',
    });
    tx.objectStore('contents').put({ docId: id, text, simplified: null, headings: [], sections, paragraphs, sentences: [] });
    for (let k = 0; k < codingsPer; k++) {
      const c = codes[(i + k) % codes.length];
      const start = 100 + k * 500;
      tx.objectStore('annotations').put({
        id: id + '-a' + k, projectId: project, docId: id, codeId: c.id, start, end: start + 20,
        quote: text.slice(start, start + 20), memo: '', coder: '基准', origin: 'manual', createdAt: now, updatedAt: now,
      });
    }
  }
  await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
  db.close();
  return project;
}`;
