// The columns a status table can have, their bokmål headings and the default selection.

export const REPORT_COLUMNS = [
  'number',
  'title',
  'part',
  'owner',
  'coOwners',
  'agencies',
  'status',
  'assessment',
  'comment',
  'lastUpdated',
  'budget',
] as const;
export type ReportColumn = (typeof REPORT_COLUMNS)[number];

export const DEFAULT_REPORT_COLUMNS: ReportColumn[] = [
  'number',
  'title',
  'part',
  'owner',
  'agencies',
  'status',
  'assessment',
  'comment',
  'lastUpdated',
];

const LABELS: Record<ReportColumn, string> = {
  number: 'Nr.',
  title: 'Tiltak',
  part: 'Del',
  owner: 'Ansvarlig departement',
  coOwners: 'Medansvarlig',
  agencies: 'Etat',
  status: 'Status',
  assessment: 'Vurdering',
  comment: 'Kommentar',
  lastUpdated: 'Sist oppdatert',
  budget: 'Budsjett',
};

/** The heading of a column; the budget column names its year ("Bevilget 2024"). */
export function columnLabel(c: ReportColumn, budgetYear: number | null): string {
  if (c === 'budget') return budgetYear === null ? 'Bevilget' : `Bevilget ${budgetYear}`;
  return LABELS[c];
}

/** The label a choice list shows for a column. */
export function columnChoiceLabel(c: ReportColumn): string {
  return c === 'budget' ? 'Budsjett (bevilget for et år)' : LABELS[c];
}

/** Keep the canonical order whatever order the user ticked them in. */
export function orderColumns(cols: readonly ReportColumn[]): ReportColumn[] {
  return REPORT_COLUMNS.filter((c) => cols.includes(c));
}
