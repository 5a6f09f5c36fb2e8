/**
 * Code that runs inside the app's page. It is kept as JavaScript source strings:
 * the scripts' tsconfig has no DOM types, and the app must be measured from the
 * outside (no hooks in its code), so everything here observes the DOM, the CSS
 * highlight registry and IndexedDB as any other script on the page could.
 */

/**
 * Installed before the app loads (page.addInitScript), in every document:
 * - every main-thread long task (> 50 ms), buffered from the start;
 * - the time of the last double-click and key press (capture phase, before the app sees them);
 * - `afterFrame(check)`: resolves with the time the first frame in which `check()`
 *   holds has been painted. `check` runs in a ResizeObserver callback, i.e. after
 *   every requestAnimationFrame callback of that frame (the app draws its stripes in
 *   rAF) and before the paint; a message posted from there is handled once the
 *   frame's rendering is done, which is the time reported.
 */
export const INIT_SCRIPT = String.raw`(() => {
  const b = (window.__bench = { longtasks: [], lastDblclick: null, lastKeydown: null, onKeydown: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { b.longtaskError = String(e); }
  addEventListener('dblclick', () => { b.lastDblclick = performance.now(); }, true);
  addEventListener('keydown', () => {
    b.lastKeydown = performance.now();
    if (b.onKeydown) b.onKeydown(b.lastKeydown);
  }, true);

  b.codeHighlights = () => {
    let n = 0;
    if (typeof CSS !== 'undefined' && CSS.highlights) CSS.highlights.forEach((h, name) => { if (String(name).startsWith('fz-code-')) n += h.size; });
    return n;
  };
  b.stripes = () => document.querySelectorAll('[data-testid=viewer] [data-testid=stripe]').length;
  // The list draws only the rows in view: read its "All (N)" filter button, which counts every item.
  b.listed = () => {
    const all = document.querySelector('[data-testid=annotation-list] [role=group] button');
    const m = all && /\((\d+)\)/.exec(all.textContent || '');
    return m ? Number(m[1]) : 0;
  };

  b.afterFrame = (check, timeoutMs) => new Promise((resolve) => {
    const sentinel = document.createElement('div');
    sentinel.style.cssText = 'position:fixed;left:-10px;top:0;width:1px;height:1px;visibility:hidden;pointer-events:none';
    document.documentElement.append(sentinel);
    const channel = new MessageChannel();
    let done = false, raf = 0, flip = false;
    const finish = (value) => {
      if (done) return;
      done = true;
      cancelAnimationFrame(raf);
      ro.disconnect();
      sentinel.remove();
      clearTimeout(timer);
      resolve(value);
    };
    channel.port1.onmessage = () => finish(performance.now());
    const ro = new ResizeObserver(() => { if (!done && check()) channel.port2.postMessage(0); });
    ro.observe(sentinel);
    // Resize the sentinel every frame so the observer runs in every frame.
    const tick = () => { flip = !flip; sentinel.style.width = flip ? '2px' : '1px'; raf = requestAnimationFrame(tick); };
    raf = requestAnimationFrame(tick);
    const timer = setTimeout(() => finish(null), timeoutMs);
  });

  b.openDb = () => new Promise((resolve, reject) => {
    const req = indexedDB.open('fazhi-coder');
    req.onsuccess = () => { const db = req.result; db.onversionchange = () => db.close(); resolve(db); };
    req.onerror = () => reject(req.error);
  });
  b.countAnnotations = (db, docId) => new Promise((resolve, reject) => {
    const req = db.transaction('annotations', 'readonly').objectStore('annotations').index('docId').count(IDBKeyRange.only(docId));
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
})();`;

/**
 * Arms the open measurement before the double-click. The viewer paints highlights
 * and stripes only for the passages near the viewport, so "complete" cannot be
 * "all N annotations registered": it is the first frame with the last paragraph
 * in the DOM (and, when annotations are expected, some code highlight ranges and
 * stripes) after which the highlight and stripe counts stay the same for 10
 * frames. Times are relative to the double-click; `complete` is the time of that
 * first frame (taken after its rAF callbacks, before its paint).
 */
