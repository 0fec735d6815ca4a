// Perioder: the reporting periods since the earliest plan's start, closing one (with confirmation) and reopening one
// (with a reason), each period's history (closed, reopened with its reason, closed again), and a period's status
// «as reported» beside «as corrected».
import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  Heading,
  Paragraph,
  Radio,
  Fieldset,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PeriodEvent, PeriodInfo } from '../../../../shared/api/periods.contract.ts';
import { formatDate, formatDateTime } from '../../../../shared/format/nb.ts';
import { errorMessage, fieldErrors } from '../../api/client.ts';
import { useClosePeriod, useDocumentPreview, usePeriods, useReopenPeriod } from '../../hooks/usePeriods.ts';
import { usePersistentState } from '../../hooks/usePersistentState.ts';
import { Announcements } from '../Announcements.tsx';
import { QueryState } from '../QueryState.tsx';
import { useReturnFocus } from '../returnFocus.ts';
import { useAnnouncer } from '../useAnnouncer.ts';
import { DocPreview } from './DocPreview.tsx';
import { DocumentDownloads } from './DocumentDownloads.tsx';
import { TableScroll } from '../TableScroll.tsx';
import '../../styles/ds/dialog.css';
import '../../styles/ds/table.css';
import '../../styles/ds/validation-message.css';
import { DIALOG_CLOSE_LABEL } from '../dialogClose.ts';

const rowHeadingId = (key: string) => `periode-${key}`;

function stateText(p: PeriodInfo): string {
  const e = p.events[0];
  if (p.closed) return `Lukket ${formatDateTime(e.at)} av ${e.author}`;
  if (e) return `Gjenåpnet ${formatDateTime(e.at)} av ${e.author}: ${e.reason}`;
  return p.over ? 'Åpen' : `Pågår (kan lukkes etter ${formatDate(p.end)})`;
}

/** One line of a period's history: who closed or reopened it, when, and why. */
function eventText(e: PeriodEvent): string {
  const when = `${formatDateTime(e.at)} av ${e.author}`;
  return e.action === 'close'
    ? `Lukket ${when} (øyeblikksbilde av ${e.measureCount} tiltak)`
    : `Gjenåpnet ${when}: ${e.reason}`;
}

/** The period's closings and reopenings, oldest first: the log is append-only, so this is all that happened. */
function PeriodHistory({ period }: { period: PeriodInfo }) {
  return (
    <ol className="period-history__list">
      {period.events.toReversed().map((e) => (
        <li key={e.id}>{eventText(e)}</li>
      ))}
    </ol>
  );
}

type Action = { type: 'close' | 'reopen'; period: PeriodInfo } | null;

/** `done` true: the period was closed or reopened; false: the dialog was left without it. */
type Done = (done: boolean) => void;

function CloseForm({ period, onDone }: { period: PeriodInfo; onDone: Done }) {
  const close = useClosePeriod();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!close.isPending) close.mutate(period.key, { onSuccess: () => onDone(true) });
      }}
    >
      <Heading level={2} data-size="sm" id="periode-dialog-tittel">
        {`Lukke ${period.label}?`}
      </Heading>
      <Paragraph data-size="sm">
        {`Status for hvert tiltak per ${formatDate(period.end)} fryses som rapportert. En statusoppdatering som ` +
          'senere dateres i perioden, må begrunnes og merkes «korrigert etter lukking». Du kan gjenåpne perioden ' +
          'senere med en begrunnelse.'}
      </Paragraph>
      {close.isError && (
        <Alert data-color="danger" role="alert">
          {errorMessage(close.error)}
        </Alert>
      )}
      <div className="dialog-actions">
        {/* Not disabled while saving (aria-disabled): a disabled button loses focus, and the keyboard with it. */}
        <Button type="submit" aria-disabled={close.isPending || undefined}>
          {close.isPending ? 'Lukker …' : 'Lukk perioden'}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onDone(false)}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}

const REASON_ID = 'gjenapne-begrunnelse';

