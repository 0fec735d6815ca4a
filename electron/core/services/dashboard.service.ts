// Oversikt: resolves the shared filter and the year, asks the repository for aggregates, shapes them for the UI.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import {
  DASHBOARD_STALE_MONTHS,
  type AssessmentCounts,
  type ChangesSince,
  type changesInput,
  type DashboardOverview,
  type FlaggedMeasures,
  type flaggedInput,
  type dashboardInput,
  type Granularity,
  type MinistryBudgetRow,
  type StatusOverTime,
  type statusOverTimeInput,
  type KeyFigures,
  type MinistryAssessmentRow,
  type PartStatusRow,
  type StatusCounts,
  type StatusOverTimePoint,
} from '../../../shared/api/dashboard.contract.ts';
import type { MeasureFilter } from '../../../shared/api/filter.ts';
import { planStartedBy } from '../../../shared/domain/status-rules.ts';
import { AS_OF_STATUS_CODES, ASSESSMENT_CODES } from '../../../shared/domain/vocabulary.ts';
import { compareNb, todayIso } from '../../../shared/format/nb.ts';
import { fieldError } from '../errors.ts';
import * as repo from '../repositories/dashboard.repo.ts';
import type { ResolvedFilter } from '../repositories/measure-filter.sql.ts';
import { orgDirectory, orgIdsForAbbrevs } from './organisations.service.ts';
import { requirePlans } from './plans.service.ts';
import { monthsBefore } from './register.service.ts';

export { monthsBefore };

type OverviewInput = z.output<typeof dashboardInput>;
type TimeInput = z.output<typeof statusOverTimeInput>;
type FlaggedInput = z.output<typeof flaggedInput>;
type ChangesInput = z.output<typeof changesInput>;

/** Abbreviations → organisation ids over whole rename chains; an unknown abbreviation is refused at its field. */
export function resolveFilter(db: Database, f: MeasureFilter, asOf: string): ResolvedFilter {
  requirePlans(db, f.plans, 'filter.plans');
  const dir = orgDirectory(db);
  const orgs = (field: 'ministries' | 'agencies', list: string[] | undefined, what: string) => {
    if (!list?.length) return undefined;
    const { ids, unknown } = orgIdsForAbbrevs(dir, list);
    if (unknown.length) throw fieldError(field, `Ukjent ${what}: ${unknown.join(', ')}.`);
    return ids;
  };
  return {
    planCodes: f.plans,
    partIds: f.parts,
    ministryIds: orgs('ministries', f.ministries, 'departement'),
    agencyIds: orgs('agencies', f.agencies, 'virksomhet'),
    asOf,
  };
}

/** The as-of date: given, else 31.12. of a past year, else today. The budget year: given, else the as-of year. */
export function dashboardScope(
  input: { filter: MeasureFilter; year?: number },
  now: Date,
): { asOf: string; year: number } {
  const today = todayIso(now);
  const asOf =
    input.filter.asOf ?? (input.year !== undefined && `${input.year}-12-31` < today ? `${input.year}-12-31` : today);
  return { asOf, year: input.year ?? Number(asOf.slice(0, 4)) };
}

const zeroStatus = (): StatusCounts => Object.fromEntries(AS_OF_STATUS_CODES.map((s) => [s, 0])) as StatusCounts;
const zeroAssessment = (): AssessmentCounts =>
  Object.fromEntries(ASSESSMENT_CODES.map((a) => [a, 0])) as AssessmentCounts;

function keyFigures(counts: repo.OverviewCounts, year: number): KeyFigures {
  const { keyFigures: c, budget: b } = counts;
  return {
    measures: c.measures,
    noStatus: c.no_status,
    fullfort: c.fullfort,
    shareFullfort: c.measures > 0 ? c.fullfort / c.measures : null,
    gul: c.gul,
    rod: c.rod,
    stale: c.stale,
    pendingTitles: c.pending_titles,
    budgetYear: year,
    allocatedNok: b.allocated,
    spentNok: b.spent,
  };
}

/**
 * Every part of the plans in the filter that exist on the as-of date (empty parts too), then "Uten del" where
 * measures have none. A plan that starts after the as-of date has no parts yet: its measures did not exist.
 */
