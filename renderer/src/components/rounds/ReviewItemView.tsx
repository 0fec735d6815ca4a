// One change in a review: its fields old → new (with an earlier answer's value when a corrected answer differs), a
// rule break at its field, a conflict with both values, notes on what was read, and the choice: accept or reject (the
// contact person's name and e-mail are one change, and the choice says so).
// Each changed field can be corrected by the coordinator («Rett verdien», CorrectionEditor), shown beside the
// answer's value; under «Avvis» it says that a rejected change does not keep its correction. On a decided answer:
// what was decided, with the value before, the value in the answer, the coordinator's correction and the review's
// notes as stored then, worded for the decision (the core writes each note's sentence).
import { Alert, Fieldset, Paragraph, Radio, Table, Tag, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { ReviewItem } from '../../../../shared/api/rounds.contract.ts';
import { CONTACT_TOGETHER, isContactKey } from '../../../../shared/domain/round-contact.ts';
import { correctedText } from '../../../../shared/domain/round-decisions.ts';
import { formatDate } from '../../../../shared/format/nb.ts';
import { TableScroll } from '../TableScroll.tsx';
import { CorrectionEditor } from './CorrectionEditor.tsx';
import '../../styles/ds/table.css';
import '../../styles/ds/validation-message.css';

export type Decision = 'accept' | 'reject' | undefined;

const DECIDED = { accepted: 'Godtatt', rejected: 'Avvist' } as const;

const REJECTED_CORRECTION = 'Rettingen lagres ikke når endringen avvises.';
const BLOCKED = 'Har regelbrudd: kan bare avvises, eller godtas når verdien er rettet («Rett verdien»).';

export function ReviewItemView(props: {
  item: ReviewItem;
  measureNumber: string;
  decision: Decision;
  editable: boolean;
  onDecide(d: 'accept' | 'reject'): void;
  /** Corrects a field's value (null: back to the answer's); absent on a decided answer. */
  onCorrect?(field: string, value: string | null): void;
  /** The core has not yet checked the corrections as they are now. */
  checking?: boolean;
}) {
  const { item, measureNumber, decision, editable, onDecide, onCorrect, checking = false } = props;
  /** Fields whose correction is open: their rule break is said at the field being corrected. */
  const [editing, setEditing] = useState<Record<string, boolean>>({});
  const blocked = item.problems.length > 0;
  /** The contact person's name and e-mail: one change, said at the choice. */
  const together = isContactKey(item.key);
  const id = `valg-${item.key}`;
  /** Only an accepted change keeps its correction: said under «Avvis», so rejecting never drops it unsaid. */
  const corrected = item.parts.some((p) => p.correction);
  const c = item.conflict;
  const decided = item.decision && DECIDED[item.decision];
  const label = `${item.label} (tiltak ${measureNumber})`;
  return (
    <div className="review-item" data-testid={`endring-${item.key}`}>
      <TableScroll label={decided ? `${label}, ${decided.toLowerCase()}` : label}>
        <Table data-size="sm" className="review-parts">
          <caption>
            {label}
            {decided && (
              <>
                {' '}
                <Tag
                  data-color={item.decision === 'accepted' ? 'success' : 'neutral'}
                  data-size="sm"
                  className="review-decision"
                >
                  {decided}
                </Tag>
              </>
            )}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Felt</Table.HeaderCell>
              <Table.HeaderCell>{decided ? 'Før' : 'Nå i porteføljen'}</Table.HeaderCell>
              <Table.HeaderCell>I svaret</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {item.parts.map((p) => (
              <Table.Row key={p.label} className={p.changed ? 'review-part--changed' : undefined}>
                <Table.HeaderCell scope="row">{p.label}</Table.HeaderCell>
                <Table.Cell>{p.old || '(tomt)'}</Table.Cell>
                <Table.Cell>
                  {p.changed && !p.correction ? <strong>{p.new || '(tomt)'}</strong> : p.new || '(tomt)'}
                  {p.earlier !== null && (
                    <Paragraph data-size="xs">{`Første svar: ${p.earlier || '(tomt)'}`}</Paragraph>
                  )}
                  {p.correction && !editing[p.label] && (
                    <Paragraph data-size="sm" className="review-corrected">
                      <strong>{correctedText(p.correction)}</strong>
                    </Paragraph>
                  )}
                  {p.problem && !editing[p.label] && <ValidationMessage data-size="sm">{p.problem}</ValidationMessage>}
                  {editable && onCorrect && (p.changed || p.problem || p.correction) && (
                    <CorrectionEditor
                      part={p}
                      what={`${p.label}, tiltak ${measureNumber}`}
                      checking={checking}
                      onCorrect={(v) => onCorrect(p.label, v)}
                      onOpen={(open) => setEditing((e) => (e[p.label] === open ? e : { ...e, [p.label]: open }))}
                    />
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      {item.problems
        .filter((x) => !item.parts.some((p) => p.problem && x.endsWith(p.problem)))
        .map((x) => (
          <ValidationMessage key={x} data-size="sm">
            {x}
          </ValidationMessage>
        ))}
      {c && (
        <Alert data-color="warning" data-size="sm">
          {`Endret i porteføljen etter at skjemaet ble laget. I skjemaet: ${c.atForm || '(tomt)'}. ` +
            `Nå: ${c.now || '(tomt)'}${c.by ? ` (${c.by}${c.at ? `, ${formatDate(c.at)}` : ''})` : ''}.` +
            (editable ? ' Godtar du, erstattes det som er nå.' : '')}
        </Alert>
      )}
      {item.notes.map((n) => (
        <Paragraph key={n.text} data-size="xs" className="review-note">
          {`Merk: ${n.text}`}
        </Paragraph>
      ))}
      {editable && (
        <Fieldset className="review-choice" data-size="sm">
          <Fieldset.Legend>{`${item.label}, tiltak ${measureNumber}`}</Fieldset.Legend>
          {(blocked || together) && (
            <Fieldset.Description>
              {[together && CONTACT_TOGETHER, blocked && BLOCKED].filter(Boolean).join(' ')}
            </Fieldset.Description>
          )}
          <div className="review-choice__options">
            <Radio
              id={id}
              name={id}
              label="Godta"
              value="accept"
              checked={decision === 'accept'}
              disabled={blocked}
              onChange={() => onDecide('accept')}
            />
            <Radio
              name={id}
              label="Avvis"
              value="reject"
              checked={decision === 'reject'}
              description={
                corrected && (decision === 'reject' ? <strong>{REJECTED_CORRECTION}</strong> : REJECTED_CORRECTION)
              }
              onChange={() => onDecide('reject')}
            />
          </div>
        </Fieldset>
      )}
    </div>
  );
}
