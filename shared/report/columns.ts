// The columns a status table can have, their bokmål headings and the default selection. The measure's own fields
// come from the field registry (a field with `report` becomes an optional column); the others are the status as of
// the date and the budget.
import { fieldDef, REPORT_FIELD_KEYS, type ReportFieldKey } from '../domain/measure-fields.ts';
import { labels, type Lang } from '../i18n/index.ts';

const STATUS_COLUMNS = ['status', 'assessment', 'comment', 'lastUpdated', 'budget'] as const;
export type ReportColumn = 'number' | ReportFieldKey | (typeof STATUS_COLUMNS)[number];

export const REPORT_COLUMNS = ['number', ...REPORT_FIELD_KEYS, ...STATUS_COLUMNS] as unknown as readonly [
  ReportColumn,
  ...ReportColumn[],
];

export const DEFAULT_REPORT_COLUMNS: ReportColumn[] = [
  'number',
  ...REPORT_FIELD_KEYS.filter((k) => fieldDef(k).report!.byDefault),
  'status',
  'assessment',
  'comment',
  'lastUpdated',
];

/**
 * The heading of a column in the edition's language (shared/i18n). The budget column names its year («Bevilget
 * 2024»); the part column uses the plans' own word (`partHeading`, e.g. «Innsatsområde», or «Hoveddel /
 * innsatsområde» for both plans).
 */
export function columnLabel(
  c: ReportColumn,
  budgetYear: number | null,
  partHeading?: string,
  lang: Lang = 'nb',
): string {
  const T = labels(lang).statusTable;
  if (c === 'budget') return T.allocated(budgetYear);
  if (c === 'part' && partHeading) return partHeading;
  return T.columns[c];
}

/** The label a choice list shows for a column. */
export function columnChoiceLabel(c: ReportColumn, partHeading?: string): string {
  return c === 'budget' ? 'Budsjett (bevilget for et år)' : columnLabel(c, null, partHeading);
}

/** Keep the canonical order whatever order the user ticked them in. */
export function orderColumns(cols: readonly ReportColumn[]): ReportColumn[] {
  return REPORT_COLUMNS.filter((c) => cols.includes(c));
}
