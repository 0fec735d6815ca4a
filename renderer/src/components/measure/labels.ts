// Bokmål labels for audit-log fields and actions, shown in the history and the conflict dialog.
import type { AuditEntry } from '../../../../shared/domain/types.ts';

export const FIELD_LABELS: Record<string, string> = {
  title: 'Tittel',
  title_pending: 'Tittel fylt inn',
  description: 'Beskrivelse',
  part: 'Del',
  owner: 'Ansvarlig departement',
  coOwners: 'Medansvarlige departementer',
  agencies: 'Etater',
  startYear: 'Startår',
  endYear: 'Sluttår',
  budget: 'Budsjettlinje',
  'link:viderefort': 'Videreført-kobling',
  'link:relatert': 'Kobling',
};

const ACTION_LABELS: Record<string, string> = {
  delete: 'Flyttet tiltaket til papirkurven',
  restore: 'Gjenopprettet tiltaket fra papirkurven',
  'budget-add': 'La til budsjettlinje',
  'budget-update': 'Endret budsjettlinje',
  'budget-delete': 'Slettet budsjettlinje',
  'link-add': 'La til kobling',
  'link-remove': 'Fjernet kobling',
};

export function describeChange(e: AuditEntry): string {
  if (e.action === 'update') return `Endret ${(FIELD_LABELS[e.field ?? ''] ?? e.field ?? 'felt').toLowerCase()}`;
  return ACTION_LABELS[e.action] ?? e.action;
}

/** A logged value as the user reads it; `field` gives the meaning of flags stored as 1/0. */
export function shown(v: string | null, field?: string | null): string {
  if (field === 'title_pending' && (v === '0' || v === '1')) return v === '1' ? 'nei' : 'ja';
  return v === null || v === '' ? '(tomt)' : v;
}
