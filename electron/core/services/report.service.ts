// The report model: plans → groups (by part or by owner ministry) → one row per measure as recorded on
// the as-of date (status, assessment and comment from the history; organisation names valid that day). A plan that
// starts after the as-of date is left out, with a sentence saying so: its measures did not exist then.
import type { Database } from 'better-sqlite3';
import type { ReportOptions } from '../../../shared/api/reports.contract.ts';
import type { MeasureSummary, Plan } from '../../../shared/domain/types.ts';
import { sumGiven } from '../../../shared/domain/budget.ts';
import { planStartedBy } from '../../../shared/domain/status-rules.ts';
import { AS_OF_STATUS_CODES, type AsOfStatus } from '../../../shared/domain/vocabulary.ts';
import { fieldDef, SCALAR_KEYS, type ScalarFieldKey } from '../../../shared/domain/measure-fields.ts';
import { orgDisplayName } from '../../../shared/domain/organisations.ts';
import { partWordHeading } from '../../../shared/domain/plans.ts';
import { formatDateIn, labels, partWordIn, type Lang } from '../../../shared/i18n/index.ts';
import { compareNb } from '../../../shared/format/nb.ts';
import { orderColumns } from '../../../shared/report/columns.ts';
import {
  type ReportBudget,
  type ReportGroup,
  type ReportModel,
  type ReportPlan,
  type ReportRow,
  type StatusCount,
} from '../../../shared/report/model.ts';
import { listAllBudgetLines } from '../repositories/budget.repo.ts';
import { listPlans } from '../repositories/plans.repo.ts';
import { listScalarValues } from '../repositories/measure-edit.repo.ts';
import { correctedOn } from './as-of-corrections.ts';
import { listMeasures } from './measures.service.ts';
import { requirePlans } from './plans.service.ts';
import { datasetKind } from './portfolio.service.ts';

/** Per measure, its lines of `year` summed: amounts left empty are left out, and empty when none is given. */
function budgetsForYear(db: Database, year: number): Map<number, ReportBudget> {
  const lines = Map.groupBy(
    listAllBudgetLines(db).filter((b) => b.year === year),
    (b) => b.measure_id,
  );
  return new Map(
    [...lines].map(([measureId, list]) => [
      measureId,
      {
        allocatedNok: sumGiven(list.map((b) => b.allocated_nok)),
        spentNok: sumGiven(list.map((b) => b.spent_nok)),
        withinExisting: list.some((b) => b.within_existing === 1),
      },
    ]),
  );
}

function toRow(
  m: MeasureSummary,
  plan: Plan,
  budgets: Map<number, ReportBudget>,
  fields: Map<number, Record<string, unknown>>,
  columns: string[],
  corrected: boolean,
): ReportRow {
  const values = fields.get(m.id) ?? {};
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
    corrected,
    budget: budgets.get(m.id) ?? null,
    fields: Object.fromEntries(columns.map((c) => [c, values[fieldDef(c as ScalarFieldKey).column!] as string | null])),
  };
}

function groupByPart(plan: Plan, rows: ReportRow[], lang: Lang): ReportGroup[] {
  const groups: ReportGroup[] = plan.parts.map((p) => ({
    key: `del-${p.number}`,
    heading: `${p.number}. ${p.title}`,
    rows: rows.filter((r) => r.part?.number === p.number),
  }));
  const none = rows.filter((r) => r.part === null);
  // «Ikke plassert», as the app says it; «Not placed» in English.
  if (none.length > 0) groups.push({ key: 'uten-del', heading: labels(lang).noPart, rows: none });
  return groups.filter((g) => g.rows.length > 0);
}

/**
 * One group per owner ministry (by name), each followed by the measures it shares as a co-owner; the ministries
 * that only co-own get that group alone. Measures without an owner come last.
 */
