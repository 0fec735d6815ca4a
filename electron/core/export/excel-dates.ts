// Dates for the workbooks. Excel has no time zones: a cell holds the calendar day (and the clock time) as the reader
// should see it, so each is written as that day and time in UTC, which exceljs stores as is.

/** A calendar day (ISO, `YYYY-MM-DD…`) as written. */
export function excelDate(iso: string): Date {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** A moment as the local day and time to the minute, as the documents' texts say it («28.11.2026 kl. 09:52»). */
export function excelLocalDateTime(d: Date): Date {
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()));
}