function statusByPart(db: Database, counts: repo.PartStatusCountRow[], f: ResolvedFilter): PartStatusRow[] {
  const parts = repo
    .listPlanParts(db)
    .filter(
      (p) =>
        planStartedBy({ startDate: p.plan_start_date }, f.asOf) &&
        (!f.planCodes?.length || f.planCodes.includes(p.plan_code)) &&
        (!f.partIds?.length || f.partIds.includes(p.part_id)),
    );
  const rows: PartStatusRow[] = [];
  const plans = new Map<number, { code: PartStatusRow['planCode']; title: string }>();
  for (const p of parts) {
    plans.set(p.plan_id, { code: p.plan_code, title: p.plan_title });
    const c = zeroStatus();
    for (const r of counts) if (r.plan_id === p.plan_id && r.part_id === p.part_id) c[r.status] += r.n;
    rows.push({
      planCode: p.plan_code,
      planTitle: p.plan_title,
      partId: p.part_id,
      partNumber: p.part_number,
      partTitle: p.part_title,
      counts: c,
      total: sum(c),
    });
  }
  for (const [planId, plan] of plans) {
    const loose = counts.filter((r) => r.plan_id === planId && r.part_id === null);
    if (loose.length === 0) continue;
    const c = zeroStatus();
    for (const r of loose) c[r.status] += r.n;
    rows.push({
      planCode: plan.code,
      planTitle: plan.title,
      partId: null,
      partNumber: null,
      partTitle: 'Uten del',
      counts: c,
      total: sum(c),
    });
  }
  return rows;
}

function sum(c: Record<string, number>): number {
  return Object.values(c).reduce((a, b) => a + b, 0);
}

/** Each organisation id → its abbreviation and name on `asOf`, by the rule the register and reports use. */
function chainNames(db: Database, asOf: string) {
  const dir = orgDirectory(db);
  return new Map(
    dir.rows().map((r) => {
      const { abbrev, name } = dir.refAt(r.id, asOf);
      return [r.id, { abbrev, name }];
    }),
  );
}

type ChainNames = ReturnType<typeof chainNames>;

function assessmentByMinistry(counts: repo.OrgAssessmentCountRow[], names: ChainNames): MinistryAssessmentRow[] {
  const byAbbrev = new Map<string, MinistryAssessmentRow>();
  for (const r of counts) {
    const org = names.get(r.org_id);
    if (!org) continue;
    const row = byAbbrev.get(org.abbrev) ?? { ...org, counts: zeroAssessment(), total: 0 };
    row.counts[r.assessment] += r.n;
    row.total += r.n;
    byAbbrev.set(org.abbrev, row);
  }
  return [...byAbbrev.values()].sort((x, y) => compareNb(x.abbrev, y.abbrev));
}

function budgetByMinistry(sums: repo.OrgBudgetSumRow[], names: ChainNames): MinistryBudgetRow[] {
  const rows = new Map<string, MinistryBudgetRow>();
  for (const r of sums) {
    const org = names.get(r.org_id);
    if (!org) continue;
    const key = `${org.abbrev}|${r.year}`;
    const row = rows.get(key) ?? { ...org, year: r.year, allocatedNok: 0, spentNok: 0 };
    row.allocatedNok += r.allocated;
    row.spentNok += r.spent;
    rows.set(key, row);
  }
  return [...rows.values()].sort((x, y) => compareNb(x.abbrev, y.abbrev) || x.year - y.year);
}

function periodOf(bucket: number, g: Granularity): { label: string; end: string } {
  if (g === 'year') return { label: String(bucket), end: `${bucket}-12-31` };
  const year = Math.floor(bucket / 3);
  const t = (bucket % 3) + 1;
  return { label: `T${t} ${year}`, end: `${year}-${['04-30', '08-31', '12-31'][t - 1]}` };
}

function bucketOf(iso: string, g: Granularity): number {
  const y = Number(iso.slice(0, 4));
  return g === 'year' ? y : y * 3 + Math.floor((Number(iso.slice(5, 7)) - 1) / 4);
}

