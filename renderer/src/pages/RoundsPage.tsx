// «Innspill»: input rounds. The list of rounds and «Ny innspillsrunde»; a round's recipients (RoundDetail) and an
// answer's review (AnswerReviewView) are their own addresses: #/innspill/3 and #/innspill/svar/7.
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { formatDate, formatDateTime } from '../../../shared/format/nb.ts';
import { hrefFor, navigate } from '../app/router.ts';
import { QueryState } from '../components/QueryState.tsx';
import { NewRoundForm } from '../components/rounds/NewRoundForm.tsx';
import { RoundHelp } from '../components/rounds/RoundHelp.tsx';
import { useRounds } from '../hooks/useRounds.ts';
import { TableScroll } from '../components/TableScroll.tsx';
import '../styles/rounds.css';
import '../styles/ds/table.css';

export function RoundsPage() {
  const rounds = useRounds();
  return (
    <>
      <Heading level={1} data-size="lg">
        Innspill
      </Heading>
      <Paragraph>
        Departementene rapporterer på sine tiltak i et Excel-skjema. Hver endring i svarene gås gjennom før den kommer
        inn i porteføljen.
      </Paragraph>
      <RoundHelp />
      <QueryState query={rounds}>
        {(list) =>
          list.length === 0 ? (
            <Paragraph data-testid="rounds-empty">Ingen innspillsrunder ennå.</Paragraph>
          ) : (
            <TableScroll label="Innspillsrunder">
              <Table data-size="sm" className="rounds-table">
                <caption>Innspillsrunder</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>Periode</Table.HeaderCell>
                    <Table.HeaderCell>Frist</Table.HeaderCell>
                    <Table.HeaderCell>Mottakere</Table.HeaderCell>
                    <Table.HeaderCell>Godtatt</Table.HeaderCell>
                    <Table.HeaderCell>Til gjennomgang</Table.HeaderCell>
                    <Table.HeaderCell>For sent</Table.HeaderCell>
                    <Table.HeaderCell>Laget</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {list.map((r) => (
                    <Table.Row key={r.id}>
                      <Table.Cell>
                        <a href={hrefFor(`/innspill/${r.id}`)}>{`Innspill ${r.periodLabel}`}</a>
                      </Table.Cell>
                      <Table.Cell>{formatDate(r.deadline)}</Table.Cell>
                      <Table.Cell>{r.recipients.length}</Table.Cell>
                      <Table.Cell>{r.recipients.filter((x) => x.importedAt).length}</Table.Cell>
                      <Table.Cell>{r.inReview}</Table.Cell>
                      <Table.Cell>{r.late}</Table.Cell>
                      <Table.Cell>{`${formatDateTime(r.createdAt)} av ${r.createdBy}`}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          )
        }
      </QueryState>
      <NewRoundForm onCreated={(r) => navigate(`/innspill/${r.id}`)} />
    </>
  );
}
