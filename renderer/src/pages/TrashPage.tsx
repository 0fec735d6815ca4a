// Papirkurven: soft-deleted measures, each restorable with its history and budget intact.
import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { TrashedMeasure } from '../../../shared/domain/types.ts';
import { formatDateTime } from '../../../shared/format/nb.ts';
import { errorMessage, send } from '../api/client.ts';
import { hrefFor } from '../app/router.ts';
import { useConflictGuard } from '../components/measure/ConflictDialog.tsx';
import { MeasureTitle } from '../components/PendingTitle.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { useTrash } from '../hooks/useMeasureDetail.ts';
import { usePlans } from '../hooks/usePortfolio.ts';
import { TableScroll } from '../components/TableScroll.tsx';
import '../styles/ds/table.css';

export function TrashPage() {
  const trash = useTrash();
  const plans = usePlans();
  const [restored, setRestored] = useState<{ id: number; number: string } | null>(null);
  const [alert, setAlert] = useState('');
  const { guard, dialog } = useConflictGuard(() => trash.refetch().then(() => undefined));
  const planTitle = (code: string) => plans.data?.find((p) => p.code === code)?.title ?? code;

  async function restore(m: TrashedMeasure) {
    setAlert('');
    try {
      const r = await guard((v) => send('measures:restore', { id: m.id, version: v }), m.version);
      if (r) {
        setRestored({ id: m.id, number: m.number });
        document.getElementById('papirkurv-status')?.focus();
      }
    } catch (err) {
      setAlert(errorMessage(err));
    }
  }

  return (
    <>
      <Heading level={1} data-size="lg">
        Papirkurv
      </Heading>
      <Paragraph>
        Slettede tiltak ligger her med historikk og budsjett. De vises ikke i lister, oversikter og rapporter før de er
        gjenopprettet.
      </Paragraph>
      <div role="status" aria-live="polite" id="papirkurv-status" tabIndex={-1} className="save-status">
        {restored && (
          <>
            Tiltak {restored.number} er gjenopprettet. <a href={hrefFor(`/tiltak/${restored.id}`)}>Åpne tiltaket</a>
          </>
        )}
      </div>
      {alert && (
        <Alert data-color="danger" role="alert">
          {alert}
        </Alert>
      )}
      <QueryState query={trash}>
        {(list) =>
          list.length === 0 ? (
            <Paragraph data-testid="trash-empty">Papirkurven er tom.</Paragraph>
          ) : (
            <TableScroll label="Slettede tiltak">
              <Table data-size="sm" zebra>
                <caption className="visually-hidden">Slettede tiltak</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>Plan</Table.HeaderCell>
                    <Table.HeaderCell>Nr.</Table.HeaderCell>
                    <Table.HeaderCell>Tiltak</Table.HeaderCell>
                    <Table.HeaderCell>Slettet</Table.HeaderCell>
                    <Table.HeaderCell>Slettet av</Table.HeaderCell>
                    <Table.HeaderCell>
                      <span className="visually-hidden">Handling</span>
                    </Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {list.map((m) => (
                    <Table.Row key={m.id} data-testid="trash-row">
                      <Table.Cell>{planTitle(m.planCode)}</Table.Cell>
                      <Table.Cell>{m.number}</Table.Cell>
                      <Table.Cell>
                        <a href={hrefFor(`/tiltak/${m.id}`)}>
                          <MeasureTitle title={m.title} pending={m.titlePending} />
                        </a>
                      </Table.Cell>
                      <Table.Cell>{formatDateTime(m.deletedAt)}</Table.Cell>
                      <Table.Cell>{m.deletedBy ?? 'Ukjent'}</Table.Cell>
                      <Table.Cell>
                        <Button data-size="sm" variant="secondary" onClick={() => void restore(m)}>
                          Gjenopprett<span className="visually-hidden"> tiltak {m.number}</span>
                        </Button>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          )
        }
      </QueryState>
      {dialog}
    </>
  );
}
