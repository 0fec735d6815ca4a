// The review of an answer: per measure, each change old → new with who reported it; accept or reject per change,
// per measure or all. Every change starts undecided (a rule break can only be rejected, so it starts rejected);
// «Godta alle uten regelbrudd» is the explicit shortcut. A conflict (the measure changed after the form was made)
// shows both values. Nothing is written until «Lagre beslutningene», which refuses while a change is undecided and
// then writes everything in one go after a backup. A value can be corrected before it is accepted («Rett verdien»):
// the core checks the corrections with each field's rules and the page shows the review with them (a rule break a
// correction fixes may then be accepted). A decided answer shows each change's decision as stored then.
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { AnswerReview, Correction, ReviewItem } from '../../../../shared/api/rounds.contract.ts';
import { UNSTORED_DECISIONS } from '../../../../shared/domain/round-decisions.ts';
import { countOf, formatDateTime } from '../../../../shared/format/nb.ts';
import { errorMessage } from '../../api/client.ts';
import { hrefFor } from '../../app/router.ts';
import { useAccept, useCorrectedReview, useReject, useReview } from '../../hooks/useRounds.ts';
import { ConfirmDialog } from '../ConfirmDialog.tsx';
import { QueryState } from '../QueryState.tsx';
import { ReviewItemView, type Decision } from './ReviewItemView.tsx';
import '../../styles/rounds.css';

type Decisions = Record<string, Decision>;

