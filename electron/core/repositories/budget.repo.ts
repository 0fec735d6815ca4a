import type { Database } from 'better-sqlite3';
import { stmt } from '../db/statements.ts';
import type { BudgetLine } from '../../../shared/domain/types.ts';

export interface BudgetLineRow {
  id: number;
  measure_id: number;
  year: number;
  allocated_nok: number | null;
  spent_nok: number | null;
  chapter: number | null;
  post: number | null;
  within_existing: number;
  version: number;
}

export function toBudgetLine(r: BudgetLineRow): BudgetLine {
  return {
    id: r.id,
    measureId: r.measure_id,
    year: r.year,
    allocatedNok: r.allocated_nok,
    spentNok: r.spent_nok,
    chapter: r.chapter,
    post: r.post,
    withinExisting: r.within_existing === 1,
    version: r.version,
  };
}

export function insertBudgetLine(db: Database, b: Omit<BudgetLineRow, 'id' | 'version'>): number {
  return Number(
    stmt(
      db,
      `INSERT INTO budget_lines (measure_id, year, allocated_nok, spent_nok, chapter, post, within_existing)
         VALUES (@measure_id, @year, @allocated_nok, @spent_nok, @chapter, @post, @within_existing)`,
    ).run(b).lastInsertRowid,
  );
}

export function listBudgetLines(db: Database, measureId: number): BudgetLineRow[] {
  return stmt(db, 'SELECT * FROM budget_lines WHERE measure_id = ? ORDER BY year, chapter, post, id').all(
    measureId,
  ) as BudgetLineRow[];
}

export function listAllBudgetLines(db: Database): BudgetLineRow[] {
  return stmt(db, 'SELECT * FROM budget_lines ORDER BY measure_id, year, chapter, post, id').all() as BudgetLineRow[];
}

export function getBudgetLine(db: Database, id: number): BudgetLineRow | undefined {
  return stmt(db, 'SELECT * FROM budget_lines WHERE id = ?').get(id) as BudgetLineRow | undefined;
}

/** Returns false when the stored version is no longer `version` (nothing written). */
export function updateBudgetLine(
  db: Database,
  id: number,
  version: number,
  b: Omit<BudgetLineRow, 'id' | 'version' | 'measure_id'>,
): boolean {
  return (
    stmt(
      db,
      `UPDATE budget_lines SET year = @year, allocated_nok = @allocated_nok, spent_nok = @spent_nok,
           chapter = @chapter, post = @post, within_existing = @within_existing, version = version + 1
         WHERE id = @id AND version = @version`,
    ).run({ ...b, id, version }).changes === 1
  );
}

export function deleteBudgetLine(db: Database, id: number, version: number): boolean {
  return stmt(db, 'DELETE FROM budget_lines WHERE id = ? AND version = ?').run(id, version).changes === 1;
}
