// What the last change (or its undo) did, announced to screen readers, and why one failed, shown as an alert.
import { Alert } from '@digdir/designsystemet-react';
import type { Announcer } from './useAnnouncer.ts';

export function Announcements({ say, testId }: { say: Announcer; testId?: string }) {
  return (
    <>
      <p role="status" aria-live="polite" className="save-status" data-testid={testId}>
        {say.announcement}
      </p>
      {say.alert && (
        <Alert data-color="danger" role="alert">
          {say.alert}
        </Alert>
      )}
    </>
  );
}
