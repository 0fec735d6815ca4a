// The coverage table's model (shared/report/coverage.ts) for a date or a reporting period, for the chosen plans.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { PERIOD_PATTERN, type coverageExportInput } from '../../../shared/api/obligations.contract.ts';
import { todayIso } from '../../../shared/format/nb.ts';
import { coverageText, type CoverageReport } from '../../../shared/report/coverage.ts';
import { listPlans } from '../repositories/plans.repo.ts';
import { coverage } from './coverage.service.ts';
import { requirePlans } from './plans.service.ts';
import { datasetKind } from './portfolio.service.ts';

export type CoverageRequest = Omit<z.output<typeof coverageExportInput>, 'format'>;

const TERTIAL_ENDS = ['04-30', '08-31', '12-31'];

/** The last day of a year (2025) or a tertial (2025-T2): a period's status is the one in force at its end. */
export function periodEnd(period: string): string {
  const m = PERIOD_PATTERN.exec(period);
  if (!m) throw new Error(`not a period: ${period}`);
  return `${m[1]}-${m[2] ? TERTIAL_ENDS[Number(m[2]) - 1] : '12-31'}`;
}

export function buildCoverageReport(db: Database, req: CoverageRequest, now: Date): CoverageReport {
  requirePlans(db, req.planCodes, 'planCodes');
  const asOf = req.period ? periodEnd(req.period) : (req.asOf ?? todayIso(now));
  const plans = listPlans(db);
  const chosen = req.planCodes.length === 0 ? plans : plans.filter((p) => req.planCodes.includes(p.code));
  const result = coverage(db, { filter: { plans: req.planCodes, asOf }, includeRetired: false }, now);
  return {
    title: coverageText(req.lang).title,
    lang: req.lang,
    asOf,
    period: req.period ?? null,
    dataset: datasetKind(db),
    generatedAt: now.toISOString(),
    plans: chosen.map((p) => ({ code: p.code, title: p.title, shortName: p.shortName })),
    allPlans: req.planCodes.length === 0,
    counts: result.counts,
    total: result.total,
    later: result.later,
    obligations: result.obligations,
  };
}
