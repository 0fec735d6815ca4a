// One obligation in the register: its id, source, strength and text (with the reference's caveat, and the source's
// words when the text was edited), its coverage class, and the measures linked to it with their status and the link's
// note; link another measure, edit a note, unlink; edit, retire or reopen; its history.
import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import type { CoverageObligation } from '../../../../shared/api/obligations.contract.ts';
import {
  COVERAGE_LABELS,
  editedFromSource,
  sourceLabel,
  STRENGTH_LABELS,
  STRENGTH_UNKNOWN,
  type CoveredMeasure,
} from '../../../../shared/domain/obligations.ts';
import type { MeasureName, Plan } from '../../../../shared/domain/types.ts';
import { replayNote } from '../measure/labels.ts';
import { NO_STATUS } from '../../../../shared/domain/vocabulary.ts';
import { formatDate, formatDateTime } from '../../../../shared/format/nb.ts';
import { send } from '../../api/client.ts';
import { hrefFor } from '../../app/router.ts';
import { useObligationHistory } from '../../hooks/useObligations.ts';
import { AssessmentTag, StatusTag } from '../StatusTags.tsx';
import type { Announcer } from '../useAnnouncer.ts';
import { CoverageSwatch } from './CoverageFigure.tsx';
import { LinkMeasureForm, NoteEditor } from './LinkForms.tsx';
import '../../styles/ds/table.css';
import { TableScroll } from '../TableScroll.tsx';
import { useFocusWhenGone } from '../returnFocus.ts';

function MeasureName({ m, plan }: { m: CoveredMeasure; plan?: Plan }) {
  return (
    <a href={hrefFor(`/tiltak/${m.measureId}`)}>
      {plan?.shortName ?? m.planCode}, tiltak {m.number}
      {m.titlePending ? <span className="unfilled"> (tittel ikke fylt inn)</span> : `: ${m.title}`}
    </a>
  );
}

