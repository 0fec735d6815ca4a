// One change in a review: its fields old → new (with an earlier answer's value when a corrected answer differs), a
// rule break at its field, a conflict with both values, notes on what was read, and the choice: accept or reject.
// On a decided answer: what was decided, with the value before and the value in the answer as stored then.
import { Alert, Fieldset, Paragraph, Radio, Table, Tag, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReviewItem } from '../../../../shared/api/rounds.contract.ts';
import { formatDate } from '../../../../shared/format/nb.ts';
import { TableScroll } from '../TableScroll.tsx';
import '../../styles/ds/table.css';
import '../../styles/ds/validation-message.css';

export type Decision = 'accept' | 'reject' | undefined;

const DECIDED = { accepted: 'Godtatt', rejected: 'Avvist' } as const;

export function ReviewItemView(props: {
  item: ReviewItem;
  measureNumber: string;
  decision: Decision;
  editable: boolean;
  onDecide(d: 'accept' | 'reject'): void;
}) {
  const { item, measureNumber, decision, editable, onDecide } = props;
  const blocked = item.problems.length > 0;
  const id = `valg-${item.key}`;
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
                  {p.changed ? <strong>{p.new || '(tomt)'}</strong> : p.new || '(tomt)'}
                  {p.earlier !== null && (
                    <Paragraph data-size="xs">{`Første svar: ${p.earlier || '(tomt)'}`}</Paragraph>
                  )}
                  {p.problem && <ValidationMessage data-size="sm">{p.problem}</ValidationMessage>}
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
        <Paragraph key={n} data-size="xs" className="review-note">
          {`Merk: ${n}`}
        </Paragraph>
      ))}
      {editable && (
        <Fieldset className="review-choice" data-size="sm">
          <Fieldset.Legend>{`${item.label}, tiltak ${measureNumber}`}</Fieldset.Legend>
          {blocked && (
            <Fieldset.Description>Har regelbrudd: kan bare avvises, eller rettes i et nytt svar.</Fieldset.Description>
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
              onChange={() => onDecide('reject')}
            />
          </div>
        </Fieldset>
      )}
    </div>
  );
}
