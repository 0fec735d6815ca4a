// A decided answer as it was decided (round_answer_items, migrations 0014 and 0015): the rows stored when it is
// accepted or rejected, each change with its decision, its fields before and in the answer, the coordinator's
// correction and the review's notes on it (each stored as what it is, and worded for the decision when read back:
// shared/domain/round-notes.ts), and the review read back from them, never recomputed against today's portfolio.
import type { Database } from 'better-sqlite3';
import type { AnswerReview, PartCorrection, ReviewItem, ReviewMeasure } from '../../../shared/api/rounds.contract.ts';
import { periodLabel } from '../../../shared/domain/periods.ts';
import { noteFacts, reviewNote, storedNote } from '../../../shared/domain/round-notes.ts';
import { cellText } from '../../../shared/domain/rounds.ts';
import { todayIso } from '../../../shared/format/nb.ts';
import { answerItems, getRecipient, type AnswerItemRow, type AnswerRow } from '../repositories/rounds.repo.ts';
import type { AnswerContent } from '../rounds/answer-content.ts';
import { orgDirectory } from './organisations.service.ts';
import { part } from './round-review-items.ts';
import type { ComputedReview } from './round-review.service.ts';
import { answerSummary, requireRound, roundPeriod } from './rounds.service.ts';

export const isDecided = (a: AnswerRow) => a.state === 'accepted' || a.state === 'rejected';

/**
 * A decided answer as it was decided: each change with its decision and the values stored then, in the review's order,
 * under the measure headings of the form. An answer decided before decisions were stored lists no changes
 * («unstored»).
 */
export function decidedReview(db: Database, answer: AnswerRow, now: Date): ComputedReview {
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
      parts: fields.map((f) => ({
        ...part(f.label, f.before, f.after, f.problem),
        changed: f.changed,
        correction: f.correction ?? null,
      })),
      problems: JSON.parse(r.problems) as string[],
      conflict: null,
      notes: (JSON.parse(r.notes) as unknown[]).map((n) => reviewNote(storedNote(n), r.decision)),
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
  /** The coordinator's corrected value and who corrected it (absent on decisions stored before corrections). */
  correction?: PartCorrection | null;
}

/**
 * The rows that record what was decided on each change of `review` (the keys in `accepted` were accepted); a
 * correction is stored as made by `by`.
 */
export function decisionRows(
  answerId: number,
  review: AnswerReview,
  accepted: Set<string>,
  by: string | null = null,
): AnswerItemRow[] {
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
          ...(p.correction ? { correction: { ...p.correction, by } } : {}),
        })),
      ),
      problems: JSON.stringify(i.problems),
      notes: JSON.stringify(i.notes.map(noteFacts)),
    }));
}
