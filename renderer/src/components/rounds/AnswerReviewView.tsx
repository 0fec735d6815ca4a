// The review of an answer: per measure, each change old → new with who reported it; accept or reject per change,
// per measure or all. A rule break is shown at its field and cannot be accepted; a conflict (the measure changed
// after the form was made) shows both values and must be decided. Nothing is written until «Lagre godkjente
// endringer», which writes everything in one go after a backup.
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { AnswerReview, ReviewItem } from '../../../../shared/api/rounds.contract.ts';
import { countOf, formatDateTime } from '../../../../shared/format/nb.ts';
import { errorMessage } from '../../api/client.ts';
import { hrefFor } from '../../app/router.ts';
import { useAccept, useReject, useReview } from '../../hooks/useRounds.ts';
import { QueryState } from '../QueryState.tsx';
import { ReviewItemView, type Decision } from './ReviewItemView.tsx';
import '../../styles/rounds.css';

type Decisions = Record<string, Decision>;

/** Clean changes start accepted; a conflict waits for a choice; a rule break can only be rejected. */
function initial(review: AnswerReview): Decisions {
  const d: Decisions = {};
  for (const i of review.measures.flatMap((m) => m.items))
    d[i.key] = i.problems.length ? 'reject' : i.conflict ? undefined : 'accept';
  return d;
}

const setAll = (items: ReviewItem[], d: Decisions, to: 'accept' | 'reject'): Decisions => {
  const next = { ...d };
  for (const i of items) next[i.key] = to === 'accept' && i.problems.length ? 'reject' : to;
  return next;
};

function Decided({ review }: { review: AnswerReview }) {
  const a = review.answer;
  const what = { accepted: 'godtatt', rejected: 'avvist', superseded: 'erstattet av et nyere svar', review: '' }[
    a.state
  ];
  return (
    <Alert data-color={a.state === 'accepted' ? 'success' : 'info'} role="status">
      {`Svaret ble ${what} ${formatDateTime(a.decidedAt)} av ${a.decidedBy}` +
        (a.state === 'superseded'
          ? '.'
          : `: ${countOf(a.accepted, 'endring', 'endringer')} godtatt, ${a.rejected} avvist.`)}{' '}
      <Link href={hrefFor(`/innspill/${review.roundId}`)}>Tilbake til runden</Link>
    </Alert>
  );
}

function Review({ review }: { review: AnswerReview }) {
  const [decisions, setDecisions] = useState<Decisions>(() => initial(review));
  const [missing, setMissing] = useState('');
  const accept = useAccept();
  const reject = useReject();
  const result = useRef<HTMLDivElement>(null);
  const open = review.answer.state === 'review';
  const items = review.measures.flatMap((m) => m.items);
  const undecided = items.filter((i) => decisions[i.key] === undefined);
  const chosen = items.filter((i) => decisions[i.key] === 'accept').length;
  useEffect(() => {
    if (accept.isSuccess || reject.isSuccess) result.current?.focus();
  }, [accept.isSuccess, reject.isSuccess]);

  function save() {
    if (undecided.length) {
      setMissing(`Velg godta eller avvis for ${countOf(undecided.length, 'endring', 'endringer')} med konflikt.`);
      document.getElementById(`valg-${undecided[0].key}`)?.focus();
      return;
    }
    setMissing('');
    accept.mutate({
      answerId: review.answer.id,
      token: review.token,
      accept: items.filter((i) => decisions[i.key] === 'accept').map((i) => i.key),
    });
  }

  return (
    <>
      <Paragraph>
        {`${countOf(review.counts.items, 'endring', 'endringer')} på ${review.measures.length} tiltak` +
          `${review.counts.problems ? `, ${review.counts.problems} med regelbrudd` : ''}` +
          `${review.counts.conflicts ? `, ${review.counts.conflicts} med konflikt` : ''}; ` +
          `${review.unchanged} tiltak uten endringer.`}
      </Paragraph>
      <div ref={result} tabIndex={-1} className="save-status">
        {!open && <Decided review={review} />}
      </div>
      {open && review.counts.items > 0 && (
        <div className="round-actions">
          <Button variant="secondary" onClick={() => setDecisions(setAll(items, decisions, 'accept'))}>
            Godta alle (uten regelbrudd)
          </Button>
          <Button variant="secondary" onClick={() => setDecisions(setAll(items, decisions, 'reject'))}>
            Avvis alle
          </Button>
        </div>
      )}
      {review.measures.map((m) => (
        <section key={m.measureId} className="review-measure" aria-labelledby={`tiltak-${m.measureId}`}>
          <Heading level={2} data-size="xs" id={`tiltak-${m.measureId}`}>
            {`${m.planShortName}, tiltak ${m.number}: ${m.title}`}
          </Heading>
          <Paragraph data-size="sm">
            {`${review.recipient.abbrev} er ${m.role}` + (m.reporter ? `. Rapportert av ${m.reporter}.` : '.')}{' '}
            <Link href={hrefFor(`/tiltak/${m.measureId}`)}>Åpne tiltaket</Link>
          </Paragraph>
          {open && m.items.length > 1 && (
            <div className="round-actions">
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() => setDecisions(setAll(m.items, decisions, 'accept'))}
              >
                {`Godta tiltak ${m.number}`}
              </Button>
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() => setDecisions(setAll(m.items, decisions, 'reject'))}
              >
                {`Avvis tiltak ${m.number}`}
              </Button>
            </div>
          )}
          {m.items.map((i) => (
            <ReviewItemView
              key={i.key}
              item={i}
              measureNumber={m.number}
              decision={decisions[i.key]}
              editable={open}
              onDecide={(d) => setDecisions({ ...decisions, [i.key]: d })}
            />
          ))}
        </section>
      ))}
      {open && (
        <div className="review-save">
          {missing && (
            <Alert data-color="warning" role="alert">
              {missing}
            </Alert>
          )}
          {(accept.isError || reject.isError) && (
            <Alert data-color="danger" role="alert">
              {errorMessage(accept.error ?? reject.error)}
            </Alert>
          )}
          <div className="round-actions">
            <Button onClick={save} disabled={accept.isPending}>
              {accept.isPending ? 'Lagrer …' : `Lagre godkjente endringer (${chosen})`}
            </Button>
            <Button variant="secondary" disabled={reject.isPending} onClick={() => reject.mutate(review.answer.id)}>
              Avvis hele svaret
            </Button>
          </div>
        </div>
      )}
    </>
  );
}

export function AnswerReviewView({ answerId }: { answerId: number }) {
  const review = useReview(answerId);
  return (
    <QueryState query={review}>
      {(r) => (
        <>
          <nav aria-label="Brødsmulesti" className="round-breadcrumb">
            <Link href={hrefFor('/innspill')}>Innspill</Link> <span aria-hidden="true">›</span>{' '}
            <Link href={hrefFor(`/innspill/${r.roundId}`)}>{`Innspill ${r.periodLabel}`}</Link>
          </nav>
          <Heading level={1} data-size="lg">
            {`Gjennomgang: svar fra ${r.recipient.abbrev}`}
          </Heading>
          <Paragraph data-size="sm">
            {`${r.recipient.name}. Fil «${r.answer.fileName}», lest inn ${formatDateTime(r.answer.readAt)} av ` +
              `${r.answer.readBy}. SHA-256 ${r.answer.sha256}.`}
          </Paragraph>
          <Review key={`${r.answer.id}:${r.answer.state}`} review={r} />
        </>
      )}
    </QueryState>
  );
}
