// The question asked before leaving a page with unsaved changes, or before Arkiv replaces the open file (router.ts
// holds the route or the action meanwhile): staying is the safe choice, focused, and Esc stays too. Staying puts focus
// back where it was (the link or menu item used; the Arkiv button, its menu closed): ConfirmDialog does that.
import { lazy, Suspense } from 'react';
import { leaveAnyway, stay, useHeldLeave } from './router.ts';

// Loaded when the question is first asked: with it came Designsystemet's dialog stylesheet, which put the start
// page's stylesheets over their 60 KB budget (bench: «register first rows», startCssKb).
const ConfirmDialog = lazy(() => import('../components/ConfirmDialog.tsx').then((m) => ({ default: m.ConfirmDialog })));

export const LEAVE_QUESTION = 'Du har endringer som ikke er lagret. Forlate siden likevel?';

export function LeaveDialog() {
  const held = useHeldLeave();
  if (!held) return null;
  return (
    <Suspense fallback={null}>
      <ConfirmDialog
        text={LEAVE_QUESTION}
        title="Endringer som ikke er lagret"
        confirmLabel="Forlat siden"
        cancelLabel="Bli på siden"
        testId="leave-dialog"
        returnFocus={held.from}
        onConfirm={leaveAnyway}
        onCancel={stay}
      />
    </Suspense>
  );
}
