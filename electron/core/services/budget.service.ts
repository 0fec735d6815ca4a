// Budget lines: whole non-negative NOK (or empty: not given, never taken as 0), chapter/post in state budget
// notation, never a line with nothing in it, versioned edits, audited on the measure so they appear in its history.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { budgetChanges, budgetFields } from '../../../shared/api/budget.contract.ts';
import { EMPTY_LINE_MESSAGE, isEmptyLine, sumGiven } from '../../../shared/domain/budget.ts';
import { parseChapterPost } from '../../../shared/domain/chapter-post.ts';
import type { BudgetSummary } from '../../../shared/domain/types.ts';
import { formatChapterPost, formatNok, todayIso } from '../../../shared/format/nb.ts';
import { writeTx } from '../db/tx.ts';
import { AppError, fieldError, notFound } from '../errors.ts';
import { insertAudit } from '../repositories/audit.repo.ts';
import {
  deleteBudgetLine,
  getBudgetLine,
  insertBudgetLine,
  listBudgetLines,
  toBudgetLine,
  updateBudgetLine,
  type BudgetLineRow,
} from '../repositories/budget.repo.ts';
import { getMeasureWithStatus } from '../repositories/measures.repo.ts';
import { recordChange, type Actor, type Inverse } from './change-log.service.ts';

type Fields = z.output<typeof budgetFields>;
type Changes = z.output<typeof budgetChanges>;
type LineValues = Omit<BudgetLineRow, 'id' | 'version' | 'measure_id'>;

export function budgetSummary(db: Database, measureId: number): BudgetSummary {
  const lines = listBudgetLines(db, measureId).map(toBudgetLine);
  return {
    lines,
    totals: {
      allocatedNok: sumGiven(lines.map((l) => l.allocatedNok)),
      spentNok: sumGiven(lines.map((l) => l.spentNok)),
    },
  };
}

function liveMeasure(db: Database, measureId: number, actor: Actor): void {
  const m = getMeasureWithStatus(db, measureId, todayIso(actor.now));
  if (!m) throw notFound('Finner ikke tiltaket.');
  if (m.deleted_at)
    throw new AppError('invalid', 'Tiltaket ligger i papirkurven. Gjenopprett det før du endrer budsjettet.');
}

function chapterPostOf(text: string | undefined): { chapter: number | null; post: number | null } {
  const cp = text && text.trim() ? parseChapterPost(text) : null;
  return { chapter: cp?.chapter ?? null, post: cp?.post ?? null };
}

/**
 * A line must say something: an amount, a kap./post or «innenfor gjeldende rammer» (shared/domain/budget.ts). An
 * undo or redo writes back what was, so an empty line from an older file can come back as it was.
 */
function assertNotEmpty(v: LineValues, opts: WriteOptions): void {
  if (opts.restoring) return;
  const empty = isEmptyLine({
    allocatedNok: v.allocated_nok,
    spentNok: v.spent_nok,
    hasChapterPost: v.chapter !== null,
    withinExisting: v.within_existing === 1,
  });
  if (empty) throw fieldError('allocatedNok', EMPTY_LINE_MESSAGE);
}

/** `restoring`: an undo or redo writing back a line as it was. */
export interface WriteOptions {
  restoring?: boolean;
}

const amountText = (n: number | null) => (n === null ? 'ikke oppgitt' : formatNok(n));

/** A budget line as one readable audit value: "2025: 1 200 000 kr bevilget, 300 000 kr forbrukt, kap. 440, post 70". */
function describe(v: LineValues): string {
  const parts = [`${v.year}: ${amountText(v.allocated_nok)} bevilget`, `${amountText(v.spent_nok)} forbrukt`];
  const cp = formatChapterPost(v.chapter, v.post);
  if (cp) parts.push(cp);
  if (v.within_existing) parts.push('innenfor gjeldende rammer');
  return parts.join(', ');
}

/** A line's values as `budget:add` / `budget:update` take them: what an undo writes back. */
function asInput(v: LineValues) {
  const cp = v.chapter !== null && v.post !== null ? `${v.chapter}.${String(v.post).padStart(2, '0')}` : '';
  return {
    year: v.year,
    allocatedNok: v.allocated_nok,
    spentNok: v.spent_nok,
    chapterPost: cp,
    withinExisting: v.within_existing === 1,
  };
}

