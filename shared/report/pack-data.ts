// What the annual report pack is made from: the core gathers it for a period (report-pack.service.ts), and
// pack.ts turns it into a document in the chosen language, sections and columns.
import type { Basis, PeriodStatus, StatesSource } from '../api/periods.contract.ts';
import type { PeriodKind } from '../domain/periods.ts';
import type { DatasetKind } from '../domain/vocabulary.ts';

/** The pack's sections in document order; the front page, summary and status tables are the usual minimum. */
export const PACK_SECTIONS = ['front', 'summary', 'figures', 'deviations', 'changes', 'corrections', 'tables'] as const;
export type PackSection = (typeof PACK_SECTIONS)[number];

/** Optional columns of the status tables, beside number, title, (owner), status, assessment, comment and change. */
export const PACK_COLUMNS = ['description', 'implementation'] as const;
export type PackColumn = (typeof PACK_COLUMNS)[number];

export interface PackOrg {
  abbrev: string;
  /** The name valid at the pack's as-of date. */
  name: string;
}

export interface PackMeasure {
  id: number;
  planCode: string;
  number: string;
  title: string;
  titlePending: boolean;
  partNumber: number | null;
  owner: PackOrg | null;
  coOwners: PackOrg[];
  description: string;
  startYear: number | null;
  endYear: number | null;
  state: PeriodStatus;
  /** Its status for the previous period; null when it did not exist then (or there is no previous period). */
  previous: PeriodStatus | null;
  /** Assessed gul or rød without a break since this date (as known on the basis chosen); null otherwise. */
  flaggedSince: string | null;
}

export interface PackPlan {
  code: string;
  title: string;
  shortName: string;
  partWord: string;
  parts: { number: number; title: string }[];
}

export interface PackBudgetRow {
  ministry: PackOrg | null;
  year: number;
  /** Sums of the amounts given; null when every line leaves it empty (never counted as 0). */
  allocatedNok: number | null;
  spentNok: number | null;
}

export interface PackCorrection {
  measureId: number;
  /** Its status in the snapshot of `reportedAt`'s closing; null when it was not in it. */
  reported: PeriodStatus | null;
  /** The closing (ISO timestamp) whose snapshot `reported` is: the last, or an earlier one it was corrected after. */
  reportedAt: string;
  corrected: PeriodStatus;
}

export interface PackData {
  period: { key: string; label: string; kind: PeriodKind; start: string; end: string };
  /** The period before, of the same kind; null when it ended before the first plan started. `source`: what its
   * statuses are (as reported: as known when this period was closed, or its own report if it was closed then). */
  previous: { key: string; label: string; source: StatesSource } | null;
  asOf: string;
  basis: Basis;
  /** The closing whose snapshot «as reported» shows. */
  closing: { at: string; author: string } | null;
  /** The period's last closing whatever the basis, and the reopening after it while it is open again. */
  lastClosing: { at: string; author: string; reopenedAt: string | null } | null;
  dataset: DatasetKind;
  generatedAt: string;
  madeBy: string;
  plans: PackPlan[];
  /** Chosen plans that had not started by the as-of date (left out, and said so). */
  notStarted: string[];
  measures: PackMeasure[];
  budget: PackBudgetRow[];
  /**
   * Measures whose status for the period differs between the last closing's snapshot and today, and those whose
   * status was corrected while the period was closed an earlier time (reopened and closed again since).
   */
  corrections: PackCorrection[];
}
