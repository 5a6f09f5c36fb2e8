/**
 * Plans side by side with next year's measures. The researcher picks the
 * passage that delivers a plan (or keeps the best-ranked one) and confirms it,
 * or rejects the pairing; plans without a confirmed measure are unfulfilled.
 */
import { useState, type KeyboardEvent } from 'react';
import type { Candidate, PlanItem, PlanMatch, ReportPair } from '../../../../shared/plans/pair';
import type { PlanDecision, PlanLink } from '../../../../shared/plans/links';
import { planLinkId } from '../../../../shared/plans/links';
import { useT } from '../../i18n/i18n';
import { plansMessages } from './messages';
import '../../ui/list-button.css';
import './plans.css';

export interface PlansViewProps {
  /** Every government's consecutive reports (cheap: from the library rows). */
  pairs: readonly ReportPair[];
  selected: number;
  onSelect: (index: number) => void;
  /** The selected pair's plan items and their ranked passages; null while they are computed. */
  matches: readonly PlanMatch[] | null;
  links: readonly PlanLink[];
  busy: boolean;
  /** While the dataset is exported: how many pairs are done. */
  exportProgress: { done: number; total: number } | null;
  onDecide: (pair: ReportPair, plan: PlanItem, measure: Candidate, decision: PlanDecision) => void;
  onClear: (linkId: string) => void;
  onExport: () => void;
  onCancelExport: () => void;
}

export function PlansView(props: PlansViewProps) {
  const t = useT(plansMessages);
  const [unfulfilledOnly, setUnfulfilledOnly] = useState(false);
  if (!props.pairs.length) return <p className="empty-state">{t('none')}</p>;
  const selected = Math.min(props.selected, props.pairs.length - 1);
  const pair = props.pairs[selected]!;
  const matches = props.matches ?? [];
  const links = new Map(props.links.map((l) => [l.id, l]));
  const linkOf = (p: ReportPair, plan: PlanItem) => links.get(planLinkId(p.planDoc.id, plan.start, plan.end));
  const decided = matches.map((m) => linkOf(pair, m.plan)?.decision);
  const confirmed = decided.filter((d) => d === 'confirmed').length;
  const rejected = decided.filter((d) => d === 'rejected').length;
  return (
    <section className="plans-view" data-testid="plans-view" aria-label={t('title')}>
      <aside className="plans-pairs">
        <ul role="listbox" aria-label={t('title')}>
          {props.pairs.map((p, i) => (
            <li key={`${p.planDoc.id}`}>
              <button
                className="list-button plans-pair-button"
                role="option"
                aria-selected={i === selected}
                onClick={() => props.onSelect(i)}
              >
                {t('pair', { government: p.government.name, year: p.year, next: p.year + 1 })}
              </button>
            </li>
          ))}
        </ul>
      </aside>
      <div className="plans-main">
        <header className="plans-head">
          <h2>{t('pair', { government: pair.government.name, year: pair.year, next: pair.year + 1 })}</h2>
          <p className="plans-muted">{t('intro')}</p>
          <p data-testid="plans-counts">
            {t('counts', {
              confirmed,
              rejected,
              open: matches.length - confirmed - rejected,
              unfulfilled: matches.length - confirmed,
            })}
          </p>
          <label>
            <input type="checkbox" checked={unfulfilledOnly} onChange={(e) => setUnfulfilledOnly(e.target.checked)} />{' '}
            {t('unfulfilledOnly')}
          </label>{' '}
          {props.exportProgress ? (
            <span role="status">
              {t('exporting', { done: props.exportProgress.done, total: props.exportProgress.total })}{' '}
              <progress max={props.exportProgress.total} value={props.exportProgress.done} />{' '}
              <button className="btn" onClick={props.onCancelExport}>
                {t('cancel')}
              </button>
            </span>
          ) : (
            <button className="btn" onClick={props.onExport} data-testid="plans-export">
              {t('exportCsv')}
            </button>
          )}
          <p className="plans-muted">{t('keys')}</p>
        </header>
        {!props.matches && <p className="empty-state">{t('loading')}</p>}
        <ol className="plans-items">
          {matches
            .filter((m) => !unfulfilledOnly || linkOf(pair, m.plan)?.decision !== 'confirmed')
            .map((m) => (
              <PlanRow
                key={`${pair.planDoc.id}:${m.plan.start}`}
                plan={m.plan}
                candidates={m.candidates}
                link={linkOf(pair, m.plan)}
                busy={props.busy}
                onDecide={(c, d) => props.onDecide(pair, m.plan, c, d)}
                onClear={props.onClear}
              />
            ))}
        </ol>
      </div>
    </section>
  );
}

function PlanRow(props: {
  plan: PlanItem;
  candidates: readonly Candidate[];
  link: PlanLink | undefined;
  busy: boolean;
  onDecide: (c: Candidate, d: PlanDecision) => void;
  onClear: (id: string) => void;
}) {
  const t = useT(plansMessages);
  const { plan, candidates, link } = props;
  // The decided passage stays chosen; otherwise the best-ranked one.
  const decidedIndex = link
    ? candidates.findIndex((c) => c.start === link.measureStart && c.end === link.measureEnd)
    : -1;
  const [choice, setChoice] = useState<number | null>(null);
  const chosen = choice ?? (decidedIndex >= 0 ? decidedIndex : 0);
  const status = link?.decision ?? 'open';
  const decide = (d: PlanDecision) => {
    const c = candidates[chosen];
    if (c && !props.busy) props.onDecide(c, d);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.target instanceof HTMLInputElement && e.key !== 'Enter') return;
    const n = Number(e.key);
    if (n >= 1 && n <= candidates.length) setChoice(n - 1);
    else if (e.key === 'Enter') decide('confirmed');
    else if (e.key === 'Delete') decide('rejected');
    else if (e.key === 'Backspace' && link) props.onClear(link.id);
    else return;
    e.preventDefault();
  };
  return (
    <li className={`plan-row ${status}`} data-testid="plan-row" data-status={status} tabIndex={0} onKeyDown={onKey}>
      <div className="plan-text">
        <div className="plan-label">
          {t('plan', { n: plan.index })} · <span className={`plan-status ${status}`}>{t(status)}</span>
        </div>
        <p>{plan.text}</p>
      </div>
      <div className="plan-candidates">
        <div className="plan-label">{t('candidates')}</div>
        {candidates.length === 0 ? (
          <p className="plans-muted">{t('noCandidate')}</p>
        ) : (
          <ul>
            {candidates.map((c, i) => (
              <li key={c.start} className={i === decidedIndex ? 'decided' : undefined}>
                <label>
                  <input
                    type="radio"
                    name={`plan-${plan.start}`}
                    checked={chosen === i}
                    onChange={() => setChoice(i)}
                  />
                  <span className="plan-candidate-text">{c.text}</span>
                  <span className="plans-muted"> {t('similarity', { value: c.similarity.toFixed(2) })}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
        <div className="plan-actions">
          <button
            className="btn primary"
            disabled={props.busy || !candidates.length}
            onClick={() => decide('confirmed')}
            data-testid="plan-confirm"
          >
            {t('confirm')}
          </button>
          <button
            className="btn"
            disabled={props.busy || !candidates.length}
            onClick={() => decide('rejected')}
            data-testid="plan-reject"
          >
            {t('reject')}
          </button>
          {link && (
            <button className="btn ghost" disabled={props.busy} onClick={() => props.onClear(link.id)}>
              {t('clear')}
            </button>
          )}
        </div>
      </div>
    </li>
  );
}
