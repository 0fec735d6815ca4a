// The review of an answer: per measure, each item that differs from what the form was made with (a status update,
// the contact person's name and e-mail together, another registry field, a budget line's spent amount), old → new
// with who reported it, the rules it breaks, and a conflict where the portfolio changed after the form was made.
// Computed afresh from the stored answer each time while the answer is open, so it compares with the portfolio as it
// is now; a decided answer is shown as it was decided, from the decisions stored then (round_answer_items, migration
// 0014, in round-decided.ts), never recomputed.
// The coordinator's corrections of values in the answer are applied here (round-corrections.ts).
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { AnswerReview, Correction, ReviewItem, ReviewMeasure } from '../../../shared/api/rounds.contract.ts';
import { periodLabel } from '../../../shared/domain/periods.ts';
import { cellText } from '../../../shared/domain/rounds.ts';
import { todayIso } from '../../../shared/format/nb.ts';
import { AppError } from '../errors.ts';
import { earlierAnswers, getRecipient, type AnswerRow } from '../repositories/rounds.repo.ts';
import type { AnswerContent, AnswerRowContent } from '../rounds/answer-content.ts';
import { orgDirectory } from './organisations.service.ts';
import { correctedPeriodLabels } from './periods.service.ts';
import { contactItem, withContactPairs } from './round-contact-item.ts';
import { correctedItems } from './round-corrections.ts';
import { decidedReview, isDecided } from './round-decided.ts';
import { budgetItems, fieldItems, markEarlier, statusItem, type Planned } from './round-review-items.ts';
import { measuresByRecipient, ROLE_LABELS } from './round-measures.ts';
import { answerSummary, requireRound, roundPeriod } from './rounds.service.ts';

export type { Planned };

export interface ComputedReview {
  review: AnswerReview;
  planned: Map<string, Planned>;
  content: AnswerContent;
}

export function computeReview(
  db: Database,
  answer: AnswerRow,
  now: Date,
  depth = 0,
  corrections: readonly Correction[] = [],
): ComputedReview {
  if (corrections.length > 0 && answer.state !== 'review')
    throw new AppError('invalid', 'Svaret er allerede avgjort, så verdiene i det kan ikke rettes.');
  if (isDecided(answer)) {
    const decided = decidedReview(db, answer, now);
    // An earlier answer decided before decisions were stored is still compared field by field with a corrected one.
    if (decided.review.basis === 'stored' || depth === 0) return decided;
  }
  const today = todayIso(now);
  const recipient = getRecipient(db, answer.recipient_id)!;
  const round = requireRound(db, recipient.round_id);
  const period = roundPeriod(round);
  const orgs = orgDirectory(db);
  const org = orgs.refAt(recipient.org_id, today);
  const content = JSON.parse(answer.content) as AnswerContent;
  const current = new Map(
    (measuresByRecipient(db, orgs, [recipient.org_id], period, today).get(recipient.org_id) ?? []).map((m) => [
      m.id,
      m,
    ]),
  );
  // A corrected answer is reviewed against the one before it (only one step back).
  const before = depth === 0 ? earlierAnswers(db, recipient.id, answer.id)[0] : undefined;
  const earlier = new Map<string, ReviewItem>();
  if (before)
    for (const m of computeReview(db, before, now, 1).review.measures)
      for (const i of withContactPairs(m.items)) earlier.set(i.key, i);
  const planned = new Map<string, Planned>();
  const measures: ReviewMeasure[] = [];
  let unchanged = 0;
  for (const row of content.rows) {
    const form = content.measures.find((m) => m.id === row.measureId)!;
    const cur = current.get(row.measureId);
    const reporter = cellText(row.cells.reporter ?? null) || content.reporter || org.abbrev;
    const head = {
      measureId: row.measureId,
      planShortName: cellText(row.cells.plan ?? null),
      number: cellText(row.cells.number ?? null),
      title: cellText(row.cells['field:title'] ?? null),
      reporter: cellText(row.cells.reporter ?? null) || content.reporter,
    };
    if (!cur) {
      measures.push({
        ...head,
        role: cellText(row.cells.role ?? null).toLowerCase(),
        items: [
          {
            key: `${row.measureId}:gone`,
            label: 'Tiltaket',
            parts: [],
            problems: [
              `Tiltaket er slettet eller ikke lenger ${org.abbrev}s etter at skjemaet ble laget; ` +
                'svaret for det kan ikke godtas.',
            ],
            conflict: null,
            notes: [],
            decision: null,
          },
        ],
      });
      continue;
    }
    const compute = (r: AnswerRowContent, corrected: ReadonlySet<string>) =>
      [
        statusItem(r, form, cur, {
          period,
          today,
          reporter,
          closedOn: (date) => correctedPeriodLabels(db, r.measureId, date),
        }),
        contactItem(r, form, cur),
        ...fieldItems(r, form, cur, today),
        ...budgetItems(r, form, cur, content.budgetYear, corrected),
      ].filter((x) => x !== null);
    const answered = compute(row, new Set());
    const fixes = corrections.filter((c) => c.key.startsWith(`${row.measureId}:`));
    const found = fixes.length ? correctedItems(row, form, answered, fixes, compute) : answered;
    if (found.length === 0) {
      unchanged++;
      continue;
    }
    for (const f of found) if (f.planned) planned.set(f.item.key, f.planned);
    const items = found.map((f) => f.item);
    markEarlier(items, earlier);
    measures.push({ ...head, role: ROLE_LABELS[cur.role].toLowerCase(), items });
  }
  const items = measures.flatMap((m) => m.items);
  const keys = new Set(items.map((i) => i.key));
  if (corrections.some((c) => !keys.has(c.key)))
    throw new AppError('invalid', 'Gjennomgangen har ikke endringen som skulle rettes. Åpne svaret på nytt.');
  const review: AnswerReview = {
    answer: answerSummary(answer),
    roundId: round.id,
    periodLabel: periodLabel(period),
    recipient: { id: recipient.id, abbrev: org.abbrev, name: org.name },
    measures,
    unchanged,
    counts: {
      items: items.length,
      problems: items.filter((i) => i.problems.length > 0).length,
      conflicts: items.filter((i) => i.conflict).length,
    },
    basis: 'now',
    token: '',
  };
  review.token = createHash('sha256')
    .update(JSON.stringify([answer.state, measures]))
    .digest('hex')
    .slice(0, 32);
  return { review, planned, content };
}
