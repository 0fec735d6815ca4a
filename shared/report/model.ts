// The report model: what a status table holds, the same for the preview and every file format.
import type { AsOfStatus, AssessmentCode, DatasetKind } from '../domain/vocabulary.ts';
import type { Lang } from '../i18n/index.ts';
import type { ReportColumn } from './columns.ts';

export type ReportGroupBy = 'part' | 'ministry';

export interface ReportBudget {
  /** Sum of the amounts given; null when every line of the year leaves it empty (never counted as 0). */
  allocatedNok: number | null;
  spentNok: number | null;
  /** "Innenfor gjeldende rammer": no new money. */
  withinExisting: boolean;
}

export interface ReportRow {
  measureId: number;
  number: string;
  title: string;
  titlePending: boolean;
  part: { number: number; title: string } | null;
  /** Organisation abbreviations and names as valid on the as-of date. */
  owner: { abbrev: string; name: string } | null;
  coOwners: string[];
  agencies: string[];
  /** «ingen-status» when no update is in force on the as-of date. */
  status: AsOfStatus;
  assessment: AssessmentCode;
  comment: string;
  /** Effective date (ISO) of the status update in force on the as-of date. */
  lastUpdated: string | null;
  /** That update corrected, after closing, what a closed period reported for the as-of date («korrigert etter
   * lukking»; electron/core/services/as-of-corrections.ts). */
  corrected?: boolean;
  /** Sum of the budget lines for the chosen year; null when none are recorded. */
  budget: ReportBudget | null;
  /** The other fields of the registry chosen as columns, by key (e.g. the contact person). */
  fields: Partial<Record<string, string | number | null>>;
  /** Listed under a co-owning ministry (grouped by ministry); the same measure is also listed under its owner. */
  coOwned?: boolean;
}

export interface ReportGroup {
  key: string;
  heading: string;
  rows: ReportRow[];
  /** Grouped by ministry: the measures this ministry shares as a co-owner (each also listed under its owner). */
  coOwned?: boolean;
}

/** Measures per status in one part of a plan, for the status chart. */
export interface StatusCount {
  label: string;
  counts: Record<AsOfStatus, number>;
}

export interface ReportPlan {
  code: string;
  title: string;
  /** The plan's own word for its parts («hoveddel», «innsatsområde»). */
  partWord: string;
  groups: ReportGroup[];
  statusByPart: StatusCount[];
}

export interface ReportModel {
  /** The edition: every text the app writes is in it; titles, comments and names stay as stored. */
  lang: Lang;
  title: string;
  asOf: string;
  dataset: DatasetKind;
  /** ISO timestamp of when the report was made. */
  generatedAt: string;
  groupBy: ReportGroupBy;
  columns: ReportColumn[];
  budgetYear: number;
  /** The part column's heading in the plans' own words: «Innsatsområde», «Hoveddel / innsatsområde». */
  partHeading: string;
  landscape: boolean;
  includeCharts: boolean;
  plans: ReportPlan[];
  /**
   * Chosen plans left out because they started after the as-of date (their measures did not exist then): one
   * sentence each, printed in every format where the plan would have been.
   */
  notStarted: { code: string; title: string; startDate: string; note: string }[];
}

export const REPORT_TITLE = 'Status for tiltak mot menneskehandel';

/** Every measure of a plan once, in table order (the order of its groups): flat formats (XLSX, CSV). */
export function planRows(plan: ReportPlan): ReportRow[] {
  return plan.groups.flatMap((g) => g.rows).filter((r) => !r.coOwned);
}

/** The column a grouping makes redundant: its value is the group's heading. */
export function groupingColumn(groupBy: ReportGroupBy): ReportColumn {
  return groupBy === 'part' ? 'part' : 'owner';
}

/**
 * The columns of the grouped tables (DOCX, PDF, preview): the chosen ones less the grouping column, which each
 * group's heading already says. (A co-owned row names its owner in its title cell instead; see cells.ts.)
 */
export function tableColumns(model: Pick<ReportModel, 'columns' | 'groupBy'>): ReportColumn[] {
  const kept = model.columns.filter((c) => c !== groupingColumn(model.groupBy));
  return kept.length > 0 ? kept : model.columns;
}
