/**
 * The team dialog wired to the project: hand out coders' files, merge them back
 * (one undoable command per file), the agreement table (computed on the core,
 * exported as CSV/XLSX) and resolving disagreements into the consensus coder.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { computeAgreement, agreementExportTable, type AgreementTable } from '../../../shared/agreement';
import {
  CONSENSUS_CODER,
  planDecision,
  consensusCopies,
  type Decision,
  type Disagreement,
} from '../../../shared/agreement/disagreements';
import { createBackup } from '../../../shared/backup/create-backup';
import { codeLabel as uiCodeLabel, codePath } from '../../../shared/codebook/tree';
import { tableToCsv } from '../../../shared/export/csv';
import { tablesToXlsx } from '../../../shared/export/xlsx';
import type { HostApi } from '../../../shared/ipc/contract';
import { resolutionId, type Code, type ProjectSnapshot } from '../../../shared/model/project';
import { coderPackage } from '../../../shared/project/coder-package';
import { mergeSnapshot, type MergeReport } from '../../../shared/project/merge';
import { mergeCoderFile, resolveDisagreement } from '../commands';
import { readProjectFileOffThread } from '../platform/read-project-file';
import { AgreementPanel, type AgreementRequest } from '../features/agreement/agreement-panel';
import { ResolvePanel } from '../features/resolve/resolve-panel';
import { HandoutMerge } from '../features/team/handout-merge';
import { teamMessages } from '../features/team/messages';
import { TeamTabs, type TeamTab } from '../features/team/team-tabs';
import { useLang, useT } from '../i18n/i18n';
import type { FazhiDb } from '../storage/db';
import { useAnnotations, useCoders, useDocumentContent, useDocuments, useResolutions } from '../storage/hooks';
import { loadSnapshot } from '../storage/snapshot';
import { Modal } from '../ui/modal';
import type { CommandRunner } from './use-commands';

export interface TeamPaneProps {
  host: HostApi;
  db: FazhiDb;
  projectId: string;
  codes: Code[];
  run: CommandRunner;
  appVersion: string;
  onClose: () => void;
  onMessage: (message: string) => void;
}

const safe = (s: string): string => s.replace(/[\\/:*?"<>|]+/g, '_').trim() || 'project';

export function TeamPane(props: TeamPaneProps) {
  const { host, db, projectId, run, onMessage } = props;
  const t = useT(teamMessages);
  const [tab, setTab] = useState<TeamTab>('handout');
  const [reports, setReports] = useState<MergeReport[]>([]);
  const [busy, setBusy] = useState(false);
  const [snapshot, setSnapshot] = useState<ProjectSnapshot | null>(null);
  const coders = useCoders(projectId) ?? [];
  const storedDocuments = useDocuments(projectId);
  const documents = useMemo(() => storedDocuments ?? [], [storedDocuments]);
  const [docId, setDocId] = useState<string | null>(null);
  // Documents two or more people coded come first in the resolve view, and the first of them is open.
  const codersByDoc = useMemo(() => {
    const m = new Map<string, Set<string>>();
    for (const a of snapshot?.annotations ?? []) {
      if (a.coder === CONSENSUS_CODER) continue;
      const set = m.get(a.docId) ?? new Set<string>();
      set.add(a.coder);
      m.set(a.docId, set);
    }
    return m;
  }, [snapshot]);
  const resolveDocs = useMemo(
    () =>
      documents
        .map((d) => ({ d, n: codersByDoc.get(d.id)?.size ?? 0 }))
        .sort((x, y) => Number(y.n >= 2) - Number(x.n >= 2))
        .map(({ d, n }) => ({
          id: d.id,
          label: `${d.title ?? d.fileName} (${d.fileName})${n >= 2 ? ` · ${t('coderCount', { n })}` : ''}`,
        })),
    [documents, codersByDoc, t],
  );
  const liveDocId = docId ?? resolveDocs[0]?.id ?? null;
  const content = useDocumentContent(liveDocId);
  const annotations = useAnnotations(liveDocId) ?? [];
  const resolutions = useResolutions(liveDocId) ?? [];

  // The agreement table reads the whole project; it is loaded when that tab opens (and after a merge).
  useEffect(() => {
    if (tab === 'handout') return;
    let live = true;
    void loadSnapshot(db, projectId).then((s) => live && setSnapshot(s));
    return () => {
      live = false;
    };
  }, [tab, db, projectId, reports]);

  const save = useCallback(
    async (name: string, data: Uint8Array, mime: string, ext: string) => {
      const saved = await host.saveFile({
        suggestedName: name,
        filters: [{ name: ext.toUpperCase(), extensions: [ext] }],
        data,
        mime,
      });
      if (saved.ok) onMessage(t('saved', { name: saved.value.path ?? name }));
      else if (saved.error.code !== 'cancelled') onMessage(saved.error.message);
    },
    [host, onMessage, t],
  );

  const handOut = async ({ coder, blind }: { coder: string; blind: boolean }) => {
    setBusy(true);
    try {
      const s = await loadSnapshot(db, projectId);
      const data = createBackup(coderPackage(s, { coder, blind }), {
        appVersion: props.appVersion,
        now: new Date().toISOString(),
      });
      await save(`${safe(s.project.name)}-${safe(coder)}.fazhi`, data, 'application/zip', 'fazhi');
    } finally {
      setBusy(false);
    }
  };

  const merge = () => {
    // Called within the click: the web edition's picker opens before any await.
    void host.pickFiles({ folder: false, kind: 'projects' }).then(async (picked) => {
      if (!picked.ok) {
        if (picked.error.code !== 'cancelled') onMessage(picked.error.message);
        return;
      }
      const file = picked.value[0];
      if (!file) return;
      setBusy(true);
      try {
        const bytes = await host.readFile(file.token);
        void host.releaseFiles([file.token]);
        if (!bytes.ok) return onMessage(bytes.error.message);
        const stem = file.name.replace(/\.[^.]+$/, '');
        // Read in a worker (unzip, JSON, another tool's sources analysed) while the project loads.
        const [read, base] = await Promise.all([
          readProjectFileOffThread(bytes.value, file.name),
          loadSnapshot(db, projectId),
        ]);
        if (!read.ok) return onMessage(read.error.message);
        const { changes, report } = mergeSnapshot(base, read.value.snapshot, {
          fileName: file.name,
          coderForUnnamed: stem,
        });
        const r = await run(mergeCoderFile(projectId, file.name, changes));
        if (r.ok) setReports((list) => [report, ...list]);
      } finally {
        setBusy(false);
      }
    });
  };

  const compute = (request: AgreementRequest): AgreementTable => {
    const s = snapshot!;
    const contents = new Map(s.contents.map((c) => [c.docId, c]));
    return computeAgreement({
      documents: s.documents.map((d) => ({
        id: d.id,
        length: d.length,
        sentences: contents.get(d.id)?.sentences ?? [],
        paragraphs: contents.get(d.id)?.paragraphs ?? [],
      })),
      codings: s.annotations,
      coders: request.coders,
      unit: request.unit,
      threshold: request.threshold,
    });
  };
  const { lang } = useLang();
  // The UI shows codes by their names from the root (exports use the core's code paths).
  const codeLabel = useCallback(
    (id: string) => {
      const byId = new Map(props.codes.map((c) => [c.id, c]));
      const names: string[] = [];
      for (let c = byId.get(id); c && names.length < 20; c = c.parentId ? byId.get(c.parentId) : undefined)
        names.unshift(uiCodeLabel(c, lang));
      return names.join(' / ') || id;
    },
    [props.codes, lang],
  );
  const exportLabel = useCallback((id: string) => codePath(props.codes, id) || id, [props.codes]);

  const exportTable = (table: AgreementTable, format: 'csv' | 'xlsx') => {
    const rows = agreementExportTable(table, exportLabel);
    const stem = `agreement-${table.unit}-${table.coders.map(safe).join('-')}`;
    if (format === 'csv') void save(`${stem}.csv`, tableToCsv(rows), 'text/csv', 'csv');
    else
      void save(
        `${stem}.xlsx`,
        tablesToXlsx([rows]),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'xlsx',
      );
  };

  const codeInfo = useMemo(() => new Map(props.codes.map((c) => [c.id, c])), [props.codes]);
  const decide = (d: Disagreement, decision: Decision, coderA: string, coderB: string) => {
    const plan = planDecision(d, decision, { newId: () => crypto.randomUUID(), now: new Date().toISOString() });
    const choice = { a: 'A', b: 'B', both: 'A+B', neither: '—' }[decision];
    const passage = { docId: liveDocId!, codeId: d.codeId, start: d.start, end: d.end, coderA, coderB };
    const resolution = {
      ...passage,
      id: resolutionId(passage),
      projectId,
      decision,
      decidedAt: new Date().toISOString(),
    };
    void run(resolveDisagreement({ ...plan, choice, decision: resolution }));
  };

  return (
    <Modal
      title={t('title')}
      onClose={props.onClose}
      wide
      testId="team-dialog"
      busy={busy}
      className="team-dialog"
      actions={
        <button className="btn" onClick={props.onClose} disabled={busy} data-testid="team-close">
          {t('close')}
        </button>
      }
    >
      <TeamTabs tab={tab} onTab={setTab} />
      {tab === 'handout' && (
        <HandoutMerge
          defaultCoder=""
          onHandOut={(a) => void handOut(a)}
          onMerge={merge}
          reports={reports}
          busy={busy}
        />
      )}
      {tab === 'agreement' &&
        (snapshot ? (
          <AgreementPanel coders={coders} codeLabel={codeLabel} compute={compute} onExport={exportTable} />
        ) : (
          <p>…</p>
        ))}
      {tab === 'resolve' && snapshot && (
        <ResolvePanel
          coders={coders}
          documents={resolveDocs}
          docId={liveDocId}
          onDocId={setDocId}
          text={content?.text ?? null}
          annotations={annotations}
          resolutions={resolutions}
          codeLabel={(id) => ({ label: codeLabel(id), color: codeInfo.get(id)?.color ?? '#999' })}
          onDecide={decide}
          onAcceptAgreed={(agreed) =>
            void run(
              resolveDisagreement({
                put: consensusCopies(agreed, { newId: () => crypto.randomUUID(), now: new Date().toISOString() }),
                remove: [],
                choice: 'A=B',
              }),
            )
          }
        />
      )}
    </Modal>
  );
}
