// Bokmål labels for audit-log fields and actions, shown in the history and the conflict dialog. A measure's own
// fields take their label from the field registry; the part is named with the plan's own word.
import { fieldDef, isFieldKey } from '../../../../shared/domain/measure-fields.ts';
import { partWordTitle } from '../../../../shared/domain/plans.ts';
import type { AuditEntry, Plan } from '../../../../shared/domain/types.ts';

/** Audit fields that are not fields of the registry. */
const OTHER_FIELDS: Record<string, string> = {
  title_pending: 'Tittel fylt inn',
  budget: 'Budsjettlinje',
  'link:viderefort': 'Videreført-kobling',
  'link:relatert': 'Kobling',
};

export function fieldLabel(field: string | null, plan?: Pick<Plan, 'partWord' | 'partWordPlural'>): string {
  if (field === 'part' && plan) return partWordTitle(plan);
  if (field && isFieldKey(field)) return fieldDef(field).label;
  return OTHER_FIELDS[field ?? ''] ?? field ?? 'felt';
}

const ACTION_LABELS: Record<string, string> = {
  delete: 'Flyttet tiltaket til papirkurven',
  restore: 'Gjenopprettet tiltaket fra papirkurven',
  'budget-add': 'La til budsjettlinje',
  'budget-update': 'Endret budsjettlinje',
  'budget-delete': 'Slettet budsjettlinje',
  'link-add': 'La til kobling',
  'link-remove': 'Fjernet kobling',
  'round-import': 'Innspill godtatt',
  'round-correction': 'Rettet verdi fra innspill',
  'obligation-add': 'Koblet til forpliktelse',
  'obligation-remove': 'Fjernet koblingen til forpliktelse',
  'obligation-note': 'Endret merknad til forpliktelse',
};

/** After who and when: a change made by «Angre» or «Gjør om» says so, so the history does not read as a new edit. */
export function replayNote(e: Pick<AuditEntry, 'replay'>): string {
  if (e.replay === 'undo') return ' – med «Angre» (opphevet en tidligere endring)';
  if (e.replay === 'redo') return ' – med «Gjør om» (gjentok en angret endring)';
  return '';
}

export function describeChange(e: AuditEntry, plan?: Pick<Plan, 'partWord' | 'partWordPlural'>): string {
  if (e.action === 'update') return `Endret ${fieldLabel(e.field, plan).toLowerCase()}`;
  return ACTION_LABELS[e.action] ?? e.action;
}

/** The «tittel fylt inn» flag logged beside a title change in the same save (same version) is left out: the title's
 * own line says it, and «Tittel fylt inn: nei → ja» read as an internal flag. A flag changed alone is kept. */
export function withoutTitleFlags<E extends Pick<AuditEntry, 'field' | 'version'> | { kind: 'status' }>(
  entries: readonly E[],
): E[] {
  const titled = new Set(
    entries.flatMap((e) => ('field' in e && e.field === 'title' && e.version !== null ? [e.version] : [])),
  );
  return entries.filter((e) => !('field' in e) || e.field !== 'title_pending' || !titled.has(e.version ?? NaN));
}

/** A logged value as the user reads it; `field` gives the meaning of flags stored as 1/0. */
export function shown(v: string | null, field?: string | null): string {
  if (field === 'title_pending' && (v === '0' || v === '1')) return v === '1' ? 'nei' : 'ja';
  return v === null || v === '' ? '(tomt)' : v;
}
