// The status of a measure as of @asOf: its latest update effective on or before that date (by
// effective_date, then recorded_at, then id). The newest update per measure is kept in
// measure_status_latest (migration 0005), so for today's date, or any date after the newest update, this is
// one primary-key lookup; only for an earlier date is the measure's timeline searched.

/** LEFT JOINs the as-of update of the measure `measureId` (an SQL expression) as `alias`. */
export function asOfStatusJoin(measureId: string, alias: string, latestAlias = `${alias}_latest`): string {
  return `
  LEFT JOIN measure_status_latest ${latestAlias} ON ${latestAlias}.measure_id = ${measureId}
  LEFT JOIN status_updates ${alias} ON ${alias}.id = CASE
    WHEN ${latestAlias}.measure_id IS NULL THEN NULL
    WHEN ${latestAlias}.effective_date <= @asOf THEN ${latestAlias}.update_id
    ELSE (SELECT s.id FROM status_updates s
          WHERE s.measure_id = ${measureId} AND s.effective_date <= @asOf
          ORDER BY s.effective_date DESC, s.recorded_at DESC, s.id DESC LIMIT 1)
  END`;
}

/** The as-of update of measure `m`, as `su` (what measure-filter.sql.ts expects). */
export const AS_OF_STATUS_JOIN = asOfStatusJoin('m.id', 'su');
