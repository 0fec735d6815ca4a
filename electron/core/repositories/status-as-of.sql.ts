// The status of a measure as of @asOf: its latest update effective on or before that date (by
// effective_date, then recorded_at, then id). The newest update per measure is kept in
// measure_status_latest (migration 0005), so for today's date, or any date after the newest update, this is
// one primary-key lookup; only for an earlier date is the measure's timeline searched.
import type { AsOfColumns } from './measure-filter.sql.ts';

/** The id of the measure's newest update effective on or before @asOf (a search of its timeline). */
const timelineSearch = (measureId: string) => `(SELECT s.id FROM status_updates s
          WHERE s.measure_id = ${measureId} AND s.effective_date <= @asOf
          ORDER BY s.effective_date DESC, s.recorded_at DESC, s.id DESC LIMIT 1)`;

/** LEFT JOINs the as-of update of the measure `measureId` (an SQL expression) as `alias`. */
export function asOfStatusJoin(measureId: string, alias: string, latestAlias = `${alias}_latest`): string {
  return `
  LEFT JOIN measure_status_latest ${latestAlias} ON ${latestAlias}.measure_id = ${measureId}
  LEFT JOIN status_updates ${alias} ON ${alias}.id = CASE
    WHEN ${latestAlias}.measure_id IS NULL THEN NULL
    WHEN ${latestAlias}.effective_date <= @asOf THEN ${latestAlias}.update_id
    ELSE ${timelineSearch(measureId)}
  END`;
}

/** The as-of update of measure `m`, as `su` (what measure-filter.sql.ts expects). */
export const AS_OF_STATUS_JOIN = asOfStatusJoin('m.id', 'su');

/**
 * The as-of update's status, assessment, comment and effective date without reading the update itself where the
 * newest is in force on @asOf: measure_status_latest keeps those columns too (0013), joined as `alias`. Only for an
 * earlier date is the timeline searched and that update joined (as `${alias}_then`). Each column is NULL when no
 * update is in force.
 */
export function asOfLatest(
  measureId: string,
  alias: string,
): { join: string; cols: AsOfColumns & { comment: string } } {
  const then = `${alias}_then`;
  const col = (c: string) => `CASE WHEN ${alias}.effective_date <= @asOf THEN ${alias}.${c} ELSE ${then}.${c} END`;
  return {
    join: `
  LEFT JOIN measure_status_latest ${alias} ON ${alias}.measure_id = ${measureId}
  LEFT JOIN status_updates ${then} ON ${then}.id = CASE
    WHEN ${alias}.effective_date > @asOf THEN ${timelineSearch(measureId)}
  END`,
    cols: {
      status: col('status'),
      assessment: col('assessment'),
      comment: col('comment'),
      effectiveDate: col('effective_date'),
    },
  };
}
