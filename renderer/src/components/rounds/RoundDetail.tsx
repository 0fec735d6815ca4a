// One input round: its recipients (forms made, sent, answers read and their review, accepted, late), the forms to
// download (one, or all as a ZIP), and «Les inn svar»: a file chosen or dropped is sent to the core, which identifies
// it by its content and opens its review, or says in one sentence, at the field, why it was refused.
import {
  Alert,
  Button,
  Checkbox,
  Heading,
  Label,
  Link,
  Paragraph,
  Table,
  Tag,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useRef, useState, type DragEvent } from 'react';
import type { RoundInfo, RoundRecipient } from '../../../../shared/api/rounds.contract.ts';
import { formatDate, formatDateTime } from '../../../../shared/format/nb.ts';
import { errorMessage } from '../../api/client.ts';
import { hrefFor, navigate } from '../../app/router.ts';
import { useForms, useMarkSent, useReadAnswer, useRound } from '../../hooks/useRounds.ts';
import { QueryState } from '../QueryState.tsx';
import { RoundHelp } from './RoundHelp.tsx';
import { TableScroll } from '../TableScroll.tsx';
import '../../styles/ds/table.css';
import '../../styles/rounds.css';
import '../../styles/ds/validation-message.css';

const ANSWER_STATE = { review: 'Til gjennomgang', accepted: 'Godtatt', rejected: 'Avvist', superseded: 'Erstattet' };

function recipientState(r: RoundRecipient): {
  text: string;
  color: 'success' | 'warning' | 'danger' | 'neutral' | 'info';
} {
  if (r.importedAt) return { text: `Godtatt ${formatDate(r.importedAt)}`, color: 'success' };
  if (r.answers.some((a) => a.state === 'review')) return { text: 'Svar til gjennomgang', color: 'info' };
  if (r.returnedAt) return { text: `Svar lest inn ${formatDate(r.returnedAt)}`, color: 'neutral' };
  if (r.late) return { text: 'For sent: ikke svart', color: 'danger' };
  if (r.sentAt) return { text: `Sendt ${formatDate(r.sentAt)}`, color: 'neutral' };
  return { text: r.formsAt ? 'Skjema laget' : 'Skjema ikke laget', color: 'warning' };
}

