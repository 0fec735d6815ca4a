// The application frame: skip link, header with the open file, the example-data banner, navigation; the page
// inside an error boundary; a file that cannot be opened replaced by what is wrong and its newest good backup.
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { EXAMPLE_DATA_LABEL } from '../../../shared/domain/vocabulary.ts';
import { ApiCallError, errorMessage, send } from '../api/client.ts';
import { ArkivMenu } from '../components/ArkivMenu.tsx';
import { focusFirst, useFocusWhenGone } from '../components/returnFocus.ts';
import { usePortfolioInfo } from '../hooks/usePortfolio.ts';
import { DamagedFile, offeredBackups } from './DamagedFile.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { useFocusHeadingOnNavigate } from './focusOnNavigate.ts';
import { LeaveDialog } from './LeaveDialog.tsx';
import { hrefFor } from './router.ts';

export const NAV_ITEMS = [
  { path: '/oversikt', label: 'Oversikt' },
  { path: '/tiltak', label: 'Tiltak' },
  { path: '/forpliktelser', label: 'Forpliktelser' },
  { path: '/rapporter', label: 'Rapporter' },
  { path: '/innspill', label: 'Innspill' },
  { path: '/innstillinger', label: 'Innstillinger' },
  { path: '/hjelp', label: 'Hjelp' },
] as const;

/** `page` identifies the page shown (its path): a new page clears a failure of the previous one. It comes from the
 * same render as `children`, so the two always change together. */
export function Shell({ current, page = current, children }: { current: string; page?: string; children: ReactNode }) {
  const info = usePortfolioInfo();
  const damagedError = info.error instanceof ApiCallError ? info.error.error : undefined;
  const backups = offeredBackups(damagedError);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const takeOver = useMutation({ mutationFn: () => send('portfolio:takeOver') });
  const backupWarning = info.data?.backupWarning ?? null;
  useFocusHeadingOnNavigate(page, 'hovedinnhold');
  // «Ta over skrivetilgangen» and the warning's «Lukk» go with their note: focus goes to the page's heading.
  const whenGone = useFocusWhenGone();
  return (
    <>
      <a
        className="skip-link"
        href="#hovedinnhold"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('hovedinnhold')?.focus();
        }}
      >
        Hopp til hovedinnhold
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <span className="app-header__name">Tiltaksporteføljen</span>
          <ArkivMenu />
          {info.data && (
            <Paragraph data-size="sm" className="app-header__file">
              Fil: {info.data.fileName}
              {info.data.readOnly && ' (skrivebeskyttet)'}
            </Paragraph>
          )}
        </div>
        <nav aria-label="Hovedmeny" className="app-nav">
          <ul>
            {NAV_ITEMS.map((item) => (
              <li key={item.path}>
                <a href={hrefFor(item.path)} aria-current={current === item.path ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {/* Notes about the open file (example data, read-only, a failed backup) belong to a landmark of their own. */}
      {(info.data?.dataset === 'example' || info.data?.readOnly || (backupWarning && backupWarning !== dismissed)) && (
        <section aria-label="Om filen" className="file-notes">
          {info.data?.dataset === 'example' && (
            <Alert data-color="warning" className="example-banner" role="note">
              {EXAMPLE_DATA_LABEL}
            </Alert>
          )}
          {info.data?.readOnly && (
            <Alert data-color="info" className="example-banner" role="note">
              {info.data.readOnlyReason ?? 'Filen er åpnet skrivebeskyttet.'}
              {!info.data.canTakeOver && ' Endringer kan ikke lagres.'}{' '}
              {info.data.canTakeOver && (
                <Button
                  data-size="sm"
                  aria-disabled={takeOver.isPending || undefined}
                  onClick={() => {
                    if (takeOver.isPending) return;
                    whenGone([]);
                    takeOver.mutate();
                  }}
                >
                  Ta over skrivetilgangen
                </Button>
              )}
              {takeOver.data?.readOnly && <Paragraph data-size="sm">{takeOver.data.message}</Paragraph>}
              {takeOver.isError && <Paragraph data-size="sm">{errorMessage(takeOver.error)}</Paragraph>}
            </Alert>
          )}
          {backupWarning && backupWarning !== dismissed && (
            <Alert data-color="warning" className="example-banner" role="status">
              {backupWarning}{' '}
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() => {
                  setDismissed(backupWarning);
                  focusFirst([]);
                }}
              >
                Lukk
              </Button>
            </Alert>
          )}
        </section>
      )}
      <main id="hovedinnhold" tabIndex={-1} className="app-main">
        {damagedError && backups ? (
          <DamagedFile error={damagedError} backups={backups} />
        ) : (
          <ErrorBoundary resetKey={page}>{children}</ErrorBoundary>
        )}
      </main>
      <LeaveDialog />
    </>
  );
}
