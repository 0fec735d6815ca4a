// A cell as text, exactly as the preview, DOCX, PDF and CSV show it (XLSX writes typed values instead), in the
// report's edition (shared/i18n): the app's own words translated, stored text (titles, comments, names) as written.
import type { DatasetKind } from '../domain/vocabulary.ts';
import { valueText } from '../domain/measure-fields.ts';
import {
  assessmentLabel,
  formatDateIn,
  formatNokIn,
  labels,
  measureTitleIn,
  statusLabel,
  type Lang,
} from '../i18n/index.ts';
import type { ReportColumn } from './columns.ts';
import type { ReportBudget, ReportGroupBy, ReportRow } from './model.ts';

export const WITHIN_EXISTING_LABEL = labels('nb').withinExisting;
/** After the status of an update that corrects a closed reporting period. */
export const CORRECTED_MARK = ` (${labels('nb').correctedMark})`;

/** An amount left empty is «–» (not 0 kr): nothing was given. */
export const EMPTY_AMOUNT = '–';

export function budgetText(b: ReportBudget | null, lang: Lang = 'nb'): string {
  if (!b) return '';
  if ((b.allocatedNok === null || b.allocatedNok === 0) && b.withinExisting) return labels(lang).withinExisting;
  if (b.allocatedNok === null) return EMPTY_AMOUNT;
  return formatNokIn(b.allocatedNok, lang);
}

export function cellText(row: ReportRow, column: ReportColumn, lang: Lang = 'nb'): string {
  const L = labels(lang);
  switch (column) {
    case 'number':
      return row.number;
    case 'title': {
      // A measure listed under a co-owning ministry says whose it is: «… (medansvarlig; ansvarlig: JD)».
      const title = measureTitleIn(row, lang);
      return row.coOwned && row.owner ? `${title}${L.coOwnedMark(row.owner.abbrev)}` : title;
    }
    case 'part':
      return row.part ? `${row.part.number}. ${row.part.title}` : '';
    case 'owner':
      return row.owner?.abbrev ?? '';
    case 'coOwners':
      return row.coOwners.join(', ');
    case 'agencies':
      return row.agencies.join(', ');
    case 'status':
      return statusLabel(row.status, lang) + (row.corrected ? ` (${L.correctedMark})` : '');
    case 'assessment':
      return assessmentLabel(row.assessment, lang);
    case 'comment':
      return row.comment;
    case 'lastUpdated':
      // A table's cell, as the report pack's: «1 Jun 2025» (bokmål's «01.06.2025» is short already).
      return formatDateIn(row.lastUpdated, lang, true);
    case 'budget':
      return budgetText(row.budget, lang);
    default:
      // Any other field of the registry: its stored value as text.
      return valueText(row.fields[column]);
  }
}

export function datasetText(d: DatasetKind, lang: Lang = 'nb'): string {
  return d === 'example' ? labels(lang).exampleData : labels(lang).realData;
}

/** How the table is grouped; by part in the plans' own word («Innsatsområde», «Hoveddel / innsatsområde»). */
export function groupByText(g: ReportGroupBy, partHeading?: string, lang: Lang = 'nb'): string {
  const T = labels(lang).statusTable;
  return g === 'part' ? (partHeading ?? T.byPartDefault) : T.byOwner;
}
