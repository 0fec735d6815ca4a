// Undo/redo of the user's own recent edits, as a stack of inverse operations. Each step goes through the same
// versioned API as any edit, so undoing against a record someone else changed meanwhile meets the conflict
// dialog rather than overwriting it. Status updates are append-only: their "undo" is a new, visible correction.
import { useCallback, useMemo, useReducer, useRef } from 'react';

export interface UndoStep {
  /** What the step did, in Norwegian, e.g. "endring av tittel". */
  label: string;
  /** Return false when the step did not happen (refused or cancelled): it then stays where it was. */
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
}

const LIMIT = 50;

export function useUndoStack() {
  // Refs, not state: a keyboard shortcut pressed right after a step must see the stack as it is now.
  const done = useRef<UndoStep[]>([]);
  const undone = useRef<UndoStep[]>([]);
  const busy = useRef(false);
  const [, rerender] = useReducer((n: number) => n + 1, 0);

  const push = useCallback((step: UndoStep) => {
    done.current = [...done.current.slice(-(LIMIT - 1)), step];
    undone.current = [];
    rerender();
  }, []);

  const move = useCallback(
    async (from: typeof done, to: typeof done, run: (s: UndoStep) => Promise<boolean>): Promise<UndoStep | null> => {
      const step = from.current.at(-1);
      if (!step || busy.current) return null;
      busy.current = true;
      rerender();
      try {
        if (!(await run(step))) return null;
        from.current = from.current.slice(0, -1);
        to.current = [...to.current, step];
        return step;
      } finally {
        busy.current = false;
        rerender();
      }
    },
    [],
  );

  const undo = useCallback(() => move(done, undone, (s) => s.undo()), [move]);
  const redo = useCallback(() => move(undone, done, (s) => s.redo()), [move]);

  const canUndo = done.current.length > 0 && !busy.current;
  const canRedo = undone.current.length > 0 && !busy.current;
  const nextUndo = done.current.at(-1);
  const nextRedo = undone.current.at(-1);
  return useMemo(
    () => ({ push, undo, redo, canUndo, canRedo, nextUndo, nextRedo }),
    [push, undo, redo, canUndo, canRedo, nextUndo, nextRedo],
  );
}
