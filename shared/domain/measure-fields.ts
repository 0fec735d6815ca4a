// A measure's fields, described once. Forms, history labels, register search and columns, report columns, the
// JSON export, the audit log, undo and the spreadsheet mapping of input rounds all read this registry, so adding a
// field is one entry here plus its column in a migration.
//
// Scalar fields (`column` set) are stored as is in that column of `measures` and handled generically end to end.
// The others (part, owner, co-owners, agencies) are relations with their own rules in the core, but their label,
// input schema, history and report/export/sheet descriptions live here too.
import { z } from 'zod';
import { longText, orgAbbrev, title, year } from '../api/schemas.ts';

export type FieldKind = 'text' | 'longText' | 'year' | 'email' | 'part' | 'ministry' | 'ministries' | 'agencies';

export interface FieldDef {
  /** The bokmål label, as a form and the history show it: «Tittel». */
  label: string;
  kind: FieldKind;
  /** The value as `measures:update` takes it (null clears an optional field). */
  input: z.ZodType;
  /** The `measures` column a scalar field is stored in; absent for relations. */
  column?: string;
  /** In a form: a whole row, or half of one. */
  layout: 'wide' | 'half';
  /** A hint under the field in the form. */
  hint?: string;
  /** Free-text search of the register looks in it: through the full-text index, or by scanning the column. */
  search?: 'fts' | 'scan';
  /** A column of the register table, with its heading. */
  register?: { label: string };
  /** A column a status table may have: its heading, its relative width, and whether it is on by default. */
  report?: { label: string; weight: number; byDefault: boolean };
  /** Its key in the archival JSON export (tiltaksportefolje/export@1). */
  exportKey?: string;
  /** Its column heading in a spreadsheet (input rounds), read back with `parseCell`. */
  sheet?: { header: string };
}

const EMAIL_MESSAGE = 'Skriv en gyldig e-postadresse, for eksempel kari.nordmann@jd.dep.no, eller la feltet stå tomt.';
const email = z
  .string({ error: EMAIL_MESSAGE })
  .trim()
  .max(254, { error: EMAIL_MESSAGE })
  .refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), { error: EMAIL_MESSAGE });
const personName = z
  .string({ error: 'Navnet må være tekst.' })
  .trim()
  .max(200, { error: 'Navnet kan ikke være lengre enn 200 tegn.' });
const orgList = (what: string) => z.array(orgAbbrev).max(50, { error: `For mange ${what}.` });

export const MEASURE_FIELDS = {
  title: {
    label: 'Tittel',
    kind: 'text',
    input: title,
    column: 'title',
    layout: 'wide',
    search: 'fts',
    register: { label: 'Tiltak' },
    report: { label: 'Tiltak', weight: 22, byDefault: true },
    exportKey: 'title',
    sheet: { header: 'Tittel' },
  },
  description: {
    label: 'Beskrivelse',
    kind: 'longText',
    input: longText,
    column: 'description',
    layout: 'wide',
    search: 'fts',
    exportKey: 'description',
    sheet: { header: 'Beskrivelse' },
  },
  part: {
    label: 'Del av planen',
    kind: 'part',
    input: z.number({ error: 'Velg fra listen.' }).int().positive({ error: 'Velg fra listen.' }).nullable(),
    layout: 'half',
    register: { label: 'Del av planen' },
    report: { label: 'Del av planen', weight: 12, byDefault: true },
    sheet: { header: 'Del av planen' },
  },
  owner: {
    label: 'Ansvarlig departement',
    kind: 'ministry',
    input: orgAbbrev.nullable(),
    layout: 'half',
    register: { label: 'Ansvarlig departement' },
    report: { label: 'Ansvarlig departement', weight: 12, byDefault: true },
    sheet: { header: 'Ansvarlig departement' },
  },
  startYear: {
    label: 'Startår',
    kind: 'year',
    input: year.nullable(),
    column: 'start_year',
    layout: 'half',
    exportKey: 'startYear',
    sheet: { header: 'Startår' },
  },
  endYear: {
    label: 'Sluttår',
    kind: 'year',
    input: year.nullable(),
    column: 'end_year',
    layout: 'half',
    exportKey: 'endYear',
    sheet: { header: 'Sluttår' },
  },
  coOwners: {
    label: 'Medansvarlige departementer',
    kind: 'ministries',
    input: orgList('departementer'),
    layout: 'wide',
    report: { label: 'Medansvarlig', weight: 11, byDefault: false },
    sheet: { header: 'Medansvarlige departementer' },
  },
  agencies: {
    label: 'Etater og direktorater',
    kind: 'agencies',
    input: orgList('etater'),
    layout: 'wide',
    register: { label: 'Etater' },
    report: { label: 'Etat', weight: 11, byDefault: true },
    sheet: { header: 'Etater' },
  },
  // Who reports on the measure; input rounds send the form to this person.
  contactName: {
    label: 'Kontaktperson',
    kind: 'text',
    input: personName,
    column: 'contact_name',
    layout: 'half',
    search: 'scan',
    report: { label: 'Kontaktperson', weight: 14, byDefault: false },
    exportKey: 'contactName',
    sheet: { header: 'Kontaktperson' },
  },
  contactEmail: {
    label: 'E-post til kontaktperson',
    kind: 'email',
    input: email,
    column: 'contact_email',
    layout: 'half',
    search: 'scan',
    report: { label: 'E-post', weight: 16, byDefault: false },
    exportKey: 'contactEmail',
    sheet: { header: 'E-post til kontaktperson' },
  },
} as const satisfies Record<string, FieldDef>;

