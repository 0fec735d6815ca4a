// Reporting periods: list, close (a snapshot), reopen (with a reason); a period's status «as reported» beside «as
// corrected»; two periods compared; the status grid (measures × the last N periods).
import { z } from 'zod';
import type { PeriodKind } from '../domain/periods.ts';
import type { AssessmentCode, StatusCode } from '../domain/vocabulary.ts';
import { op } from './op.ts';
import { longText, periodKey, planCode } from './schemas.ts';

export interface PeriodEvent {
  id: number;
  action: 'close' | 'reopen';
  /** ISO timestamp. */
  at: string;
  author: string;
  /** Why it was reopened; empty for a closing. */
  reason: string;
  /** A closing: how many measures its snapshot holds. */
  measureCount: number;
}

export interface PeriodInfo {
  /** «2025», «2025-T2». */
  key: string;
  /** «2025», «T2 2025». */
  label: string;
  kind: PeriodKind;
  start: string;
  end: string;
  /** Its last day has passed (only then can it be closed). */
  over: boolean;
  closed: boolean;
  /** Closings and reopenings, newest first. */
  events: PeriodEvent[];
}

export interface PeriodList {
  today: string;
  /** The first day of the earliest plan: periods are listed from there. */
  firstPlanStart: string;
  current: { year: string; tertial: string };
  /** Newest first. */
  years: PeriodInfo[];
  tertials: PeriodInfo[];
}

/** «As reported» is a closed period's snapshot; «as corrected» is today's knowledge of the same days. */
export const BASES = ['reported', 'corrected'] as const;
export type Basis = (typeof BASES)[number];
export const basis = z.enum(BASES, { error: 'Velg «som rapportert» (reported) eller «som korrigert» (corrected).' });

/**
 * Where a period's statuses in a view or document come from: as recorded now; a closing's snapshot (as reported, at
 * `at`); or, for a period that was open when a later one (`closed`, its label) was closed at `at`, as they were
 * recorded then, so that a correction made since does not show as a change nobody reported.
 */
export type StatesSource =
  { kind: 'now' } | { kind: 'snapshot'; at: string } | { kind: 'known'; at: string; closed: string };

/** A measure's status for a period; status null: «Ingen status registrert» at the period's end. */
export interface PeriodStatus {
  status: StatusCode | null;
  assessment: AssessmentCode | null;
  comment: string;
  effectiveDate: string | null;
  /** The update in force corrects the period after it was closed: why. */
  correctionReason: string | null;
}

/** The frame of a measure as the period views list it. */
export interface PeriodMeasure {
  measureId: number;
  planCode: string;
  number: string;
  title: string;
  titlePending: boolean;
  partNumber: number | null;
  owner: string | null;
}

export interface PeriodViewRow extends PeriodMeasure {
  /** From the closing's snapshot; null when the period is not closed or the measure was not in it. */
  reported: PeriodStatus | null;
  /** The closing (ISO timestamp) whose snapshot `reported` is: the last, or an earlier one when the measure was
   * corrected while the period was closed then (reopened and closed again since); null when never closed. */
  reportedAt: string | null;
  corrected: PeriodStatus;
  /** Reported (at `reportedAt`) and corrected differ (status, assessment, comment or date). */
  differs: boolean;
}

export interface PeriodView {
  period: PeriodInfo;
  /** The day the statuses are «per»: the period's last day, or today while it runs. */
  asOf: string;
  closing: PeriodEvent | null;
  rows: PeriodViewRow[];
  /** Rows whose reported and corrected status differ. */
  differences: number;
}

export const COMPARED_FIELDS = ['status', 'assessment', 'comment', 'budget'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface ComparedState extends PeriodStatus {
  /** The budget lines of the period's year, summed; null when there are none. */
  allocatedNok: number | null;
  spentNok: number | null;
}

export interface CompareRow extends PeriodMeasure {
  /** Null when the measure did not exist yet (its plan had not started). */
  from: ComparedState | null;
  to: ComparedState;
  changed: ComparedField[];
}

export interface PeriodComparison {
  from: PeriodInfo;
  to: PeriodInfo;
  basis: Basis;
  /** What each side's statuses are (as reported, the earlier one is as known when the later one was closed). */
  fromSource: StatesSource;
  toSource: StatesSource;
  /** Measures compared (those existing at the later period's end). */
  measures: number;
  /** How many measures changed in each field, and in any. */
  counts: Record<ComparedField | 'any', number>;
  /** Only the measures that changed. */
  rows: CompareRow[];
}

export interface GridCell {
  status: StatusCode | null;
  assessment: AssessmentCode | null;
  /** Corrected while this period was closed («korrigert etter lukking»). */
  corrected: boolean;
  /** Why, when corrected; null otherwise. */
  reason: string | null;
}

export interface StatusGrid {
  periods: { key: string; label: string; closed: boolean; asOf: string; source: StatesSource }[];
  basis: Basis;
  /** One per measure; a cell is null before the measure's plan started. */
  rows: (PeriodMeasure & { cells: (GridCell | null)[] })[];
}

const plans = z.array(planCode).max(10).default([]);

export const periodViewInput = z
  .object({
    period: periodKey,
    planCodes: plans,
    /** The document lists only the measures whose reported and corrected status differ. */
    onlyDifferences: z.boolean().default(false),
  })
  .strict();
export const compareInput = z
  .object({ from: periodKey, to: periodKey, basis: basis.default('corrected'), planCodes: plans })
  .strict();
export const gridInput = z
  .object({
    periodKind: z.enum(['tertial', 'year'], { error: 'Velg tertial eller år.' }).default('tertial'),
    /** The newest period shown; the current one when left out. */
    last: periodKey.optional(),
    count: z
      .number({ error: 'Antall perioder må være et tall.' })
      .int({ error: 'Antall perioder må være et helt tall.' })
      .min(1, { error: 'Vis minst én periode.' })
      .max(12, { error: 'Vis høyst 12 perioder.' })
      .default(6),
    basis: basis.default('corrected'),
    planCodes: plans,
  })
  .strict();

const READS = ['periods', 'status', 'measures', 'plans', 'organisations'] as const;

export const periodsContract = {
  'periods:list': op(z.object({}).strict().optional().default({})).reads<PeriodList>('periods', 'plans'),
  'periods:close': op(z.object({ period: periodKey }).strict()).returns<PeriodInfo>('periods'),
  'periods:reopen': op(z.object({ period: periodKey, reason: longText }).strict()).returns<PeriodInfo>('periods'),
  'periods:view': op(periodViewInput).reads<PeriodView>(...READS),
  'periods:compare': op(compareInput).reads<PeriodComparison>(...READS, 'budget'),
  'periods:grid': op(gridInput).reads<StatusGrid>(...READS),
};
