// Innstillinger: the open file and the organisation registry.
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { send } from '../api/client.ts';
import { QueryState } from '../components/QueryState.tsx';
import { keys, usePortfolioInfo } from '../hooks/usePortfolio.ts';

export function SettingsPage() {
  const info = usePortfolioInfo();
  const orgs = useQuery({ queryKey: keys.organisations, queryFn: () => send('organisations:list') });
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
      <Heading level={2} data-size="md">
        Organisasjoner
      </Heading>
      <QueryState query={orgs}>
        {(list) => (
          <Table zebra data-size="sm">
            <caption className="visually-hidden">Departementer og etater</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>Forkortelse</Table.HeaderCell>
                <Table.HeaderCell>Navn</Table.HeaderCell>
                <Table.HeaderCell>Type</Table.HeaderCell>
                <Table.HeaderCell>Under</Table.HeaderCell>
                <Table.HeaderCell>Gyldig</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {list.map((o) => (
                <Table.Row key={o.id}>
                  <Table.Cell>{o.abbrev}</Table.Cell>
                  <Table.Cell>{o.name}</Table.Cell>
                  <Table.Cell>{o.kind}</Table.Cell>
                  <Table.Cell>{o.parentAbbrev ?? ''}</Table.Cell>
                  <Table.Cell>
                    {o.validFrom || o.validTo ? `${o.validFrom ?? ''}–${o.validTo ?? ''}` : ''}
                    {o.renamedToAbbrev ? ` (nå ${o.renamedToAbbrev})` : ''}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </QueryState>
    </>
  );
}