/** Every change waits for a choice, except a rule break, which can only be rejected. */
function initial(review: AnswerReview): Decisions {
  const d: Decisions = {};
  for (const i of review.measures.flatMap((m) => m.items)) d[i.key] = i.problems.length ? 'reject' : undefined;
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

/** The corrections with the one of `key`'s `field` set to `value` (null: taken away). */
function withCorrection(list: Correction[], key: string, field: string, value: string | null): Correction[] {
  const rest = list.filter((c) => !(c.key === key && c.field === field));
  return value === null ? rest : [...rest, { key, field, value }];
}

/** `focusResult`: the answer was decided on this page, so its message takes focus once the review is shown decided.
 * `onDeciding(true)` as a decision is sent, `(false)` when it is refused. */
function Review(props: { review: AnswerReview; focusResult: boolean; onDeciding(sent: boolean): void }) {
  const { review: answered, focusResult, onDeciding } = props;
  const [corrections, setCorrections] = useState<Correction[]>([]);
  const [askReject, setAskReject] = useState(false);
  const accept = useAccept();
  const reject = useReject();
  // Once the answer is being decided, the corrections are not asked about again (the write refetches the review).
  const deciding = accept.isPending || accept.isSuccess || reject.isPending || reject.isSuccess;
  const corrected = useCorrectedReview(answered.answer.id, corrections, !deciding);
  /** The review as the page shows it: with the corrections once the core has checked them. */
  const review = corrections.length > 0 && corrected.data ? corrected.data : answered;
  const checking = corrections.length > 0 && (corrected.isPlaceholderData || corrected.isFetching);
  const [picked, setDecisions] = useState<Decisions>(() => initial(answered));
  // A change with a rule break can only be rejected, also when a correction brought the rule break.
  const decisions: Decisions = {};
  for (const i of review.measures.flatMap((m) => m.items))
    decisions[i.key] = i.problems.length && picked[i.key] === 'accept' ? 'reject' : picked[i.key];
  /** «Lagre» was pressed with undecided changes: said at the button until every change is decided. */
  const [refused, setRefused] = useState(false);
  const result = useRef<HTMLDivElement>(null);
  const open = review.answer.state === 'review';
  const items = review.measures.flatMap((m) => m.items);
  const undecided = items.filter((i) => decisions[i.key] === undefined);
  const chosen = items.filter((i) => decisions[i.key] === 'accept').length;
  const rejected = items.filter((i) => decisions[i.key] === 'reject').length;
  // A decided answer is shown anew (its key changes), without the buttons used: focus goes to what was decided.
  useEffect(() => {
    if (focusResult && !open) result.current?.focus();
  }, [focusResult, open]);

  function save() {
    if (accept.isPending || checking) return;
    if (undecided.length) {
      setRefused(true);
      document.getElementById(`valg-${undecided[0].key}`)?.focus();
      return;
    }
    setRefused(false);
    onDeciding(true);
    accept.mutate(
      {
        answerId: review.answer.id,
        token: review.token,
        accept: items.filter((i) => decisions[i.key] === 'accept').map((i) => i.key),
        corrections,
      },
      { onError: () => onDeciding(false) },
    );
  }

  return (
    <>
      {review.basis === 'unstored' ? null : review.basis === 'stored' ? (
        <Paragraph>
          {`${countOf(review.counts.items, 'endring', 'endringer')} på ${review.measures.length} tiltak; ` +
            `${review.unchanged} tiltak uten endringer. Hver endring vises slik den ble avgjort: verdien før, ` +
            'verdien i svaret og om den ble godtatt eller avvist.'}
        </Paragraph>
      ) : (
        <Paragraph>
          {`${countOf(review.counts.items, 'endring', 'endringer')} på ${review.measures.length} tiltak` +
            `${review.counts.problems ? `, ${review.counts.problems} med regelbrudd` : ''}` +
            `${review.counts.conflicts ? `, ${review.counts.conflicts} med konflikt` : ''}; ` +
            `${review.unchanged} tiltak uten endringer.`}
        </Paragraph>
      )}
      <div ref={result} tabIndex={-1} className="save-status">
        {!open && <Decided review={review} />}
      </div>
      {review.basis === 'unstored' && (
        <Alert data-color="info" data-size="sm">
          {UNSTORED_DECISIONS}
        </Alert>
      )}
      {open && review.counts.items > 0 && (
        <div className="round-actions">
          <Button variant="secondary" onClick={() => setDecisions(setAll(items, decisions, 'accept'))}>
            Godta alle uten regelbrudd
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
              onCorrect={(field, value) => setCorrections((c) => withCorrection(c, i.key, field, value))}
              checking={checking}
            />
          ))}
        </section>
      ))}
      {open && (
        <div className="review-save">
          {refused && undecided.length > 0 && (
            <Alert data-color="warning" role="alert">
              Ingenting er lagret: velg Godta eller Avvis for hver endring som ikke er avgjort.
            </Alert>
          )}
          {(accept.isError || reject.isError) && (
            <Alert data-color="danger" role="alert">
              {errorMessage(accept.error ?? reject.error)}
            </Alert>
          )}
          {corrected.isError && (
            <Alert data-color="danger" role="alert">
              {errorMessage(corrected.error)}
            </Alert>
          )}
          {items.length > 0 && (
            <Paragraph data-size="sm" id="review-progress">
              {undecided.length
                ? `${undecided.length} av ${countOf(items.length, 'endring', 'endringer')} er ikke avgjort ennå.`
                : items.length === 1
                  ? 'Endringen er avgjort.'
                  : `Alle ${items.length} endringene er avgjort.`}
            </Paragraph>
          )}
          <div className="round-actions">
            {/* Not disabled while saving (aria-disabled): a disabled button loses focus, and the keyboard with it. */}
            <Button
              onClick={save}
              aria-disabled={accept.isPending || checking || undefined}
              aria-describedby={items.length > 0 ? 'review-progress' : undefined}
            >
              {accept.isPending ? 'Lagrer …' : `Lagre beslutningene (${chosen} godtatt, ${rejected} avvist)`}
            </Button>
            <Button
              variant="secondary"
              aria-disabled={reject.isPending || undefined}
              onClick={() => !reject.isPending && setAskReject(true)}
            >
              Avvis hele svaret
            </Button>
          </div>
          {/* Rejecting the whole answer is decided at once and for good: asked first, the safe choice focused. */}
          <ConfirmDialog
            text={
              askReject
                ? (items.length === 1
                    ? 'Endringen i svaret blir ikke lagret i porteføljen.'
                    : `Ingen av de ${items.length} endringene i svaret blir lagret i porteføljen.`) +
                  ' Avgjørelsen kan ikke endres; en rettet versjon fra departementet leses inn som et nytt svar.' +
                  (corrections.length > 0
                    ? ` Rettingene du har gjort (${corrections.length}), blir heller ikke lagret.`
                    : '')
                : null
            }
            title="Avvise hele svaret?"
            confirmLabel="Avvis hele svaret"
            cancelLabel="Tilbake til gjennomgangen"
            testId="reject-answer"
            onConfirm={() => {
              setAskReject(false);
              onDeciding(true);
              reject.mutate(review.answer.id, { onError: () => onDeciding(false) });
            }}
            onCancel={() => setAskReject(false)}
          />
        </div>
      )}
    </>
  );
}

export function AnswerReviewView({ answerId }: { answerId: number }) {
  const review = useReview(answerId);
  /** The answer decided on this page (its message then takes focus). */
  const [decidedHere, setDecidedHere] = useState<number | null>(null);
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
          <Review
            key={`${r.answer.id}:${r.answer.state}`}
            review={r}
            focusResult={decidedHere === r.answer.id}
            onDeciding={(sent) => setDecidedHere(sent ? r.answer.id : null)}
          />
        </>
      )}
    </QueryState>
  );
}
