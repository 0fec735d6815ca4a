// Reusable input schemas with Norwegian messages. Dates are ISO strings; money is whole NOK.
import { z } from 'zod';
import { LANGS } from '../i18n/index.ts';
import {
  AMOUNT_NEGATIVE_MESSAGE,
  AMOUNT_TOO_LARGE_MESSAGE,
  AMOUNT_WHOLE_MESSAGE,
  FIRST_YEAR,
  LAST_YEAR,
  MAX_NOK,
  YEAR_TOO_EARLY_MESSAGE,
  YEAR_TOO_LATE_MESSAGE,
} from '../domain/budget.ts';
import { parsePeriod, PERIOD_KEY_MESSAGE, PERIOD_KEY_PATTERN, periodKey as keyOf } from '../domain/periods.ts';
import { PLAN_CODE_PATTERN } from '../domain/plans.ts';
import { AS_OF_STATUS_CODES, ASSESSMENT_CODES, STATUS_CODES } from '../domain/vocabulary.ts';
import { isRealDate, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH } from './view-params.ts';

export { isRealDate, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH } from './view-params.ts';
/** A document's edition: bokmål (the default) or the English edition (report pack, status grid, coverage table). */
export const documentLang = z
  .enum(LANGS, { error: 'Ukjent språk. Velg nb (bokmål) eller en (engelsk).' })
  .default('nb');

export const isoDate = z
  .string({ error: 'Datoen mangler.' })
  .refine(isRealDate, { error: 'Datoen er ikke en gyldig dato (bruk ÅÅÅÅ-MM-DD).' });

export const id = z
  .number({ error: 'Ugyldig eller manglende id.' })
  .int({ error: 'Ugyldig id.' })
  .positive({ error: 'Ugyldig id.' });

/** Any plan the file holds (plans are data); an unknown code is refused by the core with «Ukjent plan». */
export const planCode = z
  .string({ error: 'Ukjent plan.' })
  .regex(PLAN_CODE_PATTERN, { error: 'Ukjent plan: bruk planens kode, for eksempel strategi-2025-2030.' });

/**
 * A reporting period's key: «2025» or «2025-T2» (shared/domain/periods.ts); «T2 2025», as the app writes a period,
 * is taken as «2025-T2».
 */
export const periodKey = z
  .string({ error: PERIOD_KEY_MESSAGE })
  .trim()
  .transform((s) => {
    const p = parsePeriod(s);
    return p ? keyOf(p) : s;
  })
  .pipe(z.string().regex(PERIOD_KEY_PATTERN, { error: PERIOD_KEY_MESSAGE }));

export const statusCode = z.enum(STATUS_CODES, {
  error: 'Ukjent status. Gyldige verdier: ikke-startet, pagar, fullfort, avbrutt, viderefort.',
});

/** A status to filter by: a recorded code, or «ingen-status» (no update in force on the as-of date). */
export const asOfStatusCode = z.enum(AS_OF_STATUS_CODES, {
  error: 'Ukjent status. Gyldige verdier: ingen-status, ikke-startet, pagar, fullfort, avbrutt, viderefort.',
});

export const assessmentCode = z.enum(ASSESSMENT_CODES, {
  error: 'Ukjent vurdering. Gyldige verdier: ikke-vurdert, gronn, gul, rod.',
});

export const title = z
  .string({ error: 'Tittelen mangler.' })
  .trim()
  .min(1, { error: 'Tittelen kan ikke være tom.' })
  .max(MAX_TITLE_LENGTH, { error: `Tittelen kan ikke være lengre enn ${MAX_TITLE_LENGTH} tegn.` });

export const longText = z
  .string({ error: 'Teksten må være tekst.' })
  .max(MAX_TEXT_LENGTH, { error: `Teksten kan ikke være lengre enn ${MAX_TEXT_LENGTH} tegn.` });

export const year = z
  .number({ error: 'Året må være et tall.' })
  .int({ error: 'Året må være et helt tall.' })
  .min(FIRST_YEAR, { error: YEAR_TOO_EARLY_MESSAGE })
  .max(LAST_YEAR, { error: YEAR_TOO_LATE_MESSAGE });

/** Whole kroner, 0 to MAX_NOK (why that bound: shared/domain/budget.ts). «For stort» is said before «hele kroner», as
 * a number too large for JavaScript to hold exactly is no longer a whole number to it. */
export const nok = z
  .number({ error: 'Beløpet må være et tall.' })
  .max(MAX_NOK, { error: AMOUNT_TOO_LARGE_MESSAGE })
  .int({ error: AMOUNT_WHOLE_MESSAGE })
  .nonnegative({ error: AMOUNT_NEGATIVE_MESSAGE });

export const author = z
  .string({ error: 'Navn mangler.' })
  .trim()
  .min(1, { error: 'Skriv hvem som registrerer.' })
  .max(200, { error: 'Navnet er for langt.' });

export const orgAbbrev = z
  .string({ error: 'Mangler organisasjon.' })
  .trim()
  .min(1, { error: 'Mangler organisasjon.' })
  .max(40, { error: 'Forkortelsen er for lang.' });

export const noInput = z.object({}).strict().optional().default({});