const LABELS = {
  'budget-add': 'ny budsjettlinje',
  'budget-update': 'endring av budsjettlinje',
  'budget-delete': 'sletting av budsjettlinje',
} as const;

/** The audit row and the undo log's change set of one budget change, in the caller's transaction. */
function audit(
  db: Database,
  actor: Actor,
  measureId: number,
  action: keyof typeof LABELS,
  oldV: LineValues | null,
  newV: LineValues | null,
  inverse: Inverse,
): void {
  const changeSet = recordChange(db, actor, { kind: 'measure', id: measureId }, LABELS[action], inverse);
  insertAudit(db, {
    change_set_id: changeSet,
    at: actor.now.toISOString(),
    author: actor.user,
    entity: 'measure',
    entity_id: measureId,
    action,
    field: 'budget',
    old_value: oldV && describe(oldV),
    new_value: newV && describe(newV),
  });
}

function stale(): AppError {
  // The page reloads the lines after a refusal and keeps an open form as it was, so the user can look and retry.
  return new AppError(
    'conflict',
    'Budsjettlinjen er endret eller slettet av noen andre etter at du åpnet den, så ingenting er lagret. ' +
      'Siden viser nå det som er lagret; prøv igjen om du fortsatt vil endre den.',
  );
}

export function addBudgetLine(
  db: Database,
  input: Fields & { measureId: number },
  actor: Actor,
  opts: WriteOptions = {},
): BudgetSummary {
  return writeTx(db, () => {
    liveMeasure(db, input.measureId, actor);
    const values: LineValues = {
      year: input.year,
      allocated_nok: input.allocatedNok,
      spent_nok: input.spentNok,
      ...chapterPostOf(input.chapterPost),
      within_existing: input.withinExisting ? 1 : 0,
    };
    assertNotEmpty(values, opts);
    const id = insertBudgetLine(db, { measure_id: input.measureId, ...values });
    audit(db, actor, input.measureId, 'budget-add', null, values, {
      op: 'budget:delete',
      input: { id, version: 1 },
      record: { key: `budget:${id}`, version: 1, field: 'version' },
    });
    return budgetSummary(db, input.measureId);
  });
}

export function editBudgetLine(
  db: Database,
  input: { id: number; version: number; changes: Changes },
  actor: Actor,
  opts: WriteOptions = {},
): BudgetSummary {
  return writeTx(db, () => {
    const row = getBudgetLine(db, input.id);
    if (!row) throw stale();
    if (row.version !== input.version) throw stale();
    liveMeasure(db, row.measure_id, actor);
    const c = input.changes;
    const oldV: LineValues = {
      year: row.year,
      allocated_nok: row.allocated_nok,
      spent_nok: row.spent_nok,
      chapter: row.chapter,
      post: row.post,
      within_existing: row.within_existing,
    };
    const newV: LineValues = {
      year: c.year ?? row.year,
      allocated_nok: c.allocatedNok === undefined ? row.allocated_nok : c.allocatedNok,
      spent_nok: c.spentNok === undefined ? row.spent_nok : c.spentNok,
      ...(c.chapterPost === undefined ? { chapter: row.chapter, post: row.post } : chapterPostOf(c.chapterPost)),
      within_existing: c.withinExisting === undefined ? row.within_existing : c.withinExisting ? 1 : 0,
    };
    if (describe(oldV) === describe(newV)) return budgetSummary(db, row.measure_id);
    assertNotEmpty(newV, opts);
    if (!updateBudgetLine(db, row.id, row.version, newV)) throw stale();
    audit(db, actor, row.measure_id, 'budget-update', oldV, newV, {
      op: 'budget:update',
      input: { id: row.id, version: row.version + 1, changes: asInput(oldV) },
      record: { key: `budget:${row.id}`, version: row.version + 1, field: 'version' },
    });
    return budgetSummary(db, row.measure_id);
  });
}

export function removeBudgetLine(db: Database, input: { id: number; version: number }, actor: Actor): BudgetSummary {
  return writeTx(db, () => {
    const row = getBudgetLine(db, input.id);
    if (!row || row.version !== input.version) throw stale();
    liveMeasure(db, row.measure_id, actor);
    if (!deleteBudgetLine(db, row.id, row.version)) throw stale();
    audit(db, actor, row.measure_id, 'budget-delete', row, null, {
      op: 'budget:add',
      input: { measureId: row.measure_id, ...asInput(row) },
    });
    return budgetSummary(db, row.measure_id);
  });
}
