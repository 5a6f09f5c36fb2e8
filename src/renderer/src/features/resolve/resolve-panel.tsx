/**
 * Resolving disagreements: two coders' codings of one document as two lanes of
 * the same passage, one disagreement at a time; keep A's, B's, both or neither
 * into the consensus coder. Props-driven: the shell runs each decision as an
 * undoable command and feeds the live codings back in.
 */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import {
  CONSENSUS_CODER,
  compareCoders,
  type Decision,
  type Disagreement,
} from '../../../../shared/agreement/disagreements';
import type { Annotation, Resolution } from '../../../../shared/model/project';
import { OffsetMap } from '../../../../shared/text/codepoints';
import { useT } from '../../i18n/i18n';
import { resolveMessages } from './messages';
import './resolve.css';

export interface ResolvePanelProps {
  coders: readonly string[];
  documents: readonly { id: string; label: string }[];
  docId: string | null;
  onDocId: (id: string) => void;
  /** The chosen document's text and codings (live). */
  text: string | null;
  annotations: readonly Annotation[];
  /** The document's stored decisions (a 'neither' shows only here). */
  resolutions: readonly Resolution[];
  codeLabel: (codeId: string) => { label: string; color: string };
  onDecide: (d: Disagreement, decision: Decision, coderA: string, coderB: string) => void;
  onAcceptAgreed: (agreed: Annotation[]) => void;
}

const CONTEXT = 30;

/** The passage with the lane's segments marked (code points throughout). */
function Lane({
  map,
  from,
  to,
  segments,
  testId,
}: {
  map: OffsetMap;
  from: number;
  to: number;
  segments: readonly Annotation[];
  testId: string;
}) {
  const cuts = new Set([from, to]);
  for (const s of segments) {
    cuts.add(Math.max(from, s.start));
    cuts.add(Math.min(to, s.end));
  }
  const points = [...cuts].filter((p) => p >= from && p <= to).sort((a, b) => a - b);
  const pieces = points.slice(0, -1).map((p, i) => {
    const q = points[i + 1]!;
    const marked = segments.some((s) => s.start <= p && q <= s.end);
    const text = map.slice(p, q);
    return marked ? <mark key={p}>{text}</mark> : <span key={p}>{text}</span>;
  });
  return (
    <p className="resolve-lane-text" data-testid={testId}>
      {from > 0 && '…'}
      {pieces}
      {to < map.cpCount && '…'}
    </p>
  );
}