export function watchOpen(marker: string, expected: number, timeoutMs: number): string {
  return String.raw`(() => {
    const b = window.__bench;
    b.lastDblclick = null;
    const seen = { lastParagraph: null, highlights: null, stripes: null, complete: null, hl: 0, st: 0 };
    let sig = '', since = null, same = 0;
    const check = () => {
      if (b.lastDblclick === null) return false;
      const now = performance.now() - b.lastDblclick;
      const paras = document.querySelectorAll('[data-testid=viewer] [data-testid=viewer-paragraph]');
      const last = paras[paras.length - 1];
      const hasLast = !!last && (last.textContent || '').includes(${JSON.stringify(marker)});
      if (hasLast && seen.lastParagraph === null) seen.lastParagraph = now;
      const hl = b.codeHighlights(), st = b.stripes();
      if (hl > 0 && seen.highlights === null) seen.highlights = now;
      if (st > 0 && seen.stripes === null) seen.stripes = now;
      const ready = hasLast && (${expected} === 0 || (hl > 0 && st > 0));
      const s = ready + ':' + hl + ':' + st;
      if (s !== sig) { sig = s; since = now; same = 0; } else same++;
      if (ready && same >= 10) { seen.complete = since; seen.hl = hl; seen.st = st; return true; }
      return false;
    };
    b.openResult = b.afterFrame(check, ${timeoutMs}).then(() => ({ ...seen, clickAt: b.lastDblclick }));
    return true;
  })()`;
}

/** Long tasks that started in [from, to] (page clock). */
export function longTasksBetween(from: number, to: number): string {
  return `window.__bench.longtasks.filter((t) => t.start >= ${from} && t.start <= ${to})`;
}

/**
 * Setup, not measured: writes `count` annotations on `docId` straight into the
 * app's IndexedDB, shaped like the model's Annotation, spread over the document's
 * sentences (then their first halves), with the project's real code ids. The
 * sentences of `reserve` paragraphs (chosen here, returned) are left uncoded, so
 * the key presses later code passages that have no code yet.
 */
export function seedAnnotations(docId: string, count: number, reserve: number): string {
  return String.raw`(async () => {
    const b = window.__bench;
    const db = await b.openDb();
    const get = (store, key) => new Promise((res, rej) => {
      const r = db.transaction(store, 'readonly').objectStore(store).get(key);
      r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error);
    });
    const doc = await get('documents', ${JSON.stringify(docId)});
    const content = await get('contents', ${JSON.stringify(docId)});
    if (!doc || !content) { db.close(); return { error: 'document not found in IndexedDB' }; }
    const codes = await new Promise((res, rej) => {
      const r = db.transaction('codes', 'readonly').objectStore('codes').index('projectId').getAll(doc.projectId);
      r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error);
    });
    if (!codes.length) { db.close(); return { error: 'the project has no codes' }; }
    const cps = Array.from(content.text);
    const paras = content.paragraphs;
    // Body paragraphs long enough to hold a sentence, evenly spread, for the key presses.
    const long = paras.map((p, i) => ({ i, p })).filter(({ p }) => p.end - p.start >= 60);
    const reserved = [];
    for (let k = 0; k < ${reserve} && long.length; k++) reserved.push(long[Math.floor(((k + 0.5) * long.length) / ${reserve})].i);
    const inReserved = (s) => reserved.some((i) => s.start < paras[i].end && s.end > paras[i].start);
    const spans = content.sentences.filter((s) => s.end - s.start >= 4 && !inReserved(s));
    const ranges = spans.map((s) => [s.start, s.end]);
    for (const s of spans) if (ranges.length < ${count}) ranges.push([s.start, s.start + Math.max(2, Math.floor((s.end - s.start) / 2))]);
    const now = new Date().toISOString();
    const rows = ranges.slice(0, ${count}).map(([start, end], i) => ({
      id: crypto.randomUUID(), projectId: doc.projectId, docId: doc.id, codeId: codes[i % codes.length].id,
      start, end, quote: cps.slice(start, end).join(''), memo: '', coder: 'bench', origin: 'manual',
      createdAt: now, updatedAt: now,
    }));
    await new Promise((res, rej) => {
      const tx = db.transaction('annotations', 'readwrite');
      for (const r of rows) tx.objectStore('annotations').put(r);
      tx.oncomplete = res; tx.onerror = () => rej(tx.error);
    });
    const total = await b.countAnnotations(db, doc.id);
    db.close();
    return { written: rows.length, total, reserved, codes: codes.length };
  })()`;
}

