// The report model: plans → groups (by part or by owner ministry) → one row per measure as recorded on
// the as-of date (status, assessment and comment from the history; organisation names valid that day).
import type { Database } from 'better-sqlite3';
import type { ReportOptions } from '../../../shared/api/reports.contract.ts';
import type { MeasureSummary, Plan } from '../../../shared/domain/types.ts';
import { STATUS_CODES, type StatusCode } from '../../../shared/domain/vocabulary.ts';
import { compareNb } from '../../../shared/format/nb.ts';
import { orderColumns } from '../../../shared/report/columns.ts';
import {
  REPORT_TITLE,
  type ReportBudget,
  type ReportGroup,
  type ReportModel,
  type ReportPlan,
  type ReportRow,
  type StatusCount,
} from '../../../shared/report/model.ts';
import { listAllBudgetLines } from '../repositories/budget.repo.ts';
import { listPlans } from '../repositories/plans.repo.ts';
import { listMeasures } from './measures.service.ts';
import { requirePlans } from './plans.service.ts';
import { datasetKind } from './portfolio.service.ts';

export const NO_PART_HEADING = 'Ikke plassert i en del';
export const NO_OWNER_HEADING = 'Uten ansvarlig departement';

function budgetsForYear(db: Database, year: number): Map<number, ReportBudget> {
  const out = new Map<number, ReportBudget>();
  for (const b of listAllBudgetLines(db)) {
    if (b.year !== year) continue;
    const acc = out.get(b.measure_id) ?? { allocatedNok: 0, spentNok: 0, withinExisting: false };
    acc.allocatedNok += b.allocated_nok;
    acc.spentNok += b.spent_nok;
    acc.withinExisting ||= b.within_existing === 1;
    out.set(b.measure_id, acc);
  }
  return out;
}

function toRow(m: MeasureSummary, plan: Plan, budgets: Map<number, ReportBudget>): ReportRow {
  const part = plan.parts.find((p) => p.number === m.partNumber);
  return {
    measureId: m.id,
    number: m.number,
    title: m.title,
    titlePending: m.titlePending,
    part: part ? { number: part.number, title: part.title } : null,
    owner: m.owner ? { abbrev: m.owner.abbrev, name: m.owner.name } : null,
    coOwners: m.coOwners.map((o) => o.abbrev),
    agencies: m.agencies.map((o) => o.abbrev),
    status: m.status,
    assessment: m.assessment,
    comment: m.lastUpdate?.comment ?? '',
    lastUpdated: m.lastUpdate?.effectiveDate ?? null,
    budget: budgets.get(m.id) ?? null,
  };
}

function groupByPart(plan: Plan, rows: ReportRow[]): ReportGroup[] {
  const groups: ReportGroup[] = plan.parts.map((p) => ({
    key: `del-${p.number}`,
    heading: `${p.number}. ${p.title}`,
    rows: rows.filter((r) => r.part?.number === p.number),
  }));
  const none = rows.filter((r) => r.part === null);
  if (none.length > 0) groups.push({ key: 'uten-del', heading: NO_PART_HEADING, rows: none });
  return groups.filter((g) => g.rows.length > 0);
}

function groupByMinistry(rows: ReportRow[]): ReportGroup[] {
  const byOwner = Map.groupBy(rows, (r) => r.owner?.abbrev ?? '');
  const groups = [...byOwner.entries()]
    .filter(([abbrev]) => abbrev !== '')
    .map(([abbrev, list]): ReportGroup => ({
      key: `dep-${abbrev}`,
      heading: `${list[0].owner!.name} (${abbrev})`,
      rows: list,
    }))
    .sort((a, b) => compareNb(a.heading, b.heading));
  const none = byOwner.get('');
  if (none) groups.push({ key: 'uten-dep', heading: NO_OWNER_HEADING, rows: none });
  return groups;
}

function emptyCounts(): Record<StatusCode, number> {
  return Object.fromEntries(STATUS_CODES.map((s) => [s, 0])) as Record<StatusCode, number>;
}

function statusByPart(plan: Plan, rows: ReportRow[]): StatusCount[] {
  const out: StatusCount[] = plan.parts.map((p) => ({ label: `${p.number}. ${p.title}`, counts: emptyCounts() }));
  const none: StatusCount = { label: NO_PART_HEADING, counts: emptyCounts() };
  for (const r of rows) {
    const bucket = r.part ? out[plan.parts.findIndex((p) => p.number === r.part!.number)] : none;
    bucket.counts[r.status]++;
  }
  return Object.values(none.counts).some((n) => n > 0) ? [...out, none] : out;
}

export function buildReport(db: Database, opts: ReportOptions, now: Date): ReportModel {
  // The budget column needs a year: the as-of year unless another is chosen.
  const budgetYear = opts.budgetYear ?? Number(opts.asOf.slice(0, 4));
  requirePlans(db, opts.planCodes, 'planCodes');
  const budgets = budgetsForYear(db, budgetYear);
  const byPlan = Map.groupBy(listMeasures(db, { asOf: opts.asOf }), (m) => m.planCode);
  const plans: ReportPlan[] = listPlans(db)
    .filter((p) => opts.planCodes.length === 0 || opts.planCodes.includes(p.code))
    .map((plan) => {
      const rows = (byPlan.get(plan.code) ?? []).map((m) => toRow(m, plan, budgets));
      return {
        code: plan.code,
        title: plan.title,
        groups: opts.groupBy === 'ministry' ? groupByMinistry(rows) : groupByPart(plan, rows),
        statusByPart: statusByPart(plan, rows),
      };
    });
  return {
    title: REPORT_TITLE,
    asOf: opts.asOf,
    dataset: datasetKind(db),
    generatedAt: now.toISOString(),
    groupBy: opts.groupBy,
    columns: orderColumns(opts.columns),
    budgetYear,
    landscape: opts.landscape,
    includeCharts: opts.includeCharts,
    plans,
  };
}
