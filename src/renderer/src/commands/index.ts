/** The command layer: every change to a user's work goes through one of these. */
export { CommandManager, type CommandState, type ManagerOptions } from './manager';
export { planned, type Plan, type TablePlan } from './planned';
export { useCommandState } from './use-command-state';
export { commandManagerFor, dropCommandManager } from './registry';
export {
  CommandError,
  defaultContext,
  type Command,
  type CommandContext,
  type CommandResult,
  type Label,
} from './types';
export { applyCode, changeAnnotationCode, editMemo, removeAnnotation, type ApplyCodeArgs } from './annotation-commands';
export { acceptSuggestions, rejectSuggestions } from './suggestion-commands';
export {
  addCode,
  moveCode,
  recolorCode,
  renameCode,
  reorderCode,
  setCodeDescription,
  setCodeShortcut,
  type AddCodeArgs,
} from './codebook-commands';
export { deleteCode, mergeCodes } from './code-merge-delete';
export { deleteDocuments, updateDocumentMeta } from './document-commands';
export { replaceDocumentText } from './reencode-command';
export { setMemo } from './memo-commands';
export { autocode, type AutocodeArgs, type AutocodeSegment } from './autocode-command';
export { clearPlanDecision, decidePlan, type DecidePlanArgs } from './plan-link-commands';
export { addVariable, removeVariable, setVariableValue } from './variable-commands';
export { mergeCoderFile, resolveDisagreement } from './team-commands';
