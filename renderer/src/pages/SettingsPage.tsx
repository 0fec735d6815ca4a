// Innstillinger: the open file, its backups and the organisation registry.
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { BackupSettings } from '../components/BackupSettings.tsx';
import { OrganisationRegistry } from '../components/organisations/OrganisationRegistry.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { usePortfolioInfo } from '../hooks/usePortfolio.ts';

export function SettingsPage() {
  const info = usePortfolioInfo();
  return (
    <>
      <Heading level={1} data-size="lg">
        Innstillinger
      </Heading>
      <QueryState query={info}>
        {(i) => (
          <Paragraph>
            Porteføljefil: <code>{i.path}</code> (skjemaversjon {i.schemaVersion})
          </Paragraph>
        )}
      </QueryState>
      <BackupSettings />
      <OrganisationRegistry />
    </>
  );
}
