// The question asked before leaving a page with unsaved changes (router.ts holds the route meanwhile): staying is the
// safe choice, focused, and Esc stays too. Staying puts focus back where it was (the link or menu item used) once the
// dialog is gone: while it is open the page behind it is inert.
import { useEffect, useRef } from 'react';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { leaveAnyway, stay, useHeldRoute } from './router.ts';

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
  return (
    <ConfirmDialog
      text={open ? LEAVE_QUESTION : null}
      title="Endringer som ikke er lagret"
      confirmLabel="Forlat siden"
      cancelLabel="Bli på siden"
      testId="leave-dialog"
      onConfirm={leaveAnyway}
      onCancel={() => {
        returnTo.current = stay();
      }}
    />
  );
}
