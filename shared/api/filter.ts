// The one filter that the register (Tiltak), the dashboards (Oversikt) and the reports share.
// In the renderer it lives in the URL: #/tiltak?plan=…&part=…&uplassert=ja&ministry=…&agency=…&obligation=…&status=…
// &assessment=…&stale=6&q=…
import { z } from 'zod';
import { asOfStatusCode, assessmentCode, isoDate, planCode } from './schemas.ts';

export const measureFilter = z
  .object({
    /** Plans by code; empty or missing = all plans. */
    plans: z.array(planCode).optional(),
    /** Parts by database id (from plans:list). */
    parts: z.array(z.number().int().positive()).optional(),
    /** Measures not placed in a part: «Uten hoveddel» (with `parts`: those parts or no part). */
    unplaced: z.boolean({ error: 'Velg ja eller nei.' }).optional(),
    /** Owner or co-owner ministry, by abbreviation; a renamed ministry matches its whole rename chain. */
    ministries: z.array(z.string().trim().min(1).max(40)).optional(),
    /** Agencies by abbreviation. */
    agencies: z.array(z.string().trim().min(1).max(40)).optional(),
    /** Measures linked to any of these obligations, by their id (G3-01). */
    obligations: z.array(z.string().trim().min(1).max(30)).max(50).optional(),
    /** Status and assessment as of `asOf`; «ingen-status» = no status update in force on that date. */
    statuses: z.array(asOfStatusCode).optional(),
    assessments: z.array(assessmentCode).optional(),
    /** Not updated for this many months before `asOf` (never updated counts as stale). */
    staleMonths: z.number({ error: 'Antall måneder må være et tall.' }).int().min(1).max(240).optional(),
    /** Free text over number, title, description, comments and organisation names; case-insensitive. */
    q: z.string().max(200, { error: 'Søketeksten er for lang.' }).optional(),
    /** The date the status is read as of; default today. */
    asOf: isoDate.optional(),
  })
  .strict();

export type MeasureFilter = z.input<typeof measureFilter>;

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

type FilterKey = keyof typeof FILTER_URL_PARAMS;
const LIST_KEYS: FilterKey[] = ['plans', 'parts', 'ministries', 'agencies', 'obligations', 'statuses', 'assessments'];

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
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(FILTER_URL_PARAMS) as FilterKey[]) {
    const v = params.get(FILTER_URL_PARAMS[key]);
    if (v === null || v === '') continue;
    if (LIST_KEYS.includes(key)) {
      const items = v.split(',').filter(Boolean);
      raw[key] = key === 'parts' ? items.map(Number) : items;
    } else raw[key] = key === 'staleMonths' ? Number(v) : key === 'unplaced' ? v === 'ja' : v;
  }
  const parsed = measureFilter.safeParse(raw);
  if (parsed.success) return parsed.data;
  // Keep the valid fields only.
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  return measureFilter.parse(Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k))));
}
