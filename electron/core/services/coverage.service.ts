// Coverage: for each obligation, the live measures linked to it that the filter admits, with their status on the
// as-of date, and the obligation's coverage class (shared/domain/obligations.ts). The links are the register as it is
// now (a link says that a measure answers an obligation, not since when); the statuses are those in force on the
// date; a measure whose plan had not started by then does not count, and an obligation given after the date's year
// is left out (counted in `later`).
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { CoverageObligation, CoverageResult, coverageInput } from '../../../shared/api/obligations.contract.ts';
import { COVERAGE_CLASSES, coverageClass, type CoveredMeasure } from '../../../shared/domain/obligations.ts';
import { todayIso } from '../../../shared/format/nb.ts';
import { coveredMeasures, listObligationRows } from '../repositories/obligations.repo.ts';
import { resolveFilter } from './dashboard.service.ts';
import { toObligation } from './obligations.service.ts';

type CoverageInput = z.output<typeof coverageInput>;

export function coverage(db: Database, input: CoverageInput, now: Date): CoverageResult {
  const asOf = input.filter.asOf ?? todayIso(now);
  const byObligation = new Map<number, CoveredMeasure[]>();
  for (const r of coveredMeasures(db, resolveFilter(db, input.filter, asOf))) {
    const list = byObligation.get(r.obligation_id) ?? [];
    list.push({
      linkId: r.link_id,
      linkVersion: r.link_version,
      note: r.note,
      measureId: r.measure_id,
      planCode: r.plan_code,
      number: r.number,
      title: r.title,
      titlePending: r.title_pending === 1,
      status: r.status,
      assessment: r.assessment,
    });
    byObligation.set(r.obligation_id, list);
  }
  const year = Number(asOf.slice(0, 4));
  const counts = Object.fromEntries(COVERAGE_CLASSES.map((c) => [c, 0])) as CoverageResult['counts'];
  const active: CoverageObligation[] = [];
  const retired: CoverageObligation[] = [];
  let later = 0;
  for (const row of listObligationRows(db)) {
    const measures = byObligation.get(row.id) ?? [];
    const o: CoverageObligation = { ...toObligation(row), coverage: coverageClass(measures), measures };
    if (row.retired_at) {
      if (input.includeRetired) retired.push(o);
    } else if (row.year !== null && row.year > year) later++;
    else {
      counts[o.coverage]++;
      active.push(o);
    }
  }
  return { asOf, counts, total: active.length, obligations: [...active, ...retired], later };
}
