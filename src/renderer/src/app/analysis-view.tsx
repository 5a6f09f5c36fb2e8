/**
 * The analysis view: the government × year panel, plans against next year's
 * measures and copied passages, wired to storage, commands and the analysis
 * worker. The features only draw; this file reads, runs and saves.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { HostApi } from '../../../shared/ipc/contract';
import type { DocumentContent, DocumentRecord } from '../../../shared/model/project';
import { tableToCsv } from '../../../shared/export/csv';
import { tablesToXlsx } from '../../../shared/export/xlsx';
import type { Cell } from '../../../shared/export/rows/segments';
import { cellKey, indexPanel } from '../../../shared/panel/panel';
import type { PanelForm, PanelFormat } from '../../../shared/panel/panel-file';
import { PLAN_COLUMNS, planRows, type ReportPairMatches } from '../../../shared/plans/links';
import { consecutiveReports, type PlanMatch } from '../../../shared/plans/pair';
import { defaultMaxReports, type ReuseProgress } from '../../../shared/reuse/detect';
import type { ReuseAnswer } from '../../../shared/reuse/worker-protocol';
import { OffsetMap } from '../../../shared/text/codepoints';
import { clearPlanDecision, decidePlan } from '../commands';
import { PanelGrid, type PanelGridRow } from '../features/panel/panel-grid';
import { PlansView } from '../features/plans/plans-view';
import { ReuseView } from '../features/reuse/reuse-view';
import { useT } from '../i18n/i18n';
import { runAnalysis, type AnalysisRun } from '../platform/analysis-runner';
import { runPanelExport, type PanelExportProgress } from '../platform/panel-export-client';
import type { WorkerJob } from '../platform/worker-job';
import type { FazhiDb } from '../storage/db';
import { listProjectContents, usePlanLinks } from '../storage/plan-links';
import { analysisMessages } from './analysis-messages';
import type { CommandRunner } from './use-commands';

type Tab = 'panel' | 'plans' | 'reuse';

export interface AnalysisViewProps {
  db: FazhiDb;
  host: HostApi;
  projectId: string;
  documents: readonly DocumentRecord[];
  codedCounts: Record<string, number>;
  run: CommandRunner;
  coder: string;
  onOpen: (docId: string) => void;
  onMessage: (message: string) => void;
}

export function AnalysisView(props: AnalysisViewProps) {
  const t = useT(analysisMessages);
  const [tab, setTab] = useState<Tab>('panel');
  const { db, host, projectId, documents, onMessage } = props;

  const contentsRef = useRef<{ docs: readonly DocumentRecord[]; map: Map<string, DocumentContent> } | null>(null);
  const loadContents = useCallback(async () => {
    if (contentsRef.current?.docs === documents) return contentsRef.current.map;
    const rows = await listProjectContents(
      db,
      documents.map((d) => d.id),
    );
    const map = new Map(rows.map((c) => [c.docId, c]));
    contentsRef.current = { docs: documents, map };
    return map;
  }, [db, documents]);

  const saveBytes = useCallback(
    async (name: string, data: Uint8Array, format: 'csv' | 'xlsx') => {
      const fileName = `${name}.${format}`;
      const saved = await host.saveFile({
        suggestedName: fileName,
        filters: [{ name: format.toUpperCase(), extensions: [format] }],
        data,
        mime: format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv',
      });
      if (!saved.ok) {
        if (saved.error.code !== 'cancelled') onMessage(saved.error.message);
        return;
      }
      onMessage(t('exported', { file: saved.value.path ?? fileName }));
    },
    [host, onMessage, t],
  );
  const save = useCallback(
    (
      name: string,
      tables: { name: string; columns: readonly string[]; rows: readonly Record<string, Cell>[] }[],
      format: 'csv' | 'xlsx',
    ) => saveBytes(name, format === 'xlsx' ? tablesToXlsx(tables) : tableToCsv(tables[0]!), format),
    [saveBytes],
  );

  // Panel.
  const index = useMemo(
    () => indexPanel(documents, new Map(Object.entries(props.codedCounts))),
    [documents, props.codedCounts],
  );
  const gridRows = useMemo<PanelGridRow[]>(
    () =>
      index.governments.map((g) => ({
        id: g.id,
        name: g.name,
        cells: index.years.map((year) => {
          const cell = index.cells.get(cellKey(g.id, year));
          return {
            year,
            status: !cell ? 'missing' : cell.codings > 0 ? 'coded' : 'present',
            docId: cell?.doc.id ?? null,
            fileName: cell?.doc.fileName ?? null,
          };
        }),
      })),
    [index],
  );
  // The dataset is built in a worker that reads the project itself: the page only saves the bytes.
  const [panelExport, setPanelExport] = useState<PanelExportProgress | null>(null);
  const panelJob = useRef<WorkerJob<{ data: Uint8Array }> | null>(null);
  const exportPanel = useCallback(
    (form: PanelForm, format: PanelFormat) => {
      setPanelExport({ done: 0, total: 0 });
      const job = runPanelExport({ dbName: db.name, projectId, form, format, sheet: `panel_${form}` }, setPanelExport);
      panelJob.current = job;
      job.done
        .then((file) => file && saveBytes(`panel-${form}`, file.data, format))
        .catch((e: unknown) => onMessage(t('failed', { message: e instanceof Error ? e.message : String(e) })))
        .finally(() => {
          if (panelJob.current === job) setPanelExport(null);
        });
    },
    [db, projectId, saveBytes, onMessage, t],
  );

  // Plans: the pairs of reports come from the library rows; the selected pair is ranked in the worker.
  const storedLinks = usePlanLinks(projectId);
  const links = useMemo(() => storedLinks ?? [], [storedLinks]);
  const reportPairs = useMemo(() => consecutiveReports(documents), [documents]);
  const [selectedPair, setSelectedPair] = useState(0);
  const pair = reportPairs[Math.min(selectedPair, reportPairs.length - 1)];
  const [matches, setMatches] = useState<{ key: string; matches: PlanMatch[] } | null>(null);
  const [deciding, setDeciding] = useState(false);
  const pairKey = pair ? `${pair.planDoc.id}>${pair.measureDoc.id}` : '';
  useEffect(() => {
    if (tab !== 'plans' || !pair) return;
    let job: AnalysisRun<ReportPairMatches[]> | null = null;
    let stale = false;
    void db.contents.bulkGet([pair.planDoc.id, pair.measureDoc.id]).then((rows) => {
      if (stale) return;
      job = runAnalysis(
        { kind: 'plans', documents: [pair.planDoc, pair.measureDoc], contents: rows.filter((r) => r !== undefined) },
        (r) => (r.type === 'plans' ? r.pairs : undefined),
      );
      job.done.then(
        (p) => !stale && p && setMatches({ key: pairKey, matches: p[0]?.matches ?? [] }),
        (e: unknown) => onMessage(t('failed', { message: String(e) })),
      );
    });
    return () => {
      stale = true;
      job?.cancel();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the pair is identified by pairKey
  }, [tab, pairKey, db, onMessage, t]);

  const [plansExport, setPlansExport] = useState<{ done: number; total: number } | null>(null);
  const plansJob = useRef<AnalysisRun<ReportPairMatches[]> | null>(null);
  const exportPlans = useCallback(() => {
    setPlansExport({ done: 0, total: reportPairs.length });
    void loadContents().then((contents) => {
      const job = runAnalysis<ReportPairMatches[]>(
        { kind: 'plans', documents: [...documents], contents: [...contents.values()] },
        (r) => (r.type === 'plans' ? r.pairs : undefined),
        (p) => setPlansExport({ done: p.done, total: p.total }),
      );
      plansJob.current = job;
      job.done
        .then(async (all) => {
          if (all)
            await save(
              'plans',
              [{ name: 'plans', columns: PLAN_COLUMNS, rows: planRows(all, links, contents) }],
              'csv',
            );
        })
        .catch((e: unknown) => onMessage(t('failed', { message: String(e) })))
        .finally(() => setPlansExport(null));
    });
  }, [loadContents, save, links, documents, reportPairs.length, onMessage, t]);

  // Copied passages.
  const [reuse, setReuse] = useState<ReuseAnswer | null>(null);
  const [progress, setProgress] = useState<ReuseProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const reuseJob = useRef<AnalysisRun<ReuseAnswer> | null>(null);
  const mapsRef = useRef(new Map<string, OffsetMap>());
  useEffect(
    () => () => {
      reuseJob.current?.cancel();
      plansJob.current?.cancel();
      panelJob.current?.cancel();
    },
    [],
  );
  const runReuse = useCallback(
    (minChars: number, maxReports: number | null) => {
      setRunning(true);
      setCancelled(false);
      setProgress(null);
      void loadContents().then((contents) => {
        mapsRef.current = new Map();
        const job = runAnalysis<ReuseAnswer>(
          { kind: 'reuse', documents: [...documents], contents: [...contents.values()], minChars, maxReports },
          (r) => (r.type === 'reuse' ? r.answer : undefined),
          setProgress,
        );
        reuseJob.current = job;
        job.done.then(
          (answer) => {
            if (reuseJob.current !== job) return;
            if (answer) setReuse(answer);
            else setCancelled(true);
            setRunning(false);
          },
          (e: unknown) => {
            setRunning(false);
            onMessage(t('failed', { message: e instanceof Error ? e.message : String(e) }));
          },
        );
      });
    },
    [documents, loadContents, onMessage, t],
  );
  const contextOf = useCallback((docId: string, start: number, end: number) => {
    const content = contentsRef.current?.map.get(docId);
    if (!content) return null;
    let map = mapsRef.current.get(docId);
    if (!map) mapsRef.current.set(docId, (map = new OffsetMap(content.text)));
    return {
      before: map.slice(Math.max(0, start - 60), start),
      shared: map.slice(start, end),
      after: map.slice(end, end + 60),
    };
  }, []);
  const reportCount = documents.filter((d) => !d.copyOf && d.genre === 'report').length;

  return (
    <div className="analysis-root" data-testid="analysis-view">
      <nav className="analysis-tabs" role="tablist">
        {(['panel', 'plans', 'reuse'] as const).map((k) => (
          <button
            key={k}
            className="btn ghost"
            role="tab"
            aria-selected={tab === k}
            onClick={() => setTab(k)}
            data-testid={`analysis-tab-${k}`}
          >
            {t(k)}
          </button>
        ))}
      </nav>
      <div className="analysis-body">
        {tab === 'panel' && (
          <PanelGrid
            years={index.years}
            rows={gridRows}
            unplaced={index.unplaced.length}
            exportProgress={panelExport}
            onCancelExport={() => panelJob.current?.cancel()}
            onOpen={props.onOpen}
            onExport={exportPanel}
          />
        )}
        {tab === 'plans' && (
          <PlansView
            pairs={reportPairs}
            selected={selectedPair}
            onSelect={setSelectedPair}
            matches={matches && matches.key === pairKey ? matches.matches : null}
            links={links}
            busy={deciding}
            exportProgress={plansExport}
            onCancelExport={() => plansJob.current?.cancel()}
            onDecide={(pair, plan, measure, decision) => {
              setDeciding(true);
              void props
                .run(
                  decidePlan({
                    planDocId: pair.planDoc.id,
                    planStart: plan.start,
                    planEnd: plan.end,
                    measureDocId: pair.measureDoc.id,
                    measureStart: measure.start,
                    measureEnd: measure.end,
                    similarity: measure.similarity,
                    decision,
                    coder: props.coder,
                  }),
                )
                .finally(() => setDeciding(false));
            }}
            onClear={(id) => void props.run(clearPlanDecision(id))}
            onExport={exportPlans}
          />
        )}
        {tab === 'reuse' && (
          <ReuseView
            defaultMaxReports={defaultMaxReports(reportCount)}
            running={running}
            progress={progress}
            cancelled={cancelled}
            result={
              reuse
                ? {
                    pairs: reuse.tables.pairs.rows,
                    shares: reuse.tables.shares.rows,
                    minChars: reuse.minChars,
                    maxReports: reuse.maxReports,
                    reports: reuse.reports,
                  }
                : null
            }
            contextOf={contextOf}
            onRun={runReuse}
            onCancel={() => {
              reuseJob.current?.cancel();
            }}
            onOpen={props.onOpen}
            onExport={(what) =>
              reuse &&
              void save(
                `reuse-${what}`,
                [{ name: what, ...(what === 'pairs' ? reuse.tables.pairs : reuse.tables.shares) }],
                'csv',
              )
            }
          />
        )}
      </div>
    </div>
  );
}
