// The obligations register (Forpliktelser): obligations with their history and undo, links to the measures that answer
// them (with a note), coverage on a date, and the coverage table as a file.
import { z } from 'zod';
import {
  OBLIGATION_CODE_MESSAGE,
  OBLIGATION_CODE_PATTERN,
  OBLIGATION_SOURCES,
  STRENGTH_CODES,
  type CoverageClass,
  type CoveredMeasure,
  type MeasureObligation,
  type Obligation,
} from '../domain/obligations.ts';
import type { AuditEntry } from '../domain/types.ts';
import { dashboardFilter } from './dashboard.contract.ts';
import { op } from './op.ts';
import type { ExportedFile } from './reports.contract.ts';
import { documentLang, id, isoDate, periodKey, planCode, year } from './schemas.ts';
import { COVERAGE_FORMATS } from './view-params.ts';

export const MAX_OBLIGATION_TEXT = 2000;

export const obligationCode = z
  .string({ error: 'Skriv en id, for eksempel G4-01.' })
  .trim()
  .min(1, { error: 'Skriv en id, for eksempel G4-01.' })
  .regex(OBLIGATION_CODE_PATTERN, { error: OBLIGATION_CODE_MESSAGE });

const optionalText = (max: number, what: string) =>
  z
    .string({ error: `${what} må være tekst.` })
    .trim()
    .max(max, { error: `${what} kan ikke være lengre enn ${max} tegn.` })
    .nullable()
    .transform((s) => (s === '' ? null : s));

export const obligationFields = z
  .object({
    code: obligationCode,
    source: z.enum(OBLIGATION_SOURCES, { error: 'Velg kilden fra listen.' }),
    round: z
      .number({ error: 'Runden må være et tall.' })
      .int({ error: 'Runden må være et helt tall.' })
      .min(1, { error: 'Runden må være 1 eller høyere.' })
      .max(99, { error: 'Runden må være 99 eller lavere.' })
      .nullable()
      .optional(),
    year: year.nullable().optional(),
    text: z
      .string({ error: 'Skriv forpliktelsens tekst.' })
      .trim()
      .min(1, { error: 'Teksten kan ikke være tom.' })
      .max(MAX_OBLIGATION_TEXT, { error: `Teksten kan ikke være lengre enn ${MAX_OBLIGATION_TEXT} tegn.` }),
    sourceRef: optionalText(500, 'Kildehenvisningen').optional(),
    strength: z.enum(STRENGTH_CODES, { error: 'Velg styrke fra listen.' }).nullable().optional(),
    verificationNote: optionalText(200, 'Merknaden').optional(),
  })
  .strict();
/** Absent optional values are «not given» (null) when adding, and «unchanged» when editing. */
export type ObligationFields = z.output<typeof obligationFields>;

/** Which page's undo stack a link change joins: the measure's, or the obligations register's. */
const on = z.enum(['measure', 'obligations'], { error: 'Ukjent side.' }).default('measure');
const linkNote = z
  .string({ error: 'Merknaden må være tekst.' })
  .trim()
  .max(1000, { error: 'Merknaden kan ikke være lengre enn 1000 tegn.' });
const version = z.number({ error: 'Versjonen mangler.' }).int().positive({ error: 'Ugyldig versjon.' });

export const linkInput = z
  .object({
    obligationId: z.number({ error: 'Velg en forpliktelse.' }).int().positive({ error: 'Velg en forpliktelse.' }),
    measureId: z.number({ error: 'Velg et tiltak.' }).int().positive({ error: 'Velg et tiltak.' }),
    note: linkNote.default(''),
    on,
  })
  .strict();
export const unlinkInput = z.object({ linkId: id, on }).strict();
export const updateLinkInput = z.object({ linkId: id, version, note: linkNote, on }).strict();
export const updateObligationInput = z.object({ id, version, changes: obligationFields.partial().strict() }).strict();
export const retireObligationInput = z
  .object({ id, version, retired: z.boolean({ error: 'Velg avslutt eller gjenåpne.' }) })
  .strict();

/** The coverage of every obligation by the live measures the filter admits, as of its date (default today). */
export const coverageInput = z
  .object({
    filter: dashboardFilter.optional().default({}),
    /** Retired obligations too (listed apart, never counted). */
    includeRetired: z.boolean({ error: 'Velg ja eller nei.' }).optional().default(false),
  })
  .strict();

export interface CoverageObligation extends Obligation {
  coverage: CoverageClass;
  measures: CoveredMeasure[];
}

export interface CoverageResult {
  asOf: string;
  /** Active obligations per class; they add up to `total`. */
  counts: Record<CoverageClass, number>;
  total: number;
  /** Active obligations first (in the register's order), then retired ones when asked for. */
  obligations: CoverageObligation[];
  /** Active obligations given after the as-of date's year: not yet in force then, so left out. */
  later: number;
}

export { COVERAGE_FORMATS, type CoverageFormat } from './view-params.ts';

/** A reporting period: a year (2025) or a tertial (2025-T2, T1 = Jan–Apr, T2 = May–Aug, T3 = Sep–Dec). */
export const PERIOD_PATTERN = /^(\d{4})(?:-T([123]))?$/;

export const coverageExportInput = z
  .object({
    format: z.enum(COVERAGE_FORMATS, { error: `Ukjent format. Gyldige formater: ${COVERAGE_FORMATS.join(', ')}.` }),
    /** Statuses as of this date; or give `period` for its last day; neither means today. */
    asOf: isoDate.optional(),
    period: periodKey.optional(),
    /** Only measures of these plans count; empty means every plan. */
    planCodes: z.array(planCode).max(10).default([]),
    /** The edition, as the report pack's: bokmål, or English (labels and dates; stored text as written). */
    lang: documentLang,
  })
  .strict()
  .refine((v) => !(v.asOf && v.period), {
    error: 'Velg enten en dato eller en periode, ikke begge.',
    path: ['period'],
  });

export const obligationsContract = {
  'obligations:list': op(z.object({}).strict().optional().default({})).reads<Obligation[]>('obligations'),
  'obligations:history': op(z.object({ id }).strict()).reads<AuditEntry[]>('obligations', 'history'),
  'obligations:add': op(obligationFields).returns<Obligation>('obligations', 'history'),
  'obligations:update': op(updateObligationInput).returns<Obligation>('obligations', 'history'),
  'obligations:retire': op(retireObligationInput).returns<Obligation>('obligations', 'history'),
  'obligations:ofMeasure': op(z.object({ measureId: id }).strict()).reads<MeasureObligation[]>(
    'obligations',
    'measures',
  ),
  'obligations:link': op(linkInput).returns<{ linkId: number }>('obligations', 'history'),
  'obligations:unlink': op(unlinkInput).returns<{ linkId: number }>('obligations', 'history'),
  'obligations:updateLink': op(updateLinkInput).returns<{ linkId: number }>('obligations', 'history'),
  'obligations:coverage': op(coverageInput).reads<CoverageResult>(
    'obligations',
    'measures',
    'status',
    'organisations',
    'plans',
  ),
  'obligations:export': op(coverageExportInput).reads<ExportedFile>(),
};
