import type { Database } from 'better-sqlite3';
import { stmt } from '../db/statements.ts';
import type { Part, PartNote, Plan } from '../../../shared/domain/types.ts';

interface PlanRow {
  id: number;
  code: string;
  title: string;
  short_name: string;
  kind: 'handlingsplan' | 'strategi';
  part_word: string;
  part_word_plural: string;
  published: string | null;
  start_date: string | null;
  measure_count: number;
}
interface PartRow {
  id: number;
  plan_id: number;
  number: number;
  title: string;
}
interface NoteRow {
  part_id: number;
  kind: PartNote['kind'];
  text: string;
  source: string | null;
}

export function insertPlan(db: Database, p: Omit<PlanRow, 'id'> & { sort_order: number }): number {
  return Number(
    stmt(
      db,
      'INSERT INTO plans (code, title, short_name, kind, part_word, part_word_plural, published, start_date, ' +
        'measure_count, sort_order) VALUES (@code, @title, @short_name, @kind, @part_word, @part_word_plural, ' +
        '@published, @start_date, @measure_count, @sort_order)',
    ).run(p).lastInsertRowid,
  );
}

export function insertPart(db: Database, planId: number, number: number, title: string): number {
  return Number(
    stmt(db, 'INSERT INTO parts (plan_id, number, title) VALUES (?, ?, ?)').run(planId, number, title).lastInsertRowid,
  );
}

export function insertPartNote(db: Database, partId: number, note: PartNote): void {
  stmt(db, 'INSERT INTO part_notes (part_id, kind, text, source) VALUES (?, ?, ?, ?)').run(
    partId,
    note.kind,
    note.text,
    note.source,
  );
}

export function listPlans(db: Database): Plan[] {
  const plans = stmt(
    db,
    'SELECT id, code, title, short_name, kind, part_word, part_word_plural, published, start_date, measure_count ' +
      'FROM plans ORDER BY sort_order, id',
  ).all() as PlanRow[];
  const parts = stmt(db, 'SELECT id, plan_id, number, title FROM parts ORDER BY plan_id, number').all() as PartRow[];
  const notes = stmt(db, 'SELECT part_id, kind, text, source FROM part_notes ORDER BY id').all() as NoteRow[];
  const notesByPart = Map.groupBy(notes, (n) => n.part_id);
  const partsByPlan = Map.groupBy(parts, (p) => p.plan_id);
  return plans.map((p) => ({
    id: p.id,
    code: p.code,
    title: p.title,
    shortName: p.short_name,
    kind: p.kind,
    partWord: p.part_word,
    partWordPlural: p.part_word_plural,
    published: p.published,
    startDate: p.start_date,
    measureCount: p.measure_count,
    parts: (partsByPlan.get(p.id) ?? []).map((pt): Part => ({
      id: pt.id,
      number: pt.number,
      title: pt.title,
      notes: (notesByPart.get(pt.id) ?? []).map((n) => ({ kind: n.kind, text: n.text, source: n.source })),
    })),
  }));
}

export function planIdByCode(db: Database, code: string): number | null {
  const row = stmt(db, 'SELECT id FROM plans WHERE code = ?').get(code) as { id: number } | undefined;
  return row?.id ?? null;
}

export function partId(db: Database, planId: number, number: number): number | null {
  const row = stmt(db, 'SELECT id FROM parts WHERE plan_id = ? AND number = ?').get(planId, number) as
    { id: number } | undefined;
  return row?.id ?? null;
}
