// The form every organisation dialog is: title, intro, the core's refusal (at the top, and focus to the first field it
// names), its fields, and the submit and Avbryt buttons.
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, type FormEvent, type ReactNode } from 'react';
import { errorMessage, fieldErrors } from '../../api/client.ts';
import { useFirstFieldFocus } from '../dialogClose.ts';
import { focusFirst } from '../returnFocus.ts';

/** A field's id in the dialog: `org-` and its name in the operation's input (and in the core's field errors). */
export const fieldId = (name: string) => `org-${name}`;
const ERROR_ID = 'org-dialog-feil';

export function DialogForm({
  title,
  intro,
  refusal,
  fieldOrder = [],
  submitLabel,
  busy,
  danger,
  onSubmit,
  onClose,
  children,
}: {
  title: string;
  intro?: ReactNode;
  /** The core's refusal of the last attempt (null: none). */
  refusal: Error | null;
  /** The form's fields, in the order shown, by their names in the operation's input. */
  fieldOrder?: readonly string[];
  submitLabel: string;
  busy: boolean;
  danger?: boolean;
  onSubmit(): void;
  onClose(): void;
  children?: ReactNode;
}) {
  const error = topError(refusal);
  useFirstFieldFocus(fieldOrder[0] && fieldId(fieldOrder[0]));
  // A refusal sends focus to the first field it names, else to the message at the top (as ObligationDialog does):
  // the button keeps focus while saving (aria-disabled, not disabled), so the keyboard is never thrown to <body>.
  useEffect(() => {
    if (!refusal) return;
    const named = fieldErrors(refusal);
    const first = fieldOrder.find((f) => named[f]);
    focusFirst([first && fieldId(first), ERROR_ID]);
  }, [refusal]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate className="org-form">
      <Heading level={2} data-size="sm" id="org-dialog-title">
        {title}
      </Heading>
      {intro && <Paragraph data-size="sm">{intro}</Paragraph>}
      {error && (
        <Alert data-color="danger" data-size="sm" role="alert" id={ERROR_ID} tabIndex={-1}>
          {error}
        </Alert>
      )}
      {children}
      <div className="dialog-actions">
        {/* Not disabled while saving (aria-disabled): a disabled button loses focus, and the keyboard with it. */}
        <Button type="submit" data-color={danger ? 'danger' : undefined} aria-disabled={busy || undefined}>
          {busy ? 'Lagrer …' : submitLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}

/** The message above the form: only when no field says it already. */
function topError(err: unknown): string | null {
  if (!err) return null;
  return Object.keys(fieldErrors(err)).length > 0
    ? 'Rett opp feltene som er merket. Ingenting er lagret.'
    : errorMessage(err);
}
