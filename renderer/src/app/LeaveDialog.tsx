// The question asked before leaving a page with unsaved changes (router.ts holds the route meanwhile): staying is the
// safe choice, focused, and Esc stays too. Staying puts focus back where it was (the link or menu item used) once the
// dialog is gone: while it is open the page behind it is inert.
import { lazy, Suspense, useEffect, useRef } from 'react';
import { leaveAnyway, stay, useHeldRoute } from './router.ts';

// Loaded when the question is first asked: with it came Designsystemet's dialog stylesheet, which put the start
// page's stylesheets over their 60 KB budget (bench: «register first rows», startCssKb).
const ConfirmDialog = lazy(() => import('../components/ConfirmDialog.tsx').then((m) => ({ default: m.ConfirmDialog })));

export const LEAVE_QUESTION = 'Du har endringer som ikke er lagret. Forlate siden likevel?';

export function LeaveDialog() {
  const held = useHeldRoute();
  const open = held !== null;
  const returnTo = useRef<Element | null>(null);
  useEffect(() => {
    if (open || !returnTo.current) return;
    if (returnTo.current instanceof HTMLElement && returnTo.current.isConnected) returnTo.current.focus();
    returnTo.current = null;
  }, [open]);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <ConfirmDialog
        text={LEAVE_QUESTION}
        title="Endringer som ikke er lagret"
        confirmLabel="Forlat siden"
        cancelLabel="Bli på siden"
        testId="leave-dialog"
        onConfirm={leaveAnyway}
        onCancel={() => {
          returnTo.current = stay();
        }}
      />
    </Suspense>
  );
}
