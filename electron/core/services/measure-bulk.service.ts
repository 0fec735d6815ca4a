// Setting the part or the owner of many measures at once (from the register, after pasting titles): one
// transaction, all or nothing, each measure checked and audited as its own edit would be, and one change set so a
// single «Angre» on the register undoes all of it. A measure changed since it was selected is a conflict, never
// overwritten.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { UpdateManyResult, updateManyInput } from '../../../shared/api/measure-edit.contract.ts';
import type { MeasureFieldKey } from '../../../shared/domain/measure-fields.ts';
import { writeTx } from '../db/tx.ts';
import { AppError } from '../errors.ts';
import { getMeasureWithStatus } from '../repositories/measures.repo.ts';
import { listPlans } from '../repositories/plans.repo.ts';
import { recordChange, type Actor } from './change-log.service.ts';
import { changeLabel, writeMeasureChanges, type WrittenChanges } from './measure-edit.service.ts';
import { todayIso } from '../../../shared/format/nb.ts';

export type UpdateManyInput = z.output<typeof updateManyInput>;

/** «Tiltak 5 (Strategien 2025–2030): …»: which measure a refusal is about. */
function prefixed(db: Database, id: number, today: string, err: unknown): unknown {
  if (!(err instanceof AppError)) return err;
  const row = getMeasureWithStatus(db, id, today);
  if (!row) return err;
  const plan = listPlans(db).find((p) => p.id === row.plan_id);
  const who = `Tiltak ${row.number}${plan ? ` (${plan.shortName})` : ''}`;
  const fields = err.fields && Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k, `${who}: ${v}`]));
  const message =
    err.code === 'conflict'
      ? `${who} er endret etter at du valgte det. Ingenting er lagret; last inn listen på nytt og prøv igjen.`
      : `${who}: ${err.message}`;
  return new AppError(err.code, message, { fields, details: { measureId: id } });
}

export function updateMeasures(db: Database, input: UpdateManyInput, actor: Actor): UpdateManyResult {
  const today = todayIso(actor.now);
  const ids = input.items.map((i) => i.id);
  if (new Set(ids).size !== ids.length) throw new AppError('invalid', 'Et tiltak er valgt to ganger.');
  return writeTx(db, () => {
    const written: WrittenChanges[] = [];
    for (const item of input.items) {
      try {
        const w = writeMeasureChanges(db, item, actor);
        if (w) written.push(w);
      } catch (err) {
        throw prefixed(db, item.id, today, err);
      }
    }
    if (written.length === 0) return { changed: 0, label: null };
    const fields = [...new Set(written.flatMap((w) => w.diffs.map((d) => d.field)))] as MeasureFieldKey[];
    const planIds = new Set(written.map((w) => w.row.plan_id));
    const plans = listPlans(db).filter((p) => planIds.has(p.id));
    const partWord = [...new Set(plans.map((p) => p.partWord))].join('/');
    const n = written.length;
    const label = `${changeLabel(fields, 'endring av', partWord)} for ${n} tiltak`;
    const changeSet = recordChange(db, actor, { kind: 'register' }, label, {
      op: 'measures:updateMany',
      input: {
        items: written.map((w) => ({
          id: w.row.id,
          version: w.row.version + 1,
          changes: Object.fromEntries(w.diffs.map((d) => [d.field, d.undo])),
        })),
      },
      records: written.map((w) => ({ key: `measure:${w.row.id}`, version: w.row.version + 1 })),
    });
    for (const w of written) w.audit(changeSet);
    return { changed: n, label };
  });
}
