// Innstillinger: the open file and the organisation registry.
import { Heading, Paragraph } from '@digdir/designsystemet-react';
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
      <OrganisationRegistry />
    </>
  );
}
