/** The codebook panel wired to the codebook commands (each one undoable). */
import type { Code } from '../../../shared/model/project';
import {
  addCode,
  deleteCode,
  mergeCodes,
  moveCode,
  recolorCode,
  renameCode,
  reorderCode,
  setCodeDescription,
  setCodeShortcut,
  type CommandManager,
} from '../commands';
import { CodebookPanel } from '../features/codebook/codebook-panel';
import { useT } from '../i18n/i18n';
import { useProjectCounts } from '../storage/counts';
import { appMessages } from './messages';
import type { CommandRunner } from './use-commands';

export interface CodebookPaneProps {
  projectCodes: Code[];
  manager: CommandManager;
  run: CommandRunner;
  selectedId?: string | null;
  onSelect?: (id: string) => void;
}

export function CodebookPane({ projectCodes, manager, run, selectedId, onSelect }: CodebookPaneProps) {
  const t = useT(appMessages);
  const counts = useProjectCounts(manager.projectId);
  return (
    <section aria-label={t('codebook')} className="codebook-pane">
      <CodebookPanel
        codes={projectCodes}
        counts={counts.byCode}
        selectedId={selectedId}
        onSelect={(id) => onSelect?.(id)}
        onAdd={(parentId, name) => void run(addCode({ projectId: manager.projectId, parentId, name }))}
        onRename={(id, name) => void run(renameCode(id, name))}
        onRecolor={(id, color) => void run(recolorCode(id, color))}
        onSetDescription={(id, text) => void run(setCodeDescription(id, text))}
        onSetShortcut={(id, key) => void run(setCodeShortcut(id, key))}
        onMove={(id, parentId, index) => void run(moveCode(id, parentId, index))}
        onReorder={(id, index) => void run(reorderCode(id, index))}
        onMerge={(source, target) => void run(mergeCodes(source, target))}
        onDelete={(id) => void run(deleteCode(id))}
      />
    </section>
  );
}