function History({ id }: { id: number }) {
  const [open, setOpen] = useState(false);
  const history = useObligationHistory(id, open);
  return (
    <details className="obligation__more" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Historikk</summary>
      <div>
        {!history.data ? (
          <Paragraph data-size="sm">Henter historikken …</Paragraph>
        ) : history.data.length === 0 ? (
          <Paragraph data-size="sm">Ingen endringer siden forpliktelsen ble lagt inn fra referansedataene.</Paragraph>
        ) : (
          <ul className="obligation-history">
            {history.data.map((e) => (
              <li key={e.id}>
                <span className="muted">
                  {formatDateTime(e.at)}, {e.author}
                  {replayNote(e)}:
                </span>{' '}
                {describe(e.action, e.field)}
                {e.oldValue !== null && e.newValue !== null ? (
                  <>
                    : <span className="old-value">{e.oldValue}</span> → {e.newValue}
                  </>
                ) : (e.newValue ?? e.oldValue) ? (
                  `: ${e.newValue ?? e.oldValue}`
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}

const FIELD_LABELS: Record<string, string> = {
  code: 'id',
  source: 'kilde',
  round: 'runde',
  year: 'år',
  text: 'tekst',
  sourceRef: 'kildehenvisning',
  strength: 'styrke',
  verificationNote: 'merknad om teksten',
};

function describe(action: string, field: string | null): string {
  switch (action) {
    case 'create':
      return 'La til forpliktelsen';
    case 'delete':
      return 'Fjernet forpliktelsen';
    case 'retire':
      return 'Avsluttet forpliktelsen';
    case 'unretire':
      return 'Gjenåpnet forpliktelsen';
    case 'obligation-add':
      return 'Koblet til tiltak';
    case 'obligation-remove':
      return 'Fjernet koblingen til tiltak';
    case 'obligation-note':
      return 'Endret merknad til koblingen';
    default:
      return `Endret ${FIELD_LABELS[field ?? ''] ?? field ?? 'felt'}`;
  }
}

export function ObligationCard({
  o,
  plan,
  measures,
  registerHref,
  readOnly,
  say,
  onEdit,
  onRetire,
}: {
  o: CoverageObligation;
  /** The register showing this obligation's measures (with the view's own plans and date). */
  registerHref: string;
  plan: (code: string) => Plan | undefined;
  measures: MeasureName[];
  readOnly: boolean;
  say: Announcer;
  onEdit(): void;
  onRetire(): void;
}) {
  const retired = o.retiredAt !== null;
  const headingId = `forpliktelse-${o.id}`;
  const card = useRef<HTMLElement>(null);
  const whenGone = useFocusWhenGone();
  const unlinkId = (m: CoveredMeasure) => `forpliktelse-fjern-${m.linkId}`;
  // «Fjern» takes its row away: focus goes to the next row's «Fjern», else the previous one's, else «Koble et tiltak».
  const unlink = async (m: CoveredMeasure, at: number) => {
    const rows = [o.measures[at + 1], o.measures[at - 1]].filter((x) => x !== undefined);
    const forget = whenGone([...rows.map(unlinkId), card.current?.querySelector('summary')]);
    try {
      await send('obligations:unlink', { linkId: m.linkId, on: 'obligations' });
      say.announce(`Koblingen mellom ${o.code} og tiltak ${m.number} er fjernet`);
    } catch (err) {
      forget();
      say.fail(err);
    }
  };
  return (
    <article className={`obligation${retired ? ' is-retired' : ''}`} aria-labelledby={headingId} ref={card}>
      <div className="obligation__head">
        <Heading level={3} data-size="xs" id={headingId}>
          {o.code} <span className="obligation__source">· {sourceLabel(o)}</span>
        </Heading>
        {retired ? (
          <Tag data-color="neutral" data-size="sm">
            Avsluttet {formatDate(o.retiredAt)}
          </Tag>
        ) : (
          <Tag data-color="neutral" data-size="sm" className="coverage-tag">
            <CoverageSwatch cls={o.coverage} size={14} />
            {COVERAGE_LABELS[o.coverage]}
          </Tag>
        )}
      </div>
      <p className="obligation__text">{o.text}</p>
      {o.verificationNote && (
        <p className="obligation__caveat">
          <strong>Merk:</strong> {o.verificationNote}
        </p>
      )}
      {editedFromSource(o) && (
        <p className="obligation__edited">
          <strong>Teksten er endret.</strong> Kildens tekst: «{o.sourceText}»
        </p>
      )}
      <dl className="obligation__facts">
        {o.source === 'greta' && (
          <>
            <dt>Styrke</dt>
            <dd>{o.strength ? STRENGTH_LABELS[o.strength] : STRENGTH_UNKNOWN}</dd>
          </>
        )}
        <dt>Kilde</dt>
        <dd>{o.sourceRef ?? 'ikke oppgitt'}</dd>
      </dl>
      {o.measures.length === 0 ? (
        <Paragraph data-size="sm">Ingen tiltak er koblet til forpliktelsen.</Paragraph>
      ) : (
        <TableScroll label={`Tiltak koblet til ${o.code}`}>
          <Table data-size="sm" className="obligation__measures">
            <caption className="visually-hidden">Tiltak koblet til {o.code}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>Tiltak</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Vurdering</Table.HeaderCell>
                <Table.HeaderCell>Merknad</Table.HeaderCell>
                {!readOnly && (
                  <Table.HeaderCell>
                    <span className="visually-hidden">Handlinger</span>
                  </Table.HeaderCell>
                )}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {o.measures.map((m, at) => (
                <Table.Row key={m.linkId}>
                  <Table.Cell>
                    <MeasureName m={m} plan={plan(m.planCode)} />
                  </Table.Cell>
                  <Table.Cell>
                    <StatusTag value={m.status ?? NO_STATUS} />
                  </Table.Cell>
                  <Table.Cell>{m.assessment ? <AssessmentTag value={m.assessment} /> : '–'}</Table.Cell>
                  <Table.Cell>{readOnly ? m.note : <NoteEditor link={m} code={o.code} say={say} />}</Table.Cell>
                  {!readOnly && (
                    <Table.Cell>
                      <Button id={unlinkId(m)} variant="tertiary" data-size="sm" onClick={() => void unlink(m, at)}>
                        Fjern<span className="visually-hidden"> koblingen til tiltak {m.number}</span>
                      </Button>
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <div className="obligation__actions">
        {o.measures.length > 0 && (
          <a href={registerHref}>
            {o.measures.length === 1 ? 'Vis tiltaket' : `Vis de ${o.measures.length} tiltakene`} i tiltakslisten
            <span className="visually-hidden"> ({o.code})</span>
          </a>
        )}
        {!readOnly && !retired && (
          <Button variant="tertiary" data-size="sm" onClick={onEdit}>
            Endre<span className="visually-hidden"> {o.code}</span>
          </Button>
        )}
        {!readOnly && (
          <Button variant="tertiary" data-size="sm" onClick={onRetire}>
            {retired ? 'Gjenåpne' : 'Avslutt'}
            <span className="visually-hidden"> {o.code}</span>
          </Button>
        )}
      </div>
      {!readOnly && !retired && <LinkMeasureForm obligation={o} measures={measures} plan={plan} say={say} />}
      <History id={o.id} />
    </article>
  );
}
