// A file that cannot be opened (damaged, empty, incomplete): what is wrong, and its newest good backup to restore.
// The desktop app asks in its own dialog; the browser preview shows this page instead of an empty register.
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import type { BackupListing } from '../../../shared/api/backups.contract.ts';
import type { ApiError } from '../../../shared/api/errors.ts';
import { formatDateTime } from '../../../shared/format/nb.ts';
import { errorMessage, send } from '../api/client.ts';
import { reloadFocusingHeading } from './focusOnNavigate.ts';
import '../styles/recovery.css';

/** The backups a damaged-file refusal offers, newest first; none when the error is not about damage. */
export function offeredBackups(error: ApiError | undefined): BackupListing[] | null {
  const details = error?.details as { damaged?: boolean; backups?: BackupListing[] } | undefined;
  if (!details?.damaged) return null;
  return (details.backups ?? []).filter((b) => b.reason !== 'skadet');
}

export function DamagedFile({ error, backups }: { error: ApiError; backups: BackupListing[] }) {
  const restore = useMutation({
    mutationFn: (fileName: string) => send('backups:restore', { fileName }),
    // The file is whole again: start the page afresh on it, focus on its heading.
    onSuccess: () => reloadFocusingHeading(),
  });
  const newest = backups[0];
  return (
    <section aria-labelledby="skadet-fil" className="damaged-file">
      <Heading level={1} data-size="lg" id="skadet-fil">
        Filen kan ikke åpnes
      </Heading>
      <Alert data-color="danger">{error.message}</Alert>
      {newest ? (
        <>
          <Paragraph>
            Den nyeste gode sikkerhetskopien er fra {formatDateTime(newest.createdAt)}. Filen slik den er nå, tas vare
            på før den erstattes.
          </Paragraph>
          {/* aria-disabled while restoring, not disabled: a disabled button loses focus, and a refusal its place. */}
          <Button
            aria-disabled={restore.isPending || undefined}
            onClick={() => !restore.isPending && restore.mutate(newest.fileName)}
          >
            {restore.isPending
              ? 'Gjenoppretter …'
              : `Gjenopprett sikkerhetskopien fra ${formatDateTime(newest.createdAt)}`}
          </Button>
        </>
      ) : (
        <Paragraph>Lag en ny portefølje, eller åpne en annen fil.</Paragraph>
      )}
      {restore.isError && (
        <Alert data-color="danger" role="alert">
          {errorMessage(restore.error)}
        </Alert>
      )}
    </section>
  );
}
