// Undo/redo of the user's own recent edits, as a stack of inverse operations. Each step goes through the same
// versioned API as any edit, so undoing against a record someone else changed meanwhile meets the conflict
// dialog rather than overwriting it. Status updates are append-only: their "undo" is a new, visible correction.
import { useCallback, useState } from 'react';

export interface UndoStep {
  /** What the step did, in Norwegian, e.g. "endring av tittel". */
  label: string;
  /** Return false when the step did not happen (refused or cancelled): it then stays where it was. */
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
}

const LIMIT = 50;

export function useUndoStack() {
  const [done, setDone] = useState<UndoStep[]>([]);
  const [undone, setUndone] = useState<UndoStep[]>([]);
  const [busy, setBusy] = useState(false);

  const push = useCallback((step: UndoStep) => {
    setDone((d) => [...d.slice(-(LIMIT - 1)), step]);
    setUndone([]);
  }, []);

  const undo = useCallback(async (): Promise<UndoStep | null> => {
    const step = done.at(-1);
    if (!step || busy) return null;
    setBusy(true);
    try {
      if (!(await step.undo())) return null;
      setDone((d) => d.slice(0, -1));
      setUndone((u) => [...u, step]);
      return step;
    } finally {
      setBusy(false);
    }
  }, [done, busy]);

  const redo = useCallback(async (): Promise<UndoStep | null> => {
    const step = undone.at(-1);
    if (!step || busy) return null;
    setBusy(true);
    try {
      if (!(await step.redo())) return null;
      setUndone((u) => u.slice(0, -1));
      setDone((d) => [...d, step]);
      return step;
    } finally {
      setBusy(false);
    }
  }, [undone, busy]);

  return { push, undo, redo, canUndo: done.length > 0 && !busy, canRedo: undone.length > 0 && !busy, nextUndo: done.at(-1), nextRedo: undone.at(-1) };
}
