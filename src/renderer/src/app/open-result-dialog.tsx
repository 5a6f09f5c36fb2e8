/** What opening a project file did: which project, what it holds, and what could not be brought in. */
import { Dialog } from '../ui/dialog';
import { useLang, useT } from '../i18n/i18n';
import { appMessages } from './messages';
import type { OpenedProject } from './open-project-file';
import { skippedLine } from './skipped-messages';

export function OpenResultDialog({ opened, onClose }: { opened: OpenedProject; onClose: () => void }) {
  const t = useT(appMessages);
  const { lang } = useLang();
  const lead = opened.copy
    ? t('openedCopy', { name: opened.name })
    : opened.kind === 'backup'
      ? t('openedBackup', { name: opened.name })
      : opened.kind === 'qdpx'
        ? t('openedQdpx', { name: opened.name })
        : t('openedQdc', { name: opened.name });
  return (
    <Dialog
      title={t('openedTitle')}
      onClose={onClose}
      testId="open-result"
      actions={
        <button type="button" className="fz-button fz-button-primary" onClick={onClose}>
          {t('close')}
        </button>
      }
    >
      <p>{lead}</p>
      <p data-testid="open-result-counts">{t('openedCounts', opened.counts)}</p>
      {opened.skipped.length > 0 && (
        <section>
          <h3>{t('openedSkipped')}</h3>
          <ul data-testid="open-result-skipped">
            {opened.skipped.map((s, i) => (
              <li key={i}>{skippedLine(s, lang)}</li>
            ))}
          </ul>
        </section>
      )}
    </Dialog>
  );
}