function ReopenForm({ period, onDone }: { period: PeriodInfo; onDone: Done }) {
  const reopen = useReopenPeriod();
  const [reason, setReason] = useState('');
  const errors = fieldErrors(reopen.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reopen.isPending) return;
    reopen.mutate(
      { period: period.key, reason },
      {
        onSuccess: () => onDone(true),
        // A refused reason puts focus on the field with its message, as the measure page does: typing goes there,
        // and a space no longer presses «Gjenåpne perioden» again.
        onError: (err) => {
          if (fieldErrors(err).reason) document.getElementById(REASON_ID)?.focus();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Heading level={2} data-size="sm" id="periode-dialog-tittel">
        {`Gjenåpne ${period.label}?`}
      </Heading>
      <Paragraph data-size="sm">Øyeblikksbildet fra lukkingen blir stående som rapportert.</Paragraph>
      <Textfield
        id={REASON_ID}
        label="Begrunnelse"
        multiline
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.reason}
      />
      {reopen.isError && !errors.reason && (
        <Alert data-color="danger" role="alert">
          {errorMessage(reopen.error)}
        </Alert>
      )}
      <div className="dialog-actions">
        <Button type="submit" aria-disabled={reopen.isPending || undefined}>
          {reopen.isPending ? 'Gjenåpner …' : 'Gjenåpne perioden'}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onDone(false)}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}

// Closed more than once: a measure corrected while the period was closed an earlier time is read against that closing,
// as in the report pack's «Korrigert etter lukking».
const EARLIER_CLOSING =
  ', eller fra en tidligere lukking for et tiltak som ble korrigert mens perioden var lukket da (kolonnen «Lukket»)';

function PeriodView({ period, onClose }: { period: PeriodInfo; onClose(): void }) {
  const [onlyDifferences, setOnly] = useState(true);
  const closedAgain = period.events.filter((e) => e.action === 'close').length > 1;
  const heading = useRef<HTMLHeadingElement>(null);
  // Shown above the list of periods: focus (and the screen) moves to it.
  useEffect(() => heading.current?.focus(), []);
  const request = { kind: 'period' as const, period: period.key, onlyDifferences };
  const preview = useDocumentPreview(request, true);
  return (
    <section aria-labelledby="periode-visning" className="period-view" data-testid="period-view">
      <Heading level={2} data-size="sm" id="periode-visning" tabIndex={-1} ref={heading}>
        {`${period.label}: som rapportert og som korrigert`}
      </Heading>
      <Button variant="tertiary" data-size="sm" onClick={onClose}>
        Lukk visningen
      </Button>
      <Paragraph data-size="sm">
        {period.events.length === 0
          ? 'Perioden er ikke lukket ennå: det finnes ikke noe øyeblikksbilde å sammenligne med.'
          : `Som rapportert er øyeblikksbildet fra siste lukking${closedAgain ? EARLIER_CLOSING : ''}; ` +
            'som korrigert er det som er registrert for perioden i dag.'}
      </Paragraph>
      {period.events.length > 0 && (
        <div className="period-view__history">
          <Heading level={3} data-size="2xs">
            Lukket og gjenåpnet
          </Heading>
          <PeriodHistory period={period} />
        </div>
      )}
      <Checkbox
        label="Vis bare tiltak der rapportert og korrigert er ulike"
        checked={onlyDifferences}
        onChange={(e) => setOnly(e.target.checked)}
      />
      <DocumentDownloads document={request} ready={!preview.isError} id="periode-last-ned" />
      {preview.isError && <Alert data-color="danger">{errorMessage(preview.error)}</Alert>}
      {preview.data && (
        <DocPreview doc={preview.data} label={`${period.label}: som rapportert og som korrigert`} omitTitle />
      )}
    </section>
  );
}

export function PeriodsPanel() {
  const periods = usePeriods();
  const [kind, setKind] = usePersistentState<'tertial' | 'year'>('perioder:type', 'tertial');
  const [shown, setShown] = useState<string | null>(null);
  const [action, setAction] = useState<Action>(null);
  const say = useAnnouncer();
  // Once the dialog has closed, focus goes back to the button that opened it; after closing or reopening, to the
  // period's row: its «Lukk …» or «Gjenåpne …» button is gone.
  const focusAfter = useReturnFocus(action !== null);
  const done = (a: NonNullable<Action>) => (changed: boolean) => {
    if (changed) {
      focusAfter(rowHeadingId(a.period.key));
      say.announce(`${a.period.label} er ${a.type === 'close' ? 'lukket' : 'gjenåpnet'}.`);
    }
    setAction(null);
  };
  return (
    <>
      <Paragraph>
        En periode som er lukket, er rapportert: status for hvert tiltak fryses som et øyeblikksbilde. Endringer datert
        i en lukket periode, eller datert før den uten en nyere status før periodens slutt, endrer det som ble
        rapportert. De må begrunnes og vises som «korrigert etter lukking».
      </Paragraph>
      <Fieldset className="period-kind">
        <Fieldset.Legend>Vis</Fieldset.Legend>
        <Radio label="Tertialer" name="periode-type" checked={kind === 'tertial'} onChange={() => setKind('tertial')} />
        <Radio label="År" name="periode-type" checked={kind === 'year'} onChange={() => setKind('year')} />
      </Fieldset>
      <QueryState query={periods}>
        {(list) => {
          const rows = kind === 'year' ? list.years : list.tertials;
          const view = [...list.years, ...list.tertials].find((p) => p.key === shown);
          return (
            <>
              {view && <PeriodView key={view.key} period={view} onClose={() => setShown(null)} />}
              <TableScroll className="doc-table-wrap" label="Rapporteringsperioder">
                <Table data-size="sm" border className="period-table" data-testid="period-table">
                  <caption className="visually-hidden">Rapporteringsperioder</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>Periode</Table.HeaderCell>
                      <Table.HeaderCell>Tidsrom</Table.HeaderCell>
                      <Table.HeaderCell>Status</Table.HeaderCell>
                      <Table.HeaderCell>Handlinger</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {rows.map((p) => (
                      <Table.Row key={p.key} data-period={p.key}>
                        <Table.HeaderCell
                          scope="row"
                          id={rowHeadingId(p.key)}
                          tabIndex={-1}
                          className="period-row-heading"
                        >
                          {p.label}
                        </Table.HeaderCell>
                        <Table.Cell>{`${formatDate(p.start)}–${formatDate(p.end)}`}</Table.Cell>
                        <Table.Cell>
                          <span data-testid="period-state">{stateText(p)}</span>
                          {p.events.length > 1 && (
                            <details className="period-history">
                              <summary>{`Historikk for ${p.label} (${p.events.length} hendelser)`}</summary>
                              <PeriodHistory period={p} />
                            </details>
                          )}
                        </Table.Cell>
                        <Table.Cell className="period-actions">
                          {p.over && !p.closed && (
                            <Button
                              data-size="sm"
                              variant="secondary"
                              onClick={() => setAction({ type: 'close', period: p })}
                            >
                              {`Lukk ${p.label} …`}
                            </Button>
                          )}
                          {p.closed && (
                            <Button
                              data-size="sm"
                              variant="secondary"
                              onClick={() => setAction({ type: 'reopen', period: p })}
                            >
                              {`Gjenåpne ${p.label} …`}
                            </Button>
                          )}
                          <Button
                            data-size="sm"
                            variant="tertiary"
                            onClick={() => setShown(p.key)}
                            aria-pressed={shown === p.key}
                          >
                            {`Vis ${p.label}`}
                          </Button>
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </TableScroll>
            </>
          );
        }}
      </QueryState>
      <Announcements say={say} testId="period-announcement" />
      <Dialog
        open={action !== null}
        onClose={() => setAction(null)}
        closedby="any"
        closeButton={DIALOG_CLOSE_LABEL}
        aria-labelledby="periode-dialog-tittel"
      >
        {action?.type === 'close' && <CloseForm key={action.period.key} period={action.period} onDone={done(action)} />}
        {action?.type === 'reopen' && (
          <ReopenForm key={action.period.key} period={action.period} onDone={done(action)} />
        )}
      </Dialog>
    </>
  );
}
