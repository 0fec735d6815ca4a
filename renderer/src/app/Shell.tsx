// The application frame: skip link, header with the open file, the example-data banner, navigation.
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { EXAMPLE_DATA_LABEL } from '../../../shared/domain/vocabulary.ts';
import { ArkivMenu } from '../components/ArkivMenu.tsx';
import { usePortfolioInfo } from '../hooks/usePortfolio.ts';
import { hrefFor } from './router.ts';

export const NAV_ITEMS = [
  { path: '/oversikt', label: 'Oversikt' },
  { path: '/tiltak', label: 'Tiltak' },
  { path: '/rapporter', label: 'Rapporter' },
  { path: '/innstillinger', label: 'Innstillinger' },
] as const;

export function Shell({ current, children }: { current: string; children: ReactNode }) {
  const info = usePortfolioInfo();
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
      {info.data?.dataset === 'example' && (
        <Alert data-color="warning" className="example-banner" role="note">
          {EXAMPLE_DATA_LABEL}
        </Alert>
      )}
      {info.data?.readOnly && (
        <Alert data-color="info" className="example-banner" role="note">
          {info.data.readOnlyReason ?? 'Filen er åpnet skrivebeskyttet.'} Endringer kan ikke lagres.
        </Alert>
      )}
      <main id="hovedinnhold" tabIndex={-1} className="app-main">
        {children}
      </main>
    </>
  );
}
