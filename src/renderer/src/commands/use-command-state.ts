/** React binding: re-renders when the manager's undo/redo state changes. */
import { useSyncExternalStore } from 'react';
import type { CommandManager, CommandState } from './manager';

const IDLE: CommandState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, busy: false };
const noop = (): (() => void) => () => undefined;

export function useCommandState(manager: CommandManager | null): CommandState {
  return useSyncExternalStore(manager?.subscribe ?? noop, manager?.getState ?? (() => IDLE));
}
