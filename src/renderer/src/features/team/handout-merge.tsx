/** Handing out coders' files and merging them back; the merge reports list what could not be matched. */
import { useState } from 'react';
import type { MergeReport } from '../../../../shared/project/merge';
import { useT } from '../../i18n/i18n';
import { teamMessages } from './messages';
import './team.css';

export interface HandoutMergeProps {
  defaultCoder: string;
  onHandOut: (args: { coder: string; blind: boolean }) => void;
  onMerge: () => void;
  reports: readonly MergeReport[];
  busy: boolean;
}

export function HandoutMerge(props: HandoutMergeProps) {
  const t = useT(teamMessages);
  const [coder, setCoder] = useState('');
  const [blind, setBlind] = useState(true);
  return (
    <div className="team-handout">
      <section>
        <h3>{t('handout')}</h3>
        <p className="team-help">{t('handoutHelp')}</p>
        <label>
          {t('coderName')}{' '}
          <input value={coder} maxLength={60} data-testid="handout-coder" onChange={(e) => setCoder(e.target.value)} />
        </label>{' '}
        <label>
          <input type="checkbox" checked={blind} onChange={(e) => setBlind(e.target.checked)} /> {t('blind')}
        </label>{' '}
        <button
          className="btn"
          disabled={!coder.trim() || props.busy}
          onClick={() => props.onHandOut({ coder: coder.trim(), blind })}
          data-testid="handout-save"
        >
          {t('handoutButton')}
        </button>
      </section>
      <section>
        <h3>{t('merge')}</h3>
        <p className="team-help">{t('mergeHelp')}</p>
        <button className="btn primary" disabled={props.busy} onClick={props.onMerge} data-testid="merge-file">
          {t('mergeButton')}
        </button>
        <ul className="team-reports" data-testid="merge-reports">
          {props.reports.map((r, i) => (
            <li key={i}>
              <strong>
                {t('merged', {
                  file: r.fileName,
                  added: r.annotations.added,
                  present: r.annotations.alreadyPresent,
                  updated: r.annotations.updated,
                })}
              </strong>
              {r.documents.added.length > 0 && <div>{t('addedDocs', { list: r.documents.added.join('、') })}</div>}
              {r.codes.added.length > 0 && <div>{t('addedCodes', { list: r.codes.added.join('、') })}</div>}
              {r.variables.added.length > 0 && <div>{t('addedVariables', { list: r.variables.added.join('、') })}</div>}
              {r.values.added + r.memos.added + r.planLinks.added > 0 && (
                <div>
                  {t('addedExtras', { values: r.values.added, memos: r.memos.added, links: r.planLinks.added })}
                </div>
              )}
              {r.documents.notInFile.length > 0 && (
                <div>{t('notInFile', { list: r.documents.notInFile.join('、') })}</div>
              )}
              {r.unmatched.length === 0 ? (
                <div>{t('nothingUnmatched')}</div>
              ) : (
                <details open>
                  <summary>{t('unmatched', { count: r.unmatched.length })}</summary>
                  <ul>
                    {r.unmatched.map((u, k) => (
                      <li key={k}>
                        {u.what}: {u.reason}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
