// A question before saving something allowed but unusual (an unlikely status and assessment, a second budget line
// for the same year and kap./post): a modal Designsystemet dialog that says why, with the safe choice focused so
// Enter does not save by accident. Esc is the safe choice too.
import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';

export interface ConfirmDialogProps {
  /** The dialog is open while this is set. */
  text: string | null;
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  testId?: string;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { text, title, confirmLabel, cancelLabel, testId, onConfirm, onCancel } = props;
  const headingId = useId();
  if (text === null) return null;
  return (
    <Dialog open modal closeButton={false} onClose={onCancel} aria-labelledby={headingId} data-testid={testId}>
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={headingId}>
          {title}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <Paragraph>{text}</Paragraph>
        <div className="button-row">
          <Button variant="secondary" onClick={onCancel} autoFocus>
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
