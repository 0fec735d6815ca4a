// "Endringer siden": every measure whose status, assessment or comment changed, old → new, who and when.
import { Table } from '@digdir/designsystemet-react';
import type { ChangeRow, MeasureState } from '../../../../shared/api/dashboard.contract.ts';
import { ASSESSMENT_SHORT, placeholderTitle, STATUS_LABELS } from '../../../../shared/domain/vocabulary.ts';
import { formatDate, formatDateTime } from '../../../../shared/format/nb.ts';
import { hrefFor } from '../../app/router.ts';
import { usePlanLookup } from '../../hooks/usePortfolio.ts';
import { MeasureTitle } from '../PendingTitle.tsx';
import { TableScroll } from '../TableScroll.tsx';
import '../../styles/ds/table.css';

function state(s: MeasureState): string {
  return `${STATUS_LABELS[s.status]}, ${ASSESSMENT_SHORT[s.assessment].toLowerCase()}`;
}

/**
 * The rows of «Endringer siden `since`». An update recorded after `since` but dated before it (a correction, a late
 * report) is listed because it was recorded since; its date alone read as earlier than the date asked for (QA), so it
 * says when it was recorded.
 */
export function ChangesList({ rows, since, links = true }: { rows: ChangeRow[]; since: string; links?: boolean }) {
  const plan = usePlanLookup();
  const measureName = (r: ChangeRow) => `${plan(r.planCode)?.shortName ?? r.planCode}, tiltak ${r.number}`;
  return (
    <TableScroll label="Endringer">
      <Table data-size="sm" className="changes-table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Tiltak</Table.HeaderCell>
            <Table.HeaderCell>Før</Table.HeaderCell>
            <Table.HeaderCell>Nå</Table.HeaderCell>
            <Table.HeaderCell>Hvem og når</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((r) => {
            const commentChanged = r.before.comment !== r.after.comment;
            return (
              <Table.Row key={r.measureId} data-item="">
                <Table.Cell>
                  {links ? (
                    <a href={hrefFor(`/tiltak/${r.measureId}`)}>{measureName(r)}</a>
                  ) : (
                    <strong>{measureName(r)}</strong>
                  )}
                  <div>
                    <MeasureTitle title={r.title} pending={r.title === placeholderTitle(r.number)} />
                  </div>
                </Table.Cell>
                <Table.Cell>
                  {state(r.before)}
                  {commentChanged && (
                    <div className="change-comment">
                      {r.before.comment ? `«${r.before.comment}»` : '(ingen kommentar)'}
                    </div>
                  )}
                </Table.Cell>
                <Table.Cell>
                  <strong>{state(r.after)}</strong>
                  {commentChanged && (
                    <div className="change-comment">
                      {r.after.comment ? `«${r.after.comment}»` : '(kommentaren er fjernet)'}
                    </div>
                  )}
                </Table.Cell>
                <Table.Cell>
                  {r.author}, {formatDate(r.effectiveDate)}
                  {r.effectiveDate < since && (
                    <div className="change-comment">datert tilbake, registrert {formatDateTime(r.recordedAt)}</div>
                  )}
                  {r.updates > 1 && <div className="change-comment">{r.updates} oppdateringer</div>}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
