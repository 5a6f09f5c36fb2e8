/** The team dialog's tabs (hand out & merge, agreement, resolve). */
import { useT } from '../../i18n/i18n';
import { teamMessages } from './messages';
import './team.css';

export type TeamTab = 'handout' | 'agreement' | 'resolve';

export function TeamTabs({ tab, onTab }: { tab: TeamTab; onTab: (tab: TeamTab) => void }) {
  const t = useT(teamMessages);
  const label = { handout: t('tabHandout'), agreement: t('tabAgreement'), resolve: t('tabResolve') };
  return (
    <div className="team-tabs" role="tablist">
      {(['handout', 'agreement', 'resolve'] as const).map((k) => (
        <button
          key={k}
          role="tab"
          className="btn ghost"
          aria-selected={tab === k}
          onClick={() => onTab(k)}
          data-testid={`team-tab-${k}`}
        >
          {label[k]}
        </button>
      ))}
    </div>
  );
}