function groupByMinistry(rows: ReportRow[], names: Map<string, string>, lang: Lang): ReportGroup[] {
  const L = labels(lang);
  const heading = (abbrev: string) => orgDisplayName({ name: names.get(abbrev) ?? abbrev, abbrev });
  const owned = Map.groupBy(rows, (r) => r.owner?.abbrev ?? '');
  const coOwned = new Map<string, ReportRow[]>();
  for (const r of rows)
    for (const abbrev of r.coOwners) {
      if (abbrev === r.owner?.abbrev) continue;
      coOwned.set(abbrev, [...(coOwned.get(abbrev) ?? []), { ...r, coOwned: true }]);
    }
  const ministries = [...new Set([...owned.keys(), ...coOwned.keys()])]
    .filter((abbrev) => abbrev !== '')
    .sort((a, b) => compareNb(heading(a), heading(b)));
  const groups: ReportGroup[] = [];
  for (const abbrev of ministries) {
    const own = owned.get(abbrev);
    if (own) groups.push({ key: `dep-${abbrev}`, heading: heading(abbrev), rows: own });
    const shared = coOwned.get(abbrev);
    if (shared)
      groups.push({
        key: `dep-${abbrev}-med`,
        heading: heading(abbrev) + L.coOwnedSuffix,
        rows: shared,
        coOwned: true,
      });
  }
  const none = owned.get('');
  if (none) groups.push({ key: 'uten-dep', heading: L.noOwner, rows: none });
  return groups;
}

function emptyCounts(): Record<AsOfStatus, number> {
  return Object.fromEntries(AS_OF_STATUS_CODES.map((s) => [s, 0])) as Record<AsOfStatus, number>;
}

function statusByPart(plan: Plan, rows: ReportRow[], lang: Lang): StatusCount[] {
  const out: StatusCount[] = plan.parts.map((p) => ({ label: `${p.number}. ${p.title}`, counts: emptyCounts() }));
  const none: StatusCount = { label: labels(lang).noPart, counts: emptyCounts() };
  for (const r of rows) {
    const bucket = r.part ? out[plan.parts.findIndex((p) => p.number === r.part!.number)] : none;
    bucket.counts[r.status]++;
  }
  return Object.values(none.counts).some((n) => n > 0) ? [...out, none] : out;
}

export function buildReport(db: Database, opts: ReportOptions, now: Date): ReportModel {
  const lang = opts.lang;
  // The budget column needs a year: the as-of year unless another is chosen.
  const budgetYear = opts.budgetYear ?? Number(opts.asOf.slice(0, 4));
  requirePlans(db, opts.planCodes, 'planCodes');
  const budgets = budgetsForYear(db, budgetYear);
  const measures = listMeasures(db, { asOf: opts.asOf });
  const byPlan = Map.groupBy(measures, (m) => m.planCode);
  // «korrigert etter lukking» only where the status differs from what a closed period reported for the date.
  const marked = correctedOn(db, opts.asOf, measures);
  // Ministry names as valid on the as-of date, for the headings of owners and co-owners alike.
  const names = new Map(
    measures.flatMap((m) => [...(m.owner ? [m.owner] : []), ...m.coOwners]).map((o) => [o.abbrev, o.name]),
  );
  // Registry fields stored as is (e.g. the contact person) that are chosen as columns.
  const scalarColumns = opts.columns.filter((c) => (SCALAR_KEYS as string[]).includes(c) && c !== 'title');
  const fields = scalarColumns.length > 0 ? listScalarValues(db) : new Map<number, Record<string, unknown>>();
  const all = listPlans(db).filter((p) => opts.planCodes.length === 0 || opts.planCodes.includes(p.code));
  const chosen = all.filter((p) => planStartedBy(p, opts.asOf));
  const plans: ReportPlan[] = chosen.map((plan) => {
    const rows = (byPlan.get(plan.code) ?? []).map((m) =>
      toRow(m, plan, budgets, fields, scalarColumns, marked.has(m.id)),
    );
    return {
      code: plan.code,
      title: plan.title,
      partWord: partWordIn(plan.partWord, lang),
      groups: opts.groupBy === 'ministry' ? groupByMinistry(rows, names, lang) : groupByPart(plan, rows, lang),
      statusByPart: statusByPart(plan, rows, lang),
    };
  });
  return {
    lang,
    title: labels(lang).packTitle,
    asOf: opts.asOf,
    dataset: datasetKind(db),
    generatedAt: now.toISOString(),
    groupBy: opts.groupBy,
    columns: orderColumns(opts.columns),
    budgetYear,
    partHeading: partWordHeading(chosen.map((p) => ({ partWord: partWordIn(p.partWord, lang) }))),
    landscape: opts.landscape,
    includeCharts: opts.includeCharts,
    plans,
    notStarted: all
      .filter((p) => !planStartedBy(p, opts.asOf))
      .map((p) => ({
        code: p.code,
        title: p.title,
        startDate: p.startDate!,
        note: labels(lang).statusTable.notStarted(
          p.title,
          formatDateIn(p.startDate, lang),
          formatDateIn(opts.asOf, lang),
        ),
      })),
  };
}
