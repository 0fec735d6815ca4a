// A stale save was refused: show what changed since, and by whom, and let the user choose explicitly.
// "Behold mine endringer og lagre likevel" re-applies the user's changes on the version they have now seen.
import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { ConflictDetails, Plan } from '../../../../shared/domain/types.ts';
import { formatDateTime } from '../../../../shared/format/nb.ts';
import { ApiCallError } from '../../api/client.ts';
import { describeChange, shown, withoutTitleFlags } from './labels.ts';
import '../../styles/ds/dialog.css';
import '../../styles/measure.css';

interface Pending {
  message: string;
  details: ConflictDetails;
  choose(keepMine: boolean): void;
}

/** `plan` names the part in the plan's own word («Endret hoveddel»). */
export function ConflictDialog({ pending, plan }: { pending: Pending | null; plan?: Plan }) {
  if (!pending) return null;
  return (
    <Dialog
      open
      modal
      closeButton={false}
      onClose={() => pending.choose(false)}
      aria-labelledby="konflikt-tittel"
      data-testid="conflict-dialog"
    >
      <Dialog.Block>
        <Heading level={2} data-size="sm" id="konflikt-tittel">
          Noen andre har endret tiltaket
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <Paragraph>{pending.message}</Paragraph>
        {pending.details.changes.length > 0 && (
          <ul className="conflict-changes">
            {withoutTitleFlags(pending.details.changes).map((c) => (
              <li key={c.id}>
                <strong>{describeChange(c, plan)}</strong>
                {c.action === 'update' && (
                  <>
                    : «{shown(c.oldValue, c.field)}» → «{shown(c.newValue, c.field)}»
                  </>
                )}
                <br />
                <span className="muted">
                  av {c.author}, {formatDateTime(c.at)}
                </span>
              </li>
            ))}
          </ul>
        )}
        <div className="button-row">
          <Button variant="primary" onClick={() => pending.choose(false)} autoFocus>
            Last inn på nytt
          </Button>
          <Button variant="secondary" onClick={() => pending.choose(true)}>
            Behold mine endringer og lagre likevel
          </Button>
        </div>
        <Paragraph data-size="sm" className="muted">
          «Last inn på nytt» viser tiltaket slik det er lagret nå; endringene dine forkastes. «Behold mine endringer»
          lagrer endringene dine oppå den nye versjonen.
        </Paragraph>
      </Dialog.Block>
    </Dialog>
  );
}

/**
 * Runs a versioned write; on a conflict, asks the user. Resolves to the result, or null when the user chose
 * to reload (then `onReload` runs). Other errors are thrown to the caller.
 */
export function useConflictGuard(
  onReload: () => Promise<void> | void,
  plan?: Plan,
): {
  guard: <T>(attempt: (version: number) => Promise<T>, version: number) => Promise<T | null>;
  dialog: ReactNode;
} {
  const [pending, setPending] = useState<Pending | null>(null);
  const reload = useRef(onReload);
  reload.current = onReload;

  const guard = useCallback(
    async <T,>(attempt: (version: number) => Promise<T>, version: number): Promise<T | null> => {
      let v = version;
      for (;;) {
        try {
          return await attempt(v);
        } catch (err) {
          if (!(err instanceof ApiCallError) || err.error.code !== 'conflict' || !err.error.details) throw err;
          const details = err.error.details as ConflictDetails;
          const keep = await new Promise<boolean>((choose) =>
            setPending({
              message: err.error.message,
              details,
              choose: (k) => {
                setPending(null);
                choose(k);
              },
            }),
          );
          if (!keep) {
            await reload.current();
            return null;
          }
          v = details.currentVersion;
        }
      }
    },
    [],
  );

  return { guard, dialog: <ConflictDialog pending={pending} plan={plan} /> };
}
