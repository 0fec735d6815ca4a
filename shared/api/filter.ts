// The one filter that the register (Tiltak), the dashboards (Oversikt) and the reports share.
// In the renderer it lives in the URL: #/tiltak?plan=…&part=…&ministry=…&agency=…&status=…&assessment=…&stale=6&q=…
import { z } from 'zod';
import { assessmentCode, isoDate, planCode, statusCode } from './schemas.ts';

export const measureFilter = z
  .object({
    /** Plans by code; empty or missing = all plans. */
    plans: z.array(planCode).optional(),
    /** Parts by database id (from plans:list). */
    parts: z.array(z.number().int().positive()).optional(),
    /** Owner or co-owner ministry, by abbreviation; a renamed ministry matches its whole rename chain. */
    ministries: z.array(z.string().trim().min(1).max(40)).optional(),
    /** Agencies by abbreviation. */
    agencies: z.array(z.string().trim().min(1).max(40)).optional(),
    /** Status and assessment as of `asOf`. */
    statuses: z.array(statusCode).optional(),
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
  ministries: 'ministry',
  agencies: 'agency',
  statuses: 'status',
  assessments: 'assessment',
  staleMonths: 'stale',
  q: 'q',
  asOf: 'asOf',
} as const;
