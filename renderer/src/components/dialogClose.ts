// The name of the X button in the top corner of every dialog that has one. Not «Lukk»: in «Lukke T2 2026?» a screen
// reader says «Lukk, knapp» first, which sounds like closing the period; nor «Avbryt», which a dialog's own
// «Avbryt» button already is. The X only closes the dialog, and says so.
export const DIALOG_CLOSE_LABEL = 'Lukk dialogen';
