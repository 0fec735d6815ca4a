// The one filter that the register (Tiltak), the dashboards (Oversikt) and the reports share.
// In the renderer it lives in the URL: #/tiltak?plan=…&part=…&uplassert=ja&ministry=…&agency=…&obligation=…&status=…
// &assessment=…&stale=6&q=…
import { z } from 'zod';
import { asOfStatusCode, assessmentCode, isoDate, planCode } from './schemas.ts';
import { FILTER_LIMITS } from './view-params.ts';

export const measureFilter = z
  .object({
    /** Plans by code; empty or missing = all plans. */
    plans: z.array(planCode).optional(),
    /** Parts by database id (from plans:list). */
    parts: z.array(z.number().int().positive()).optional(),
    /** Measures not placed in a part: «Uten hoveddel» (with `parts`: those parts or no part). */
    unplaced: z.boolean({ error: 'Velg ja eller nei.' }).optional(),
    /** Owner or co-owner ministry, by abbreviation; a renamed ministry matches its whole rename chain. */
    ministries: z.array(z.string().trim().min(1).max(FILTER_LIMITS.abbreviation)).optional(),
    /** Agencies by abbreviation. */
    agencies: z.array(z.string().trim().min(1).max(FILTER_LIMITS.abbreviation)).optional(),
    /** Measures linked to any of these obligations, by their id (G3-01). */
    obligations: z
      .array(z.string().trim().min(1).max(FILTER_LIMITS.obligationId))
      .max(FILTER_LIMITS.obligations)
      .optional(),
    /** Status and assessment as of `asOf`; «ingen-status» = no status update in force on that date. */
    statuses: z.array(asOfStatusCode).optional(),
    assessments: z.array(assessmentCode).optional(),
    /** Not updated for this many months before `asOf` (never updated counts as stale). */
    staleMonths: z
      .number({ error: 'Antall måneder må være et tall.' })
      .int()
      .min(1)
      .max(FILTER_LIMITS.staleMonths)
      .optional(),
    /** Free text over number, title, description, comments and organisation names; case-insensitive. */
    q: z.string().max(FILTER_LIMITS.query, { error: 'Søketeksten er for lang.' }).optional(),
    /** The date the status is read as of; default today. */
    asOf: isoDate.optional(),
  })
  .strict();

export type MeasureFilter = z.input<typeof measureFilter>;

// The URL form of the filter is in view-params.ts (the renderer reads it without zod).
export { filterToParams, FILTER_URL_PARAMS, paramsToFilter } from './view-params.ts';