function ReadAnswer({ round }: { round: RoundInfo }) {
  const read = useReadAnswer();
  const input = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState('');
  const [over, setOver] = useState(false);
  const take = (file: File | undefined) => {
    if (!file || read.isPending) return;
    setNotice('');
    read.mutate(
      { roundId: round.id, file },
      {
        onSuccess: (r) => {
          if (r.alreadyRead)
            setNotice(
              `«${file.name}» er samme fil som ble lest inn ${formatDateTime(r.review.answer.readAt)}; ` +
                'ingenting er endret.',
            );
          else navigate(`/innspill/svar/${r.review.answer.id}`);
        },
        onSettled: () => {
          if (input.current) input.current.value = '';
        },
      },
    );
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer.files[0]);
  };
  return (
    <section aria-labelledby="les-inn" className="round-read">
      <Heading level={2} data-size="sm" id="les-inn">
        Les inn svar
      </Heading>
      <div
        className={`round-drop${over ? ' round-drop--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <Label htmlFor="svarfil">Velg svarfilen (.xlsx), eller slipp den her</Label>
        <Paragraph data-size="sm" id="svarfil-hjelp">
          Filen kjennes igjen på innholdet. Ingenting lagres i porteføljen før du har gått gjennom svaret.
        </Paragraph>
        <label htmlFor="svarfil" className="round-drop__button" aria-hidden="true">
          {read.isPending ? 'Leser filen …' : 'Velg fil …'}
        </label>
        {/* aria-disabled while the file is read, not disabled: a disabled input loses focus, and the keyboard its
            place; a refusal is then said at the input that still has focus. */}
        <input
          ref={input}
          id="svarfil"
          className="visually-hidden"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`svarfil-hjelp${read.isError ? ' svarfil-feil' : ''}`}
          aria-invalid={read.isError || undefined}
          aria-disabled={read.isPending || undefined}
          onClick={(e) => read.isPending && e.preventDefault()}
          onChange={(e) => take(e.target.files?.[0])}
        />
        {read.isError && (
          <ValidationMessage id="svarfil-feil" role="alert">
            {errorMessage(read.error)}
          </ValidationMessage>
        )}
        <div role="status" className="save-status">
          {notice}
        </div>
      </div>
    </section>
  );
}

function Recipients({ round }: { round: RoundInfo }) {
  const forms = useForms();
  const sent = useMarkSent();
  // While a form is made or «Sendt» is saved the controls are aria-disabled, not disabled: a disabled control loses
  // focus, and the keyboard its place in the table.
  const makeForms = (recipient?: string) =>
    !forms.isPending && forms.mutate({ roundId: round.id, ...(recipient ? { recipient } : {}) });
  return (
    <>
      <div className="round-actions">
        <Button variant="secondary" aria-disabled={forms.isPending || undefined} onClick={() => makeForms()}>
          Last ned alle skjemaer (ZIP)
        </Button>
      </div>
      {(forms.isError || sent.isError) && (
        <Alert data-color="danger" role="alert">
          {errorMessage(forms.error ?? sent.error)}
        </Alert>
      )}
      <TableScroll label="Mottakere">
        <Table data-size="sm" className="round-recipients">
          <caption>{`Mottakere (${round.recipients.length}), frist ${formatDate(round.deadline)}`}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Mottaker</Table.HeaderCell>
              <Table.HeaderCell>Tiltak</Table.HeaderCell>
              <Table.HeaderCell>Skjema</Table.HeaderCell>
              <Table.HeaderCell>Sendt</Table.HeaderCell>
              <Table.HeaderCell>Tilstand</Table.HeaderCell>
              <Table.HeaderCell>Svar</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {round.recipients.map((r) => {
              const state = recipientState(r);
              return (
                <Table.Row key={r.id} data-testid={`mottaker-${r.abbrev}`}>
                  <Table.HeaderCell scope="row">
                    <abbr title={r.name}>{r.abbrev}</abbr>
                  </Table.HeaderCell>
                  <Table.Cell>{r.measureCount}</Table.Cell>
                  <Table.Cell>
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-disabled={forms.isPending || undefined}
                      onClick={() => makeForms(r.abbrev)}
                    >
                      {`Last ned skjema for ${r.abbrev}`}
                    </Button>
                    {r.formsAt && <Paragraph data-size="xs">{`Laget ${formatDateTime(r.formsAt)}`}</Paragraph>}
                  </Table.Cell>
                  <Table.Cell>
                    <Checkbox
                      label={`Sendt til ${r.abbrev}`}
                      checked={r.sentAt !== null}
                      aria-disabled={sent.isPending || undefined}
                      onChange={(e) =>
                        !sent.isPending &&
                        sent.mutate({ roundId: round.id, recipient: r.abbrev, sent: e.target.checked })
                      }
                    />
                  </Table.Cell>
                  <Table.Cell>
                    <Tag data-color={state.color} data-size="sm">
                      {state.text}
                    </Tag>
                  </Table.Cell>
                  <Table.Cell>
                    {r.answers.length === 0 ? (
                      '–'
                    ) : (
                      <ul className="round-answers">
                        {r.answers.map((a) => (
                          <li key={a.id}>
                            <Link href={hrefFor(`/innspill/svar/${a.id}`)}>{a.fileName}</Link>
                            {` – ${ANSWER_STATE[a.state]}, lest inn ${formatDateTime(a.readAt)}`}
                          </li>
                        ))}
                      </ul>
                    )}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </TableScroll>
    </>
  );
}

export function RoundDetail({ roundId }: { roundId: number }) {
  const round = useRound(roundId);
  return (
    <QueryState query={round}>
      {(r) => (
        <>
          <nav aria-label="Brødsmulesti" className="round-breadcrumb">
            <Link href={hrefFor('/innspill')}>Innspill</Link>
          </nav>
          <Heading level={1} data-size="lg">
            {`Innspill ${r.periodLabel}`}
          </Heading>
          <Paragraph>
            {`Frist ${formatDate(r.deadline)}. ${r.recipients.length} mottakere, ` +
              `${r.recipients.filter((x) => x.importedAt).length} godtatt, ${r.inReview} svar til gjennomgang` +
              `${r.late ? `, ${r.late} for sent` : ''}.`}
          </Paragraph>
          <RoundHelp />
          <ReadAnswer round={r} />
          <Recipients round={r} />
        </>
      )}
    </QueryState>
  );
}
