// A cell as text, exactly as the preview, DOCX, PDF and CSV show it (XLSX writes typed values instead).
import { ASSESSMENT_LABELS, EXAMPLE_DATA_LABEL, STATUS_LABELS, type DatasetKind } from '../domain/vocabulary.ts';
import { valueText } from '../domain/measure-fields.ts';
import { formatDate, formatNok } from '../format/nb.ts';
import type { ReportColumn } from './columns.ts';
import type { ReportBudget, ReportGroupBy, ReportRow } from './model.ts';

export const WITHIN_EXISTING_LABEL = 'Innenfor gjeldende rammer';
/** After the status of an update that corrects a closed reporting period. */
export const CORRECTED_MARK = ' (korrigert etter lukking)';
export const TITLE_PENDING_SUFFIX = ' (tittel ikke fylt inn)';
/** A measure listed under a co-owning ministry says whose it is: «… (medansvarlig; ansvarlig: JD)». */
export const CO_OWNED_MARK = ' (medansvarlig; ansvarlig: ';

/** An amount left empty is «–» (not 0 kr): nothing was given. */
export const EMPTY_AMOUNT = '–';

export function budgetText(b: ReportBudget | null): string {
  if (!b) return '';
  if ((b.allocatedNok === null || b.allocatedNok === 0) && b.withinExisting) return WITHIN_EXISTING_LABEL;
  if (b.allocatedNok === null) return EMPTY_AMOUNT;
  return formatNok(b.allocatedNok);
}

export function cellText(row: ReportRow, column: ReportColumn): string {
  switch (column) {
    case 'number':
      return row.number;
    case 'title': {
      const title = row.titlePending ? row.title + TITLE_PENDING_SUFFIX : row.title;
      return row.coOwned && row.owner ? `${title}${CO_OWNED_MARK}${row.owner.abbrev})` : title;
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
      return STATUS_LABELS[row.status] + (row.corrected ? CORRECTED_MARK : '');
    case 'assessment':
      return ASSESSMENT_LABELS[row.assessment];
    case 'comment':
      return row.comment;
    case 'lastUpdated':
      return formatDate(row.lastUpdated);
    case 'budget':
      return budgetText(row.budget);
    default:
      // Any other field of the registry: its stored value as text.
      return valueText(row.fields[column]);
  }
}

export function datasetText(d: DatasetKind): string {
  return d === 'example' ? EXAMPLE_DATA_LABEL : 'Registrerte data';
}

/** How the table is grouped; by part in the plans' own word («Innsatsområde», «Hoveddel / innsatsområde»). */
export function groupByText(g: ReportGroupBy, partHeading = 'Del av planen'): string {
  return g === 'part' ? partHeading : 'Ansvarlig departement';
}