/**
 * Scrolls paragraph `index` into view and selects its first sentence (a real DOM
 * selection in one text node, as the e2e page object's selectText makes), then
 * focuses the viewer. Returns the selected text or null.
 */
export function selectFirstSentence(index: number): string {
  return String.raw`(async () => {
    const viewer = document.querySelector('[data-testid=viewer]');
    const el = viewer && viewer.querySelector('[data-testid=viewer-paragraph][data-index="${index}"]');
    if (!el) return null;
    el.scrollIntoView({ block: 'center' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent || '';
      const stop = text.indexOf('。');
      if (stop < 6) continue;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, stop + 1);
      const sel = getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      viewer.focus({ preventScroll: true });
      return text.slice(0, stop + 1);
    }
    return null;
  })()`;
}

/**
 * Arms one key-press measurement: at the key press (capture-phase keydown) it
 * starts watching for (a) the frame in which a new code highlight range or stripe
 * is painted, (b) the new annotation row readable in IndexedDB (a raw read-only
 * count on the document, re-issued as soon as the previous one completes), and
 * (c) the annotation list showing one more item. Times are relative to the keydown.
 */
export function armKeypress(docId: string, timeoutMs: number): string {
  return String.raw`(async () => {
    const b = window.__bench;
    b.db = b.db || (await b.openDb());
    const base = { hl: b.codeHighlights(), st: b.stripes(), li: b.listed(), rows: await b.countAnnotations(b.db, ${JSON.stringify(docId)}) };
    b.keyResult = new Promise((resolve) => {
      b.onKeydown = (t0) => {
        b.onKeydown = null;
        let listed = null;
        const painted = b.afterFrame(() => {
          if (listed === null && b.listed() > base.li) listed = performance.now() - t0;
          return b.codeHighlights() > base.hl || b.stripes() > base.st;
        }, ${timeoutMs}).then((t) => (t === null ? null : t - t0));
        const committed = new Promise((res) => {
          const poll = () => {
            if (performance.now() - t0 > ${timeoutMs}) return res(null);
            b.countAnnotations(b.db, ${JSON.stringify(docId)}).then(
              (n) => (n > base.rows ? res(performance.now() - t0) : poll()),
              () => res(null),
            );
          };
          poll();
        });
        Promise.all([painted, committed]).then(async ([p, c]) => {
          // The list may update after the highlight: give it until the timeout too.
          const end = t0 + ${timeoutMs};
          while (listed === null && b.listed() <= base.li && performance.now() < end) await new Promise((r) => setTimeout(r, 5));
          if (listed === null && b.listed() > base.li) listed = performance.now() - t0;
          resolve({ painted: p, committed: c, listed, t0 });
        });
      };
    });
    return base;
  })()`;
}

/**
 * Arms the import measurement: from the file input's change event (the files are
 * chosen) to the painted frame in which the import summary appears.
 */
export function watchImport(timeoutMs: number): string {
  return String.raw`(() => {
    const b = window.__bench;
    b.chosenAt = null;
    addEventListener('change', (e) => {
      if (b.chosenAt === null && e.target && e.target.type === 'file') b.chosenAt = performance.now();
    }, { capture: true, once: true });
    // The summary appears only when the import has finished; its count is read afterwards.
    const shown = () => !!document.querySelector('[data-testid=import-summary] [data-testid=summary-imported] dd');
    b.importResult = b.afterFrame(shown, ${timeoutMs}).then((t) => ({ chosenAt: b.chosenAt, doneAt: t }));
    return true;
  })()`;
}