/**
 * The distribution at the end of each period, from the first plan's start (or the first recorded update) to the
 * as-of date. A plan's measures are counted from its start, as «ingen status registrert» until reported.
 */
export function statusOverTime(db: Database, f: ResolvedFilter, g: Granularity): StatusOverTimePoint[] {
  const events = repo.statusEventsByPeriod(db, f, g);
  const last = bucketOf(f.asOf, g);
  const first = Math.min(last, ...events.flatMap((e) => (e.bucket === null ? [] : [e.bucket])));
  const counts = zeroStatus();
  const apply = (e: repo.StatusEventRow) => {
    if (e.prev !== null) counts[e.prev] -= e.n;
    counts[e.status] += e.n;
  };
  events.filter((e) => e.bucket === null).forEach(apply);
  const byBucket = Map.groupBy(
    events.filter((e) => e.bucket !== null),
    (e) => e.bucket!,
  );
  const points: StatusOverTimePoint[] = [];
  for (let b = first; b <= last; b++) {
    byBucket.get(b)?.forEach(apply);
    const { label, end } = periodOf(b, g);
    points.push({ label, date: end < f.asOf ? end : f.asOf, counts: { ...counts }, total: sum(counts) });
  }
  return points;
}

export function dashboardOverview(db: Database, input: OverviewInput, now: Date): DashboardOverview {
  const { asOf, year } = dashboardScope(input, now);
  const f = resolveFilter(db, input.filter, asOf);
  const counts = repo.overviewCounts(db, f, { staleBefore: monthsBefore(asOf, DASHBOARD_STALE_MONTHS), year });
  const names = chainNames(db, asOf);
  return {
    asOf,
    year,
    keyFigures: keyFigures(counts, year),
    statusByPart: statusByPart(db, counts.byPart, f),
    assessmentByMinistry: assessmentByMinistry(counts.assessmentByOrg, names),
    budgetByMinistry: budgetByMinistry(counts.budgetByOrg, names),
  };
}

export function dashboardStatusOverTime(db: Database, input: TimeInput, now: Date): StatusOverTime {
  const { asOf } = dashboardScope(input, now);
  const f = resolveFilter(db, input.filter, asOf);
  return { asOf, granularity: input.granularity, points: statusOverTime(db, f, input.granularity) };
}

export function dashboardChanges(db: Database, input: ChangesInput, now: Date): ChangesSince {
  const asOf = input.filter.asOf ?? todayIso(now);
  if (input.since > asOf) throw fieldError('since', 'Datoen kan ikke være etter datoen oversikten gjelder for.');
  const f = resolveFilter(db, input.filter, asOf);
  const rows = repo.changesSince(db, f, input.since, input.limit);
  return {
    since: input.since,
    asOf,
    total: rows[0]?.total ?? 0,
    rows: rows.map((r) => ({
      measureId: r.measure_id,
      planCode: r.plan_code,
      number: r.number,
      title: r.title,
      before: { status: r.before_status, assessment: r.before_assessment, comment: r.before_comment },
      after: { status: r.after_status, assessment: r.after_assessment, comment: r.after_comment },
      author: r.author,
      effectiveDate: r.effective_date,
      recordedAt: r.recorded_at,
      updates: r.updates,
    })),
  };
}

/** Gul and rød measures with their comments (meeting mode's last slides). */
export function dashboardFlagged(db: Database, input: FlaggedInput, now: Date): FlaggedMeasures {
  const { asOf } = dashboardScope(input, now);
  const f = resolveFilter(db, input.filter, asOf);
  const names = chainNames(db, asOf);
  const rows = repo.flaggedMeasures(db, f, input.limit);
  return {
    asOf,
    total: rows[0]?.total ?? 0,
    rows: rows.map((r) => ({
      measureId: r.measure_id,
      planCode: r.plan_code,
      number: r.number,
      title: r.title,
      partId: r.part_id,
      partNumber: r.part_number,
      owner: r.owner_id === null ? null : (names.get(r.owner_id)?.abbrev ?? null),
      status: r.status,
      assessment: r.assessment,
      comment: r.comment,
      author: r.author,
      effectiveDate: r.effective_date,
    })),
  };
}
