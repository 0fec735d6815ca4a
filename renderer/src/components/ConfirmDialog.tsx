// A question before saving something allowed but unusual (an unlikely status and assessment, a second budget line
// for the same year and kap./post) or before leaving unsaved changes: a modal Designsystemet dialog that says why,
// with the safe choice focused so Enter does not save by accident. Esc is the safe choice too. Once it has closed,
// focus goes back to what opened it (returnFocus.ts), never to <body>.
import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useReturnFocus, type FocusTarget } from './returnFocus.ts';
import '../styles/ds/dialog.css';

export interface ConfirmDialogProps {
  /** The dialog is open while this is set. */
  text: string | null;
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  testId?: string;
  /** Where focus goes after the safe choice instead of back to what opened the dialog (the field to change). */
  cancelFocus?: FocusTarget;
  /** Where focus goes when what opened the dialog is gone, hidden or disabled once it has closed. */
  returnFocus?: FocusTarget;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { text, title, confirmLabel, cancelLabel, testId, cancelFocus, returnFocus, onConfirm, onCancel } = props;
  const headingId = useId();
  const focusAfter = useReturnFocus(text !== null, returnFocus);
  if (text === null) return null;
  const cancel = () => {
    focusAfter(cancelFocus);
    onCancel();
  };
  return (
    <Dialog open modal closeButton={false} onClose={cancel} aria-labelledby={headingId} data-testid={testId}>
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={headingId}>
          {title}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <Paragraph>{text}</Paragraph>
        <div className="button-row">
          <Button variant="secondary" onClick={cancel} autoFocus>
            {cancelLabel}
          </Button>
          <Button variant="primary" onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
