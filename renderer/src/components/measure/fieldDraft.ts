// A measure's fields as a form holds them (text in inputs, abbreviations in pickers), and back to the changes
// `measures:update` takes: only what changed. Driven by the field registry, by kind, so a new field needs no code here.
import type { MeasureChanges } from '../../../../shared/api/measure-edit.contract.ts';
import { FIELD_KEYS, fieldDef, type MeasureFieldKey } from '../../../../shared/domain/measure-fields.ts';
import type { Measure, Plan } from '../../../../shared/domain/types.ts';

export type Draft = Record<MeasureFieldKey, string | string[]>;

function draftValue(m: Measure, plan: Plan | undefined, key: MeasureFieldKey): string | string[] {
  const def = fieldDef(key);
  switch (def.kind) {
    case 'part': {
      const part = plan?.parts.find((p) => p.number === m.partNumber);
      return part ? String(part.id) : '';
    }
    case 'ministry':
      return m.owner?.abbrev ?? '';
    case 'ministries':
      return m.coOwners.map((o) => o.abbrev);
    case 'agencies':
      return m.agencies.map((o) => o.abbrev);
    default: {
      // A title not filled in is «Tiltak N» as a stand-in: the field starts empty, not holding it as if it were one.
      if (key === 'title' && m.titlePending) return '';
      const v = (m as unknown as Record<string, unknown>)[key];
      return v === null || v === undefined ? '' : String(v);
    }
  }
}

export function draftOf(m: Measure, plan: Plan | undefined): Draft {
  return Object.fromEntries(FIELD_KEYS.map((k) => [k, draftValue(m, plan, k)])) as Draft;
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Changed fields only, as the API takes them; with errors for what cannot be sent at all. */
export function changesOf(before: Draft, after: Draft): { changes: MeasureChanges; errors: Record<string, string> } {
  const changes: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const key of FIELD_KEYS) {
    const a = before[key];
    const b = after[key];
    if (Array.isArray(a) || Array.isArray(b)) {
      if (!sameList(a as string[], b as string[])) changes[key] = b;
      continue;
    }
    if (a === b) continue;
    const kind = fieldDef(key).kind;
    if (kind === 'year') {
      const t = b.trim();
      if (t === '') changes[key] = null;
      else if (/^\d{4}$/.test(t)) changes[key] = Number(t);
      else errors[key] = 'Skriv året med fire sifre, for eksempel 2025.';
    } else if (kind === 'part') changes[key] = b === '' ? null : Number(b);
    else if (kind === 'ministry') changes[key] = b === '' ? null : b;
    else changes[key] = b;
  }
  return { changes: changes as MeasureChanges, errors };
}

/** The API names a field `changes.title`; the form names it `title`. */
export function formFieldErrors(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) out[k.replace(/^changes\./, '').split('.')[0]] ??= v;
  return out;
}
