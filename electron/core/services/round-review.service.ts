// The review of an answer: per measure, each item that differs from what the form was made with (a status update,
// a registry field, a budget line's spent amount), old → new with who reported it, the rules it breaks, and a
// conflict where the portfolio changed after the form was made. Computed afresh from the stored answer each time
// while the answer is open, so it compares with the portfolio as it is now; a decided answer is shown as it was
// decided, from the decisions stored then (round_answer_items, migration 0014), never recomputed.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { AnswerReview, ReviewItem, ReviewMeasure } from '../../../shared/api/rounds.contract.ts';
import { periodLabel } from '../../../shared/domain/periods.ts';
import { cellText } from '../../../shared/domain/rounds.ts';
import { todayIso } from '../../../shared/format/nb.ts';
import {
  answerItems,
  earlierAnswers,
  getRecipient,
  type AnswerItemRow,
  type AnswerRow,
} from '../repositories/rounds.repo.ts';
import type { AnswerContent } from '../rounds/answer-content.ts';
import { orgDirectory } from './organisations.service.ts';
import { closedPeriodLabels } from './periods.service.ts';
import { budgetItems, fieldItems, markEarlier, part, statusItem, type Planned } from './round-review-items.ts';
import { measuresByRecipient, ROLE_LABELS } from './round-measures.ts';
import { answerSummary, requireRound, roundPeriod } from './rounds.service.ts';

export type { Planned };

export interface ComputedReview {
  review: AnswerReview;
  planned: Map<string, Planned>;
  content: AnswerContent;
}

const isDecided = (a: AnswerRow) => a.state === 'accepted' || a.state === 'rejected';

/**
 * A decided answer as it was decided: each change with its decision and the values stored then, in the review's order,
 * under the measure headings of the form. An answer decided before decisions were stored lists no changes
 * («unstored»).
 */
function decidedReview(db: Database, answer: AnswerRow, now: Date): ComputedReview {
  const recipient = getRecipient(db, answer.recipient_id)!;
  const round = requireRound(db, recipient.round_id);
  const org = orgDirectory(db).refAt(recipient.org_id, todayIso(now));
  const content = JSON.parse(answer.content) as AnswerContent;
  const rows = answerItems(db, answer.id);
  const byMeasure = new Map<number, ReviewItem[]>();
  for (const r of rows) {
    const fields = JSON.parse(r.fields) as StoredField[];
    const item: ReviewItem = {
      key: r.item_key,
      label: r.label,
      parts: fields.map((f) => ({ ...part(f.label, f.before, f.after, f.problem), changed: f.changed })),
      problems: JSON.parse(r.problems) as string[],
      conflict: null,
      notes: [],
      decision: r.decision,
    };
    byMeasure.set(r.measure_id, [...(byMeasure.get(r.measure_id) ?? []), item]);
  }
  const measures: ReviewMeasure[] = [...byMeasure].map(([measureId, items]) => {
    const row = content.rows.find((x) => x.measureId === measureId);
    const cell = (k: string) => cellText(row?.cells[k] ?? null);
    return {
      measureId,
      planShortName: cell('plan'),
      number: cell('number'),
      title: cell('field:title'),
      role: cell('role').toLowerCase(),
      reporter: cell('reporter') || content.reporter,
      items,
    };
  });
  const items = measures.flatMap((m) => m.items);
  const stored = rows.length > 0 || answer.accepted + answer.rejected === 0;
  const review: AnswerReview = {
    answer: answerSummary(answer),
    roundId: round.id,
    periodLabel: periodLabel(roundPeriod(round)),
    recipient: { id: recipient.id, abbrev: org.abbrev, name: org.name },
    measures,
    unchanged: stored ? content.rows.length - measures.length : 0,
    counts: { items: items.length, problems: items.filter((i) => i.problems.length > 0).length, conflicts: 0 },
    basis: stored ? 'stored' : 'unstored',
    token: '',
  };
  return { review, planned: new Map(), content };
}

/** One field of a decided change as stored (round_answer_items.fields). */
export interface StoredField {
  label: string;
  before: string;
  after: string;
  changed: boolean;
  problem: string | null;
}

/** The rows that record what was decided on each change of `review` (the keys in `accepted` were accepted). */
export function decisionRows(answerId: number, review: AnswerReview, accepted: Set<string>): AnswerItemRow[] {
  return review.measures
    .flatMap((m) => m.items.map((i) => ({ m, i })))
    .map(({ m, i }, seq) => ({
      answer_id: answerId,
      seq,
      measure_id: m.measureId,
      item_key: i.key,
      label: i.label,
      decision: accepted.has(i.key) ? 'accepted' : 'rejected',
      fields: JSON.stringify(
        i.parts.map((p): StoredField => ({
          label: p.label,
          before: p.old,
          after: p.new,
          changed: p.changed,
          problem: p.problem,
        })),
      ),
      problems: JSON.stringify(i.problems),
    }));
}

export function computeReview(db: Database, answer: AnswerRow, now: Date, depth = 0): ComputedReview {
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
    for (const m of computeReview(db, before, now, 1).review.measures) for (const i of m.items) earlier.set(i.key, i);
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
    const found = [
      statusItem(row, form, cur, { period, today, reporter, closedOn: (date) => closedPeriodLabels(db, date) }),
      ...fieldItems(row, form, cur),
      ...budgetItems(row, form, cur, content.budgetYear),
    ].filter((x) => x !== null);
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
