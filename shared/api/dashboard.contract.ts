// Oversikt (dashboards) and Møtemodus: aggregates computed by SQL in the core, one filter shared with the register.
import { z } from 'zod';
import type { AsOfStatus, AssessmentCode, StatusCode } from '../domain/vocabulary.ts';
import { measureFilter } from './filter.ts';
import { op } from './op.ts';
import { isoDate, year } from './schemas.ts';

/** The part of the shared filter that the dashboards apply: what a measure is, not how it is doing. */
export const dashboardFilter = measureFilter.pick({
  plans: true,
  parts: true,
  ministries: true,
  agencies: true,
  asOf: true,
});

export const dashboardInput = z
  .object({
    filter: dashboardFilter.optional().default({}),
    /** Budget year; also the as-of date (31.12.) when the year is past and no asOf is given. */
    year: year.optional(),
  })
  .strict();

export const statusOverTimeInput = dashboardInput
  .extend({
    /** At the end of each tertial or each year. */
    granularity: z.enum(['tertial', 'year'], { error: 'Velg tertial eller år.' }).optional().default('year'),
  })
  .strict();

export const changesInput = z
  .object({
    filter: dashboardFilter.optional().default({}),
    since: isoDate,
    /** At most this many rows (the total is always reported). */
    limit: z.number({ error: 'Grensen må være et tall.' }).int().min(1).max(5000).optional().default(1000),
  })
  .strict();

export type DashboardInput = z.input<typeof dashboardInput>;
export type Granularity = 'tertial' | 'year';

/** Measures per status as of a date, «ingen-status» (nothing reported) apart from every recorded status. */
export type StatusCounts = Record<AsOfStatus, number>;
export type AssessmentCounts = Record<AssessmentCode, number>;

/** Months without an update before a measure counts as stale on the dashboard. */
export const DASHBOARD_STALE_MONTHS = 6;

export interface KeyFigures {
  measures: number;
  fullfort: number;
  /** fullfort / measures; null when there are no measures. */
  shareFullfort: number | null;
  gul: number;
  rod: number;
  /** No status update in force on the as-of date («Ingen status registrert»). */
  noStatus: number;
  /** Not updated for DASHBOARD_STALE_MONTHS months before the as-of date (or never). */
  stale: number;
  pendingTitles: number;
  budgetYear: number;
  allocatedNok: number;
  spentNok: number;
}

export interface PartStatusRow {
  planCode: string;
  planTitle: string;
  /** null for measures not placed in a part. */
  partId: number | null;
  partNumber: number | null;
  partTitle: string;
  counts: StatusCounts;
  total: number;
}

/** A ministry as one line through its renames, shown by the name valid at the as-of date. */
export interface MinistryRef {
  abbrev: string;
  name: string;
}

export interface MinistryAssessmentRow extends MinistryRef {
  counts: AssessmentCounts;
  total: number;
}

export interface MinistryBudgetRow extends MinistryRef {
  year: number;
  allocatedNok: number;
  spentNok: number;
}

export interface StatusOverTimePoint {
  /** "T2 2022" or "2022". */
  label: string;
  /** The date the distribution is read at: period end, or the as-of date for the running period. */
  date: string;
  counts: StatusCounts;
  /** Measures that existed on `date` (their plan had started): plans enter the series at their start. */
  total: number;
}

export interface DashboardOverview {
  asOf: string;
  year: number;
  keyFigures: KeyFigures;
  statusByPart: PartStatusRow[];
  /** Measures where the ministry is owner or co-owner, as the register's ministry filter counts them. */
  assessmentByMinistry: MinistryAssessmentRow[];
  budgetByMinistry: MinistryBudgetRow[];
}

/** Apart from the overview: reading the history is the costly part, and the key figures should not wait for it. */
export interface StatusOverTime {
  asOf: string;
  granularity: Granularity;
  points: StatusOverTimePoint[];
}

export interface MeasureState {
  status: AsOfStatus;
  assessment: AssessmentCode;
  comment: string;
}

export interface ChangeRow {
  measureId: number;
  planCode: string;
  number: string;
  title: string;
  /** As it stood at the date (recorded and effective by then). */
  before: MeasureState;
  /** As it stands at the as-of date. */
  after: MeasureState;
  /** The latest update that came after the date. */
  author: string;
  effectiveDate: string;
  recordedAt: string;
  /** Updates recorded or effective after the date. */
  updates: number;
}

export interface ChangesSince {
  since: string;
  asOf: string;
  total: number;
  rows: ChangeRow[];
}

export const flaggedInput = dashboardInput
  .extend({ limit: z.number({ error: 'Grensen må være et tall.' }).int().min(1).max(5000).optional().default(500) })
  .strict();

export interface FlaggedMeasure {
  measureId: number;
  planCode: string;
  number: string;
  title: string;
  partId: number | null;
  partNumber: number | null;
  /** Owner ministry by the name valid at the as-of date. */
  owner: string | null;
  status: StatusCode;
  assessment: AssessmentCode;
  comment: string;
  author: string;
  effectiveDate: string;
}

export interface FlaggedMeasures {
  asOf: string;
  total: number;
  rows: FlaggedMeasure[];
}

export const dashboardContract = {
  'dashboard:overview': op(dashboardInput).reads<DashboardOverview>(
    'measures',
    'status',
    'budget',
    'organisations',
    'plans',
  ),
  'dashboard:statusOverTime': op(statusOverTimeInput).reads<StatusOverTime>(
    'measures',
    'status',
    'budget',
    'organisations',
    'plans',
  ),
  'dashboard:flagged': op(flaggedInput).reads<FlaggedMeasures>(
    'measures',
    'status',
    'budget',
    'organisations',
    'plans',
  ),
  'dashboard:changes': op(changesInput).reads<ChangesSince>('measures', 'status', 'budget', 'organisations', 'plans'),
};
