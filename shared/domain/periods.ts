// Reporting periods (rapporteringsperioder): a year, or a tertial of one (T1 January–April, T2 May–August,
// T3 September–December). A period is a value: parsed from and written as its key («2025», «2025-T2»), with its
// first and last day as ISO dates. Closing periods, the report pack and input rounds all build on this one type.

export type PeriodKind = 'year' | 'tertial';
export type Tertial = 1 | 2 | 3;
export type Period = { kind: 'year'; year: number } | { kind: 'tertial'; year: number; tertial: Tertial };

/** «2025» or «2025-T2»: how a period is stored, passed to the API and typed in the CLI. */
export const PERIOD_KEY_PATTERN = /^(\d{4})(?:-T([1-3]))?$/;
export const PERIOD_KEY_MESSAGE = 'Ugyldig periode: skriv et år (2025) eller et tertial (2025-T2).';

/** The first month (1–12) of each tertial. */
const TERTIAL_FIRST_MONTH: Record<Tertial, number> = { 1: 1, 2: 5, 3: 9 };

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A period from its key; also takes «T2 2025» and lower case. Null when it is not one. */
export function parsePeriod(text: string): Period | null {
  const s = text.trim().toUpperCase();
  const spoken = /^T([1-3])\s+(\d{4})$/.exec(s);
  const m = spoken ? [s, spoken[2], spoken[1]] : PERIOD_KEY_PATTERN.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1990 || year > 2100) return null;
  return m[2] ? { kind: 'tertial', year, tertial: Number(m[2]) as Tertial } : { kind: 'year', year };
}

export function periodKey(p: Period): string {
  return p.kind === 'year' ? String(p.year) : `${p.year}-T${p.tertial}`;
}

/** «T2 2025» or «2025»: the same in bokmål and English. */
export function periodLabel(p: Period): string {
  return p.kind === 'year' ? String(p.year) : `T${p.tertial} ${p.year}`;
}

export function periodStart(p: Period): string {
  return p.kind === 'year' ? `${p.year}-01-01` : `${p.year}-${pad(TERTIAL_FIRST_MONTH[p.tertial])}-01`;
}

export function periodEnd(p: Period): string {
  if (p.kind === 'year') return `${p.year}-12-31`;
  const month = TERTIAL_FIRST_MONTH[p.tertial] + 3;
  return `${p.year}-${pad(month)}-${pad(lastDayOfMonth(p.year, month))}`;
}

/** How many days the period has (T1 has 121 in a leap year, 120 otherwise). */
export function periodDays(p: Period): number {
  const ms = Date.parse(`${periodEnd(p)}T00:00:00Z`) - Date.parse(`${periodStart(p)}T00:00:00Z`);
  return Math.round(ms / 86_400_000) + 1;
}

export function periodContains(p: Period, isoDate: string): boolean {
  const day = isoDate.slice(0, 10);
  return day >= periodStart(p) && day <= periodEnd(p);
}

/** The period of a kind that a date (ISO) falls in. */
export function periodOf(isoDate: string, kind: PeriodKind): Period {
  const year = Number(isoDate.slice(0, 4));
  if (kind === 'year') return { kind, year };
  const month = Number(isoDate.slice(5, 7));
  return { kind, year, tertial: month <= 4 ? 1 : month <= 8 ? 2 : 3 };
}

export function previousPeriod(p: Period): Period {
  if (p.kind === 'year') return { kind: 'year', year: p.year - 1 };
  return p.tertial === 1
    ? { kind: 'tertial', year: p.year - 1, tertial: 3 }
    : { kind: 'tertial', year: p.year, tertial: (p.tertial - 1) as Tertial };
}

export function nextPeriod(p: Period): Period {
  if (p.kind === 'year') return { kind: 'year', year: p.year + 1 };
  return p.tertial === 3
    ? { kind: 'tertial', year: p.year + 1, tertial: 1 }
    : { kind: 'tertial', year: p.year, tertial: (p.tertial + 1) as Tertial };
}

/** Oldest first by start; a year before its tertials. */
export function comparePeriods(a: Period, b: Period): number {
  return periodStart(a).localeCompare(periodStart(b)) || (a.kind === b.kind ? 0 : a.kind === 'year' ? -1 : 1);
}

export function samePeriod(a: Period, b: Period): boolean {
  return periodKey(a) === periodKey(b);
}

/** A period is over once its last day has passed: only then can it be closed. */
export function isPeriodOver(p: Period, todayIso: string): boolean {
  return periodEnd(p) < todayIso.slice(0, 10);
}

/** The periods of a kind from the one holding `fromIso` up to and including the one holding `todayIso`. */
export function periodsSince(fromIso: string, todayIso: string, kind: PeriodKind): Period[] {
  const out: Period[] = [];
  const last = periodOf(todayIso, kind);
  for (let p = periodOf(fromIso, kind); comparePeriods(p, last) <= 0; p = nextPeriod(p)) out.push(p);
  return out;
}

/** The `count` periods ending with `last`, oldest first. */
export function periodsEndingWith(last: Period, count: number): Period[] {
  const out: Period[] = [last];
  while (out.length < count) out.unshift(previousPeriod(out[0]));
  return out;
}

/** The day a report for the period is «per»: its last day, or today while it is running. */
export function periodAsOf(p: Period, todayIso: string): string {
  const end = periodEnd(p);
  return end < todayIso ? end : todayIso.slice(0, 10);
}
