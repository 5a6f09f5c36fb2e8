/** The document's memo and custom variables, wired to the undoable memo and variable commands. */
import type { DocumentRecord } from '../../../shared/model/project';
import { addVariable, removeVariable, setMemo, setVariableValue } from '../commands';
import { DocumentNotes } from '../features/library/document-notes';
import { useMemos, useVariables } from '../storage/notes-hooks';
import type { CommandRunner } from './use-commands';

export function DocumentNotesPane(props: {
  projectId: string;
  document: DocumentRecord;
  coder: string;
  run: CommandRunner;
}) {
  // Refusals (a clashing name, a value of the wrong type) reach the app's message line through `run`.
  const { projectId, document: doc, coder, run } = props;
  const variables = useVariables(projectId);
  const memos = useMemos(projectId);
  if (!variables || !memos) return null;
  const memo = memos.find((m) => m.targetType === 'document' && m.targetId === doc.id)?.text ?? '';
  return (
    <DocumentNotes
      document={doc}
      variables={variables}
      memo={memo}
      onSaveMemo={(text) =>
        void run(setMemo({ projectId, targetType: 'document', targetId: doc.id, text, author: coder }))
      }
      onSetValue={(variableId, raw) => void run(setVariableValue({ docId: doc.id, variableId, raw }))}
      onAddVariable={(name, type) => void run(addVariable({ projectId, name, type }))}
      onRemoveVariable={(id) => void run(removeVariable(id))}
    />
  );
}
