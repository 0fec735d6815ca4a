// The coordinator's corrections of an answer's values in the review, before accepting (QA rounds §6): each corrected
// cell is replaced by the typed text and the measure's items computed again, so a corrected value meets the rules the
// field has elsewhere; the answer's own value stays beside the correction.
import type { Correction, PartCorrection, ReviewItem, ReviewPart } from '../../../shared/api/rounds.contract.ts';
import { parseNok } from '../../../shared/domain/budget.ts';
import { fieldDef } from '../../../shared/domain/measure-fields.ts';
import { CONTACT_FIELDS } from '../../../shared/domain/round-contact.ts';
import type { readAmount } from '../../../shared/domain/rounds.ts';
import { AppError } from '../errors.ts';
import type { AnswerRowContent, FormMeasure } from '../rounds/answer-content.ts';
import type { Planned } from './round-review-items.ts';

/** A spent amount corrected in the review, read as the budget form reads it (a blank is no amount to accept). */
export function correctedAmount(text: string): ReturnType<typeof readAmount> {
  const n = parseNok(text);
  if (typeof n === 'string') return { ok: false, message: n };
  if (n === null) return { ok: false, message: 'Skriv beløpet i hele kroner, eller avvis endringen.' };
  return { ok: true, value: n };
}

/** The answer's cell a part of an item is read from: the cell a correction of that part replaces. */
const STATUS_CELLS: Record<string, string> = {
  Status: 'newStatus',
  Vurdering: 'newAssessment',
  Kommentar: 'newComment',
  Dato: 'newDate',
};

/** The contact person's cells by their fields' labels («Kontaktperson», «E-post til kontaktperson»). */
const CONTACT_CELLS: Record<string, string> = Object.fromEntries(
  CONTACT_FIELDS.map((k) => [fieldDef(k).label, `field:${k}`]),
);

function correctedCell(item: ReviewItem, field: string, form: FormMeasure): string | null {
  if (!item.parts.some((p) => p.label === field)) return null;
  const [, kind, rest] = /^\d+:(status|contact|field|budget)(?::(.+))?$/.exec(item.key) ?? [];
  if (kind === 'status') return STATUS_CELLS[field] ?? null;
  if (kind === 'contact') return CONTACT_CELLS[field] ?? null;
  if (kind === 'field') return `field:${rest}`;
  if (kind === 'budget') {
    const i = form.budget.findIndex(([lineId]) => String(lineId) === rest);
    return i < 0 ? null : `spent:${i + 1}`;
  }
  return null;
}

export const SAME_AS_NOW =
  'Den rettede verdien er den samme som porteføljen har nå, så det er ingenting å godta. ' +
  'Avvis endringen, eller angre rettingen.';

/**
 * A measure's items with the coordinator's corrections: each corrected cell replaced by the typed value and the items
 * computed again, so the corrected value meets the same rules (a budget amount the budget form's); each corrected
 * part keeps the answer's value in `new` and says the correction beside it.
 */
export function correctedItems(
  row: AnswerRowContent,
  form: FormMeasure,
  found: { item: ReviewItem; planned: Planned | null }[],
  fixes: Correction[],
  compute: (row: AnswerRowContent, corrected: ReadonlySet<string>) => { item: ReviewItem; planned: Planned | null }[],
) {
  const cells = { ...row.cells };
  const corrected = new Set<string>();
  for (const f of fixes) {
    const item = found.find((x) => x.item.key === f.key)?.item;
    const cell = item && correctedCell(item, f.field, form);
    if (!cell) throw new AppError('invalid', 'Gjennomgangen har ikke feltet som skulle rettes. Åpne svaret på nytt.');
    cells[cell] = f.value;
    corrected.add(cell);
  }
  const again = compute({ ...row, cells, formulas: row.formulas.filter((k) => !corrected.has(k)) }, corrected);
  return found.map(({ item, planned }) => {
    const fixed = fixes.filter((f) => f.key === item.key);
    // An item not corrected itself is read again too: a rule across fields (Sluttår before Startår) may have changed.
    if (fixed.length === 0) return again.find((x) => x.item.key === item.key) ?? { item, planned };
    const next = again.find((x) => x.item.key === item.key);
    const correction = (p: ReviewPart, shown: string): PartCorrection | null => {
      const f = fixed.find((x) => x.field === p.label);
      return f ? { typed: f.value, shown, by: null } : null;
    };
    if (!next) {
      // Corrected to what the portfolio has: nothing left to accept.
      const parts = item.parts.map((p) => {
        const c = correction(p, p.old);
        return c ? { ...p, correction: c, changed: false, problem: SAME_AS_NOW } : p;
      });
      return {
        item: { ...item, parts, problems: [SAME_AS_NOW] },
        planned: null,
      };
    }
    const parts = next.item.parts.map((p) => {
      const c = correction(p, p.new);
      const answered = item.parts.find((x) => x.label === p.label);
      return c ? { ...p, new: answered?.new ?? '', correction: c, changed: p.old !== c.shown } : p;
    });
    return { item: { ...next.item, parts }, planned: next.planned };
  });
}
