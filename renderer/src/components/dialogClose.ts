import { useLayoutEffect } from 'react';

// Conventions of the app's dialogs. The name of the X button in the top corner of every dialog that has one. Not
// «Lukk»: in «Lukke T2 2026?» a screen reader says «Lukk, knapp» first, which sounds like closing the period; nor
// «Avbryt», which a dialog's own «Avbryt» button already is. The X only closes the dialog, and says so.
export const DIALOG_CLOSE_LABEL = 'Lukk dialogen';

/**
 * A form dialog opens with focus in its first field (`id`), not on its X: the browser's showModal() and the
 * Designsystemet dialog focus the element marked `autofocus`, and React's autoFocus prop sets no such attribute. Set
 * before the dialog opens (a layout effect of the form, which the dialog's own effect follows). The mark goes once the
 * field has lost focus: the dialog focuses [autofocus] again when its 300 ms opening animation ends, which took a user
 * who had already moved on (typed a date, pressed Enter and been sent to the field in error) back to the first field.
 */
export function useFirstFieldFocus(id: string | undefined): void {
  useLayoutEffect(() => {
    const field = id ? document.getElementById(id) : null;
    if (!field) return;
    field.setAttribute('autofocus', '');
    const left = () => field.removeAttribute('autofocus');
    field.addEventListener('blur', left, { once: true });
    return () => field.removeEventListener('blur', left);
  }, [id]);
}
