// The names an input round's XLSX form is recognised by, and the plain cell values its reader hands over. Kept apart
// from rounds.ts (which needs the field registry and zod) so the parse worker starts with as little as possible.
export const FORM_FORMAT = 'tiltaksportefolje/innspill@1';
export const FORM_SHEET = 'Tiltak';
export const HELP_SHEET = 'Slik fyller du ut';
export const META_SHEET = 'Skjemadata';

/** A cell as the worker hands it over: text, a number, a date (ISO day) or nothing. */
export type CellValue = string | number | boolean | { date: string } | null;