export function ResolvePanel(props: ResolvePanelProps) {
  const t = useT(resolveMessages);
  const people = props.coders.filter((c) => c !== CONSENSUS_CODER);
  const [coderA, setCoderA] = useState(people[0] ?? '');
  const [coderB, setCoderB] = useState(people[1] ?? '');
  const [index, setIndex] = useState(0);
  const comparison = useMemo(
    () => compareCoders(props.annotations, coderA, coderB),
    [props.annotations, coderA, coderB],
  );
  const total = comparison.disagreements.length;
  useEffect(() => {
    if (index >= total && total > 0) setIndex(total - 1);
  }, [index, total]);
  const current = comparison.disagreements[Math.min(index, Math.max(0, total - 1))];
  const map = useMemo(() => (props.text === null ? null : new OffsetMap(props.text)), [props.text]);
  const unresolved = comparison.agreed.filter(
    (a) =>
      !props.annotations.some(
        (c) => c.coder === CONSENSUS_CODER && c.codeId === a.codeId && c.start === a.start && c.end === a.end,
      ),
  );

  // The decision taken on this passage between these two coders, if it still stands.
  const decided = current
    ? props.resolutions.find(
        (r) =>
          r.codeId === current.codeId &&
          r.start === current.start &&
          r.end === current.end &&
          r.coderA === coderA &&
          r.coderB === coderB,
      )
    : undefined;

  const decide = (decision: Decision) => {
    if (!current) return;
    props.onDecide(current, decision, coderA, coderB);
    if (index < total - 1) setIndex(index + 1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target instanceof HTMLSelectElement) return;
    const keys: Record<string, () => void> = {
      ArrowRight: () => setIndex(Math.min(total - 1, index + 1)),
      ArrowLeft: () => setIndex(Math.max(0, index - 1)),
      '1': () => decide('a'),
      '2': () => decide('b'),
      '3': () => decide('both'),
      '0': () => decide('neither'),
    };
    const f = keys[e.key];
    if (f) {
      e.preventDefault();
      f();
    }
  };

  const select = (value: string, set: (v: string) => void, testId: string) => (
    <select value={value} data-testid={testId} onChange={(e) => (set(e.target.value), setIndex(0))}>
      {people.map((c) => (
        <option key={c} value={c}>
          {c}
        </option>
      ))}
    </select>
  );

  return (
    <div className="resolve-panel" data-testid="resolve-panel" tabIndex={0} onKeyDown={onKeyDown}>
      <div className="resolve-controls">
        <label>
          {t('document')}{' '}
          <select
            value={props.docId ?? ''}
            data-testid="resolve-document"
            onChange={(e) => (props.onDocId(e.target.value), setIndex(0))}
          >
            {props.documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('coderA')} {select(coderA, setCoderA, 'resolve-coder-a')}
        </label>
        <label>
          {t('coderB')} {select(coderB, setCoderB, 'resolve-coder-b')}
        </label>
      </div>
      {coderA === coderB ? (
        <p>{t('sameCoder')}</p>
      ) : (
        <>
          <p className="resolve-agreed">
            {t('agreed', { count: comparison.agreed.length })}{' '}
            {unresolved.length > 0 && (
              <button
                className="btn"
                onClick={() => props.onAcceptAgreed(unresolved)}
                data-testid="resolve-accept-agreed"
              >
                {t('acceptAgreed')}
              </button>
            )}
          </p>
          {!current || !map ? (
            <p data-testid="resolve-none">{t('none')}</p>
          ) : (
            <div className="resolve-current" data-testid="resolve-current">
              <div className="resolve-head">
                <strong data-testid="resolve-position">
                  {t('position', { index: Math.min(index, total - 1) + 1, total })}
                </strong>
                <span className="resolve-code" style={{ borderColor: props.codeLabel(current.codeId).color }}>
                  {props.codeLabel(current.codeId).label}
                </span>
                <span data-testid="resolve-status">
                  {current.consensus.length > 0
                    ? t('consensusHas', { count: current.consensus.length })
                    : decided?.decision === 'neither'
                      ? t('decidedNeither')
                      : t('consensusNone')}
                </span>
              </div>
              {(['a', 'b'] as const).map((lane) => (
                <div key={lane} className={`resolve-lane lane-${lane}`}>
                  <span className="resolve-lane-name">{lane === 'a' ? `A · ${coderA}` : `B · ${coderB}`}</span>
                  <Lane
                    map={map}
                    from={Math.max(0, current.start - CONTEXT)}
                    to={Math.min(map.cpCount, current.end + CONTEXT)}
                    segments={lane === 'a' ? current.a : current.b}
                    testId={`resolve-lane-${lane}`}
                  />
                </div>
              ))}
              <div className="resolve-actions">
                <button className="btn" disabled={index === 0} onClick={() => setIndex(index - 1)}>
                  ← {t('previous')}
                </button>
                <button className="btn primary" onClick={() => decide('a')} data-testid="resolve-keep-a">
                  1 · {t('keepA')}
                </button>
                <button className="btn primary" onClick={() => decide('b')} data-testid="resolve-keep-b">
                  2 · {t('keepB')}
                </button>
                <button className="btn" onClick={() => decide('both')} data-testid="resolve-keep-both">
                  3 · {t('keepBoth')}
                </button>
                <button className="btn" onClick={() => decide('neither')} data-testid="resolve-keep-neither">
                  0 · {t('keepNeither')}
                </button>
                <button
                  className="btn"
                  disabled={index >= total - 1}
                  onClick={() => setIndex(index + 1)}
                  data-testid="resolve-next"
                >
                  {t('next')} →
                </button>
              </div>
              <p className="resolve-keys">{t('keys')}</p>
            </div>
          )}
        </>
      )}
    </div>
  );
}
