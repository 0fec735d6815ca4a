// A register or dashboard view as URL parameters (#/tiltak?plan=…&part=…&uplassert=ja&ministry=…&agency=…
// &status=…&assessment=…&stale=6&q=…&sort=title&dir=desc), and the few constants the renderer needs, without zod:
// the renderer reads its URL at start, and zod with every input schema was a sixth of its start-up JavaScript.
// The API validates every filter again with the zod schema (filter.ts), and a unit test holds the two to the
// same answer. The limits live here so the schema and this file cannot drift apart.
import { PLAN_CODE_PATTERN } from '../domain/plans.ts';
import { AS_OF_STATUS_CODES, ASSESSMENT_CODES } from '../domain/vocabulary.ts';
import type { MeasureFilter } from './filter.ts';

/** Longest organisation abbreviation and obligation id in a filter, most obligations, longest free-text search, most
 * months for «not updated». */
export const FILTER_LIMITS = {
  abbreviation: 40,
  obligationId: 30,
  obligations: 50,
  query: 200,
  staleMonths: 240,
} as const;

/** A real calendar date written YYYY-MM-DD (not 2024-02-30). */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** URL parameter names for each filter field, so the register and dashboard links agree. */
export const FILTER_URL_PARAMS = {
  plans: 'plan',
  parts: 'part',
  unplaced: 'uplassert',
  ministries: 'ministry',
  agencies: 'agency',
  obligations: 'obligation',
  statuses: 'status',
  assessments: 'assessment',
  staleMonths: 'stale',
  q: 'q',
  asOf: 'asOf',
} as const;

type FilterKey = keyof typeof FILTER_URL_PARAMS & keyof MeasureFilter;

const abbreviation = (v: string) => v.trim().length >= 1 && v.trim().length <= FILTER_LIMITS.abbreviation;
const obligationId = (v: string) => v.trim().length >= 1 && v.trim().length <= FILTER_LIMITS.obligationId;
const oneOf = (codes: readonly string[]) => (v: string) => codes.includes(v);
/** How each field is read from its parameter, or undefined when it is not valid (then it is dropped). A new
 * filter field needs a line here: the compiler asks for it. */
const READ: Record<FilterKey, (raw: string) => unknown> = {
  plans: list((v) => PLAN_CODE_PATTERN.test(v)),
  parts: (raw) => {
    const items = raw.split(',').filter(Boolean).map(Number);
    return items.every((n) => Number.isInteger(n) && n > 0) ? items : undefined;
  },
  unplaced: (raw) => raw === 'ja',
  ministries: list(abbreviation, (v) => v.trim()),
  agencies: list(abbreviation, (v) => v.trim()),
  obligations: (raw) => {
    const items = list(obligationId, (v) => v.trim())(raw);
    return items && items.length <= FILTER_LIMITS.obligations ? items : undefined;
  },
  statuses: list(oneOf(AS_OF_STATUS_CODES)),
  assessments: list(oneOf(ASSESSMENT_CODES)),
  staleMonths: (raw) => {
    const n = Number(raw);
    return Number.isInteger(n) && n >= 1 && n <= FILTER_LIMITS.staleMonths ? n : undefined;
  },
  q: (raw) => (raw.length <= FILTER_LIMITS.query ? raw : undefined),
  asOf: (raw) => (isRealDate(raw) ? raw : undefined),
};

function list(valid: (v: string) => boolean, clean: (v: string) => string = (v) => v) {
  return (raw: string) => {
    const items = raw.split(',').filter(Boolean);
    return items.every(valid) ? items.map(clean) : undefined;
  };
}

/** Filter → URL parameters; lists are comma-separated (`status=pagar,fullfort`). */
export function filterToParams(f: MeasureFilter): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(FILTER_URL_PARAMS) as FilterKey[]) {
    const v = f[key];
    if (v === undefined || v === '' || v === false || (Array.isArray(v) && v.length === 0)) continue;
    out[FILTER_URL_PARAMS[key]] = Array.isArray(v) ? v.join(',') : v === true ? 'ja' : String(v);
  }
  return out;
}

/** URL parameters → filter; anything invalid is dropped rather than trusted (validated again at the API). */
export function paramsToFilter(params: URLSearchParams): MeasureFilter {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(FILTER_URL_PARAMS) as FilterKey[]) {
    const raw = params.get(FILTER_URL_PARAMS[key]);
    if (raw === null || raw === '') continue;
    const value = READ[key](raw);
    if (value !== undefined) out[key] = value;
  }
  return out as MeasureFilter;
}

export const REGISTER_SORT_KEYS = [
  'number',
  'title',
  'part',
  'owner',
  'agencies',
  'status',
  'assessment',
  'lastUpdate',
  'budget',
  'obligations',
] as const;
export type RegisterSortKey = (typeof REGISTER_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** URL parameters for the sort, beside the shared filter's (`/tiltak?…&sort=title&dir=desc`). */
export const SORT_URL_PARAMS = { by: 'sort', dir: 'dir' } as const;

export function sortToParams(s: { by: RegisterSortKey; dir?: SortDirection } | undefined): Record<string, string> {
  if (!s || (s.by === 'number' && (s.dir ?? 'asc') === 'asc')) return {};
  return s.dir === 'desc' ? { sort: s.by, dir: 'desc' } : { sort: s.by };
}

export function paramsToSort(params: URLSearchParams): { by: RegisterSortKey; dir: SortDirection } {
  const by = params.get(SORT_URL_PARAMS.by) ?? 'number';
  const dir = params.get(SORT_URL_PARAMS.dir) ?? 'asc';
  if (!(REGISTER_SORT_KEYS as readonly string[]).includes(by) || (dir !== 'asc' && dir !== 'desc'))
    return { by: 'number', dir: 'asc' };
  return { by: by as RegisterSortKey, dir };
}

/** Register rows come in windows of this many: the first with the query, the others as they scroll into view. */
export const REGISTER_WINDOW = 100;

/** Months without an update before a measure counts as stale on the dashboard. */
export const DASHBOARD_STALE_MONTHS = 6;

/** The formats the obligations' coverage table can be exported as. */
export const COVERAGE_FORMATS = ['docx', 'xlsx', 'csv', 'pdf', 'json'] as const;
export type CoverageFormat = (typeof COVERAGE_FORMATS)[number];

/** The largest answer file read (bytes); base64 of it stays under the preview's 5 MB body limit. */
export const MAX_ANSWER_BYTES = 3 * 1024 * 1024;

export const MAX_TITLE_LENGTH = 500;
export const MAX_TEXT_LENGTH = 10_000;