type Fields = typeof MEASURE_FIELDS;
export type MeasureFieldKey = keyof Fields;
/** Fields stored as is in a column of `measures`. */
type KeysWith<P> = { [K in MeasureFieldKey]: Fields[K] extends P ? K : never }[MeasureFieldKey];
export type ScalarFieldKey = KeysWith<{ column: string }>;
/** A measure's scalar values, as the API gives them (`Measure` includes them). */
export type ScalarValues = { [K in ScalarFieldKey]: z.output<Fields[K]['input']> };
export type ReportFieldKey = KeysWith<{ report: object }>;

export const FIELD_KEYS = Object.keys(MEASURE_FIELDS) as MeasureFieldKey[];
export const fieldDef = (key: MeasureFieldKey): FieldDef => MEASURE_FIELDS[key];
export const SCALAR_KEYS = FIELD_KEYS.filter((k) => fieldDef(k).column !== undefined) as ScalarFieldKey[];
export const REPORT_FIELD_KEYS = FIELD_KEYS.filter((k) => fieldDef(k).report !== undefined) as ReportFieldKey[];

export function isFieldKey(key: string): key is MeasureFieldKey {
  return Object.hasOwn(MEASURE_FIELDS, key);
}

/** The `measures:update` changes: every field optional, nothing else allowed. */
export const measureChanges = z
  .object(
    Object.fromEntries(FIELD_KEYS.map((k) => [k, fieldDef(k).input.optional()])) as {
      [K in MeasureFieldKey]: z.ZodOptional<Fields[K]['input']>;
    },
  )
  .strict();
export type MeasureChanges = z.input<typeof measureChanges>;

/** A scalar value as the audit log stores it: empty and null alike are «no value». */
export function auditText(v: string | number | null | undefined): string | null {
  return v === null || v === undefined || v === '' ? null : String(v);
}

/** A scalar value as a cell of a report, an export or the history shows it. */
export function valueText(v: string | number | null | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}

export type CellResult = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * A spreadsheet cell as a field's value (input rounds): text is trimmed, an empty cell clears an optional field,
 * a year may come as a number or as text; the result is checked with the field's own schema and message.
 */
export function parseCell(key: MeasureFieldKey, raw: string | number | null | undefined): CellResult {
  const def = fieldDef(key);
  const text = raw === null || raw === undefined ? '' : String(raw).trim();
  let value: unknown = text;
  if (def.kind === 'year') value = text === '' ? null : /^\d+$/.test(text) ? Number(text) : text;
  else if (def.kind === 'ministry') value = text === '' ? null : text;
  else if (def.kind === 'ministries' || def.kind === 'agencies')
    value =
      text === ''
        ? []
        : text
            .split(/[,;]/)
            .map((s) => s.trim())
            .filter(Boolean);
  // A part is written as its number in the plan; the importer turns it into the part of the measure's own plan.
  else if (def.kind === 'part') value = text === '' ? null : Number(text);
  const r = def.input.safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, message: r.error.issues[0]?.message ?? 'Ugyldig verdi.' };
}
