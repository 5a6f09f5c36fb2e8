/**
 * Running commands from the UI: the project's CommandManager (one per project, from
 * the registry, so its undo history is there after switching projects and back),
 * the global undo/redo keys, and failures shown to the user.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { commandManagerFor, type Command, type CommandResult } from '../commands';
import type { FazhiDb } from '../storage/db';
import { useT } from '../i18n/i18n';
import { storageMessages } from './storage-messages';

export type CommandRunner = (command: Command) => Promise<CommandResult>;

function isTextInput(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable
    ? target.getAttribute('contenteditable') !== 'false' && !target.closest('[data-testid="viewer"]')
    : ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useCommands(db: FazhiDb, projectId: string | null) {
  const manager = useMemo(() => (projectId ? commandManagerFor(db, projectId) : null), [db, projectId]);
  const [error, setShownError] = useState<string | null>(null);
  const ts = useT(storageMessages);
  // Storage failures are explained in the UI language with what to do; other failures keep their message.
  const setError = useCallback(
    (e: { code: string; message: string } | null) =>
      setShownError(
        e === null
          ? null
          : e.code === 'storage-closed' || e.code === 'storage-full' || e.code === 'storage-unavailable'
            ? ts(e.code)
            : e.message,
      ),
    [ts],
  );

  const run = useCallback<CommandRunner>(
    async (command) => {
      if (!manager) return { ok: false, error: { code: 'failed', message: 'No project is open.' } };
      const result = await manager.execute(command);
      if (!result.ok) setError(result.error);
      return result;
    },
    [manager, setError],
  );

  const undo = useCallback(async () => {
    const r = await manager?.undo();
    if (r && !r.ok && r.error.code !== 'empty') setError(r.error);
  }, [manager, setError]);
  const redo = useCallback(async () => {
    const r = await manager?.redo();
    if (r && !r.ok && r.error.code !== 'empty') setError(r.error);
  }, [manager, setError]);

  // Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z and Ctrl+Y redo, except while typing in a field
  // (where the field's own undo applies).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (!mod || e.altKey || isTextInput(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        void undo();
      } else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) {
        e.preventDefault();
        void redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return { manager, run, undo, redo, error, clearError: () => setError(null) };
}
