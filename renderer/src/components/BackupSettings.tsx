// Innstillinger → Sikkerhetskopier: where the daily backups go, and a second folder of the user's choosing, so
// losing the folder the file lives in (a synced folder, a network share) does not take every backup with it.
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState, type FormEvent } from 'react';
import { formatDateTime } from '../../../shared/format/nb.ts';
import { fieldErrors } from '../api/client.ts';
import { useBackups, useSetSecondBackupDir } from '../hooks/useBackups.ts';
import { QueryState } from './QueryState.tsx';
import '../styles/recovery.css';
import '../styles/ds/validation-message.css';

const FIELD = 'felt-secondBackupDir';

export function BackupSettings() {
  const overview = useBackups();
  const save = useSetSecondBackupDir();
  const [path, setPath] = useState('');
  useEffect(() => setPath(overview.data?.secondDir ?? ''), [overview.data?.secondDir]);
  const error = fieldErrors(save.error).path ?? (save.error ? save.error.message : undefined);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    // Refused: focus on the field, where the reason is said (it is not announced at the button).
    save.mutate(path.trim() === '' ? null : path.trim(), { onError: () => document.getElementById(FIELD)?.focus() });
  };

  return (
    <section aria-labelledby="sikkerhetskopier" className="backup-settings">
      <Heading level={2} data-size="md" id="sikkerhetskopier">
        Sikkerhetskopier
      </Heading>
      <QueryState query={overview}>
        {(o) => (
          <>
            <Paragraph>
              Før den første endringen hver dag lages en sikkerhetskopi i <code>{o.dir}</code>
              {o.secondDir && (
                <>
                  {' '}
                  og i <code>{o.secondDir}</code>
                </>
              )}
              .{' '}
              {o.backups[0]
                ? `Den nyeste er fra ${formatDateTime(o.backups[0].createdAt)} (${o.backups.length} i alt).`
                : 'Det finnes ingen ennå.'}
            </Paragraph>
            <form onSubmit={submit} noValidate className="edit-form">
              <Textfield
                id={FIELD}
                label="Ekstra mappe for sikkerhetskopier"
                description={
                  'En mappe på lokal disk, utenfor OneDrive og nettverksstasjoner, så en tapt mappe ikke tar med seg ' +
                  'både filen og kopiene. Innstillingen gjelder for deg på denne maskinen, ikke i porteføljen.'
                }
                value={path}
                onChange={(e) => setPath(e.target.value)}
                error={error}
              />
              <div className="button-row">
                {/* aria-disabled while saving, not disabled: a disabled button loses focus, and the keyboard. */}
                <Button type="submit" aria-disabled={save.isPending || undefined}>
                  {save.isPending ? 'Lagrer …' : 'Lagre mappen'}
                </Button>
                {o.secondDir && (
                  <Button
                    type="button"
                    variant="tertiary"
                    onClick={() => {
                      if (save.isPending) return;
                      // This button goes once there is no second folder: focus goes to the folder's field.
                      document.getElementById(FIELD)?.focus();
                      save.mutate(null);
                    }}
                  >
                    Bruk ingen ekstra mappe
                  </Button>
                )}
              </div>
              {/* In the page before it says anything, so «Lagret» is read out where focus stays, on the button. */}
              <div role="status">
                {save.isSuccess && (
                  <Paragraph data-size="sm">
                    {save.data.secondDir
                      ? `Lagret. Sikkerhetskopiene lages nå også i ${save.data.secondDir}.`
                      : 'Lagret. Sikkerhetskopiene lages bare ved siden av filen.'}
                  </Paragraph>
                )}
              </div>
            </form>
          </>
        )}
      </QueryState>
    </section>
  );
}
