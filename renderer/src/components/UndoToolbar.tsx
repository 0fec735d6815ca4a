// Angre / Gjør om for one scope (a measure, or the organisation registry), kept by the core per user: the
// buttons name what they would undo, Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) work outside text fields. An undo is a
// new, audited change, refused like a stale save when someone else changed the record since. A button used from the
// keyboard that has nothing more to undo (or redo) afterwards hands focus to its neighbour, never to <body>.
import { Button } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { UndoScope } from '../../../shared/api/history.contract.ts';
import { send } from '../api/client.ts';
import { useUndoState } from '../hooks/useMeasureDetail.ts';
import { focusFirst } from './returnFocus.ts';
import type { Announcer } from './useAnnouncer.ts';

function isTextTarget(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  if (!el) return false;
  if (el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit'].includes((el as HTMLInputElement).type);
}

export function UndoToolbar(props: { scope: UndoScope; say: Announcer; label?: string; children?: ReactNode }) {
  const { scope, say, label = 'Angre og slette', children } = props;
  const state = useUndoState(scope);
  const refetchState = state.refetch;
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  const redoButton = useRef<HTMLButtonElement>(null);
  const toolbar = useRef<HTMLDivElement>(null);
  /** The toolbar button that had focus as the last undo or redo began, until it is known whether it stays usable. */
  const usedButton = useRef<HTMLButtonElement | null>(null);

  const run = useCallback(
    async (kind: 'undo' | 'redo') => {
      if (busyRef.current) return;
      busyRef.current = true;
      const active = document.activeElement;
      usedButton.current = [undoButton.current, redoButton.current].find((b) => b !== null && b === active) ?? null;
      setBusy(true);
      try {
        const r = await send(kind === 'undo' ? 'history:undo' : 'history:redo', { scope });
        say.announce(kind === 'undo' ? `Angret ${r.label}` : `Gjort om: ${r.label}`);
        // What is left to undo and redo now, before the buttons are enabled again.
        await refetchState();
      } catch (err) {
        say.fail(err);
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    },
    [scope, say, refetchState],
  );

  // Once done: a button that has nothing more to do is disabled, and would leave focus on <body>. Focus goes to the
  // other button, else to the next control in the toolbar, else to the page's heading.
  useLayoutEffect(() => {
    const used = usedButton.current;
    if (busy || !used) return;
    usedButton.current = null;
    if (!used.disabled) return;
    const other = used === undoButton.current ? redoButton.current : undoButton.current;
    const rest = [...(toolbar.current?.querySelectorAll<HTMLElement>('button, a[href]') ?? [])].filter(
      (el) => el !== undoButton.current && el !== redoButton.current,
    );
    focusFirst([other, ...rest]);
  });

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (!(e.ctrlKey || e.metaKey) || isTextTarget(e.target)) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) {
        e.preventDefault();
        void run('undo');
      } else if ((k === 'z' && e.shiftKey) || k === 'y') {
        e.preventDefault();
        void run('redo');
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  const next = state.data;
  // While busy both are disabled, except the one that has focus (aria-disabled): a disabled button loses focus, and
  // the keyboard with it.
  const held = busy ? usedButton.current : null;
  return (
    <div className="toolbar" role="toolbar" aria-label={label} ref={toolbar}>
      <Button
        ref={undoButton}
        variant="secondary"
        data-size="sm"
        onClick={() => void run('undo')}
        disabled={busy ? held !== undoButton.current : !next?.undo}
        aria-disabled={(held !== null && held === undoButton.current) || undefined}
        aria-keyshortcuts="Control+Z"
        title="Ctrl+Z"
      >
        Angre{next?.undo ? <span className="visually-hidden"> {next.undo}</span> : null}
      </Button>
      <Button
        variant="secondary"
        data-size="sm"
        ref={redoButton}
        onClick={() => void run('redo')}
        disabled={busy ? held !== redoButton.current : !next?.redo}
        aria-disabled={(held !== null && held === redoButton.current) || undefined}
        aria-keyshortcuts="Control+Shift+Z"
        title="Ctrl+Shift+Z"
      >
        Gjør om{next?.redo ? <span className="visually-hidden"> {next.redo}</span> : null}
      </Button>
      <span className="muted toolbar__hint">Ctrl+Z angrer, Ctrl+Shift+Z gjør om (utenfor tekstfelt)</span>
      <span className="toolbar__spacer" />
      {children}
    </div>
  );
}
