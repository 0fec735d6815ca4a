// The organisation registry's vocabulary: kinds of organisation and which ones belong under a ministry.
import { formatDate } from '../format/nb.ts';
import type { Organisation } from './types.ts';

export const ORG_KINDS = [
  'departement',
  'direktorat',
  'etat',
  'enhet',
  'nemnd',
  'sekretariat',
  'uavhengig',
  'organisasjon',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  departement: 'Departement',
  direktorat: 'Direktorat',
  etat: 'Etat',
  enhet: 'Enhet',
  nemnd: 'Nemnd',
  sekretariat: 'Sekretariat',
  uavhengig: 'Uavhengig organ',
  organisasjon: 'Organisasjon',
};

/** Kinds that sit under a ministry and must name it; independent bodies and NGOs may, ministries may not. */
export function parentRule(kind: OrgKind): 'required' | 'optional' | 'forbidden' {
  if (kind === 'departement') return 'forbidden';
  if (kind === 'uavhengig' || kind === 'organisasjon') return 'optional';
  return 'required';
}

export function orgKindLabel(kind: string): string {
  return (ORG_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}

/** Its «gyldig fra» lies after `today` (ISO): the registry takes an organisation up to a year ahead. */
export function startsLater(o: Pick<Organisation, 'validFrom'>, today: string): boolean {
  return o.validFrom !== null && o.validFrom > today;
}

/** Retired on `day` (ISO): its «avviklet fra» has come. Before it the organisation is live, retirement ahead or not. */
export function retiredOn(o: Pick<Organisation, 'retiredFrom'>, day: string): boolean {
  return o.retiredFrom !== null && o.retiredFrom <= day;
}

/** The mark after its name in the register's filters on `today` (ISO): «(avviklet)» from its date, and
 * «(avvikles dd.mm.åååå)» while the date lies ahead; nothing when it is not retired. */
export function retirementMark(o: Pick<Organisation, 'retiredFrom'>, today: string): string {
  if (o.retiredFrom === null) return '';
  return retiredOn(o, today) ? ' (avviklet)' : ` (avvikles ${formatDate(o.retiredFrom)})`;
}

/**
 * Offered for new choices in pickers on `today` (ISO): a live organisation (not yet retired on that day) under the
 * name it has on that day. One whose «gyldig fra» lies ahead is not offered until its date (a measure could otherwise
 * be given an owner that does not exist yet); one retired from a day ahead is offered until the day before; a name
 * renamed away is offered until the day before its successor starts, so a rename dated ahead leaves today's name to
 * choose. The callers add what a measure already names: it keeps it.
 */
export function isSelectable(o: Organisation, today: string): boolean {
  return !retiredOn(o, today) && nameInForce(o, today);
}

/** The member of its rename chain whose name applies on `today` (ISO): started, and not yet renamed away. Retired or
 * not: the register's filters still find a retired organisation's measures. */
export function nameInForce(o: Organisation, today: string): boolean {
  if (startsLater(o, today)) return false;
  return o.renamedToAbbrev === null || (o.validTo !== null && o.validTo >= today);
}

/** An abbreviation as stored: upper case, as every other in the registry (QA: «qaorg» stayed lower case). */
export function normaliseAbbrev(abbrev: string): string {
  return abbrev.toLocaleUpperCase('nb');
}

/** The last «gyldig fra» (or rename date) taken: a year after `today` (ISO). A later date is most likely a typing
 * error (31.12.2099), and an organisation is added when its start is known, not years ahead. */
export function latestValidFrom(today: string): string {
  return `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
}

const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').toLocaleUpperCase('nb');

/**
 * An organisation as a list or a heading names it: «Helsedirektoratet (HDIR)». A name that already holds its
 * abbreviation stays as it is («Kripos», «ROSA (Krisesentersekretariatet)»), and a name ending in parentheses gets
 * the abbreviation after a dash, never a second pair: «Arbeids- og velferdsdirektoratet (Nav) – AVDIR».
 */
export function orgDisplayName(o: { name: string; abbrev: string }): string {
  const lead = o.name.split('(')[0];
  if (letters(lead) === letters(o.abbrev) || letters(o.name) === letters(o.abbrev)) return o.name;
  return o.name.trimEnd().endsWith(')') ? `${o.name} – ${o.abbrev}` : `${o.name} (${o.abbrev})`;
}
