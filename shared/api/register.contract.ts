// The measure register (Tiltak page): every measure of the chosen plans as one row, filtered and sorted.
import { z } from 'zod';
import type { OrgRef } from '../domain/types.ts';
import type { AsOfStatus, AssessmentCode } from '../domain/vocabulary.ts';
import { measureFilter } from './filter.ts';
import { op } from './op.ts';
import { id, isoDate } from './schemas.ts';

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

export const registerSort = z
  .object({
    by: z.enum(REGISTER_SORT_KEYS, { error: 'Ukjent sorteringskolonne.' }),
    dir: z.enum(['asc', 'desc'], { error: 'Sorteringsretningen må være stigende eller synkende.' }).default('asc'),
  })
  .strict();
export type RegisterSort = z.input<typeof registerSort>;

/** URL parameters for the sort, beside the shared filter's (`#/tiltak?…&sort=title&dir=desc`). */
export const SORT_URL_PARAMS = { by: 'sort', dir: 'dir' } as const;

export function sortToParams(s: RegisterSort | undefined): Record<string, string> {
  if (!s || (s.by === 'number' && (s.dir ?? 'asc') === 'asc')) return {};
  return s.dir === 'desc' ? { sort: s.by, dir: 'desc' } : { sort: s.by };
}

export function paramsToSort(params: URLSearchParams): { by: RegisterSortKey; dir: SortDirection } {
  const parsed = registerSort.safeParse({
    by: params.get(SORT_URL_PARAMS.by) ?? 'number',
    dir: params.get(SORT_URL_PARAMS.dir) ?? 'asc',
  });
  return parsed.success ? parsed.data : { by: 'number', dir: 'asc' };
}

export const registerQueryInput = z
  .object({ filter: measureFilter.optional().default({}), sort: registerSort.optional() })
  .strict()
  .optional()
  .default({ filter: {} });

/**
 * One measure in the register. Organisations and parts are ids into the result's `orgs` and `parts`: at
 * 10 000 measures, repeating the same names in every row made the answer 5 MB instead of 3.
 */
export interface RegisterRow {
  id: number;
  planCode: string;
  number: string;
  title: string;
  titlePending: boolean;
  partId: number | null;
  ownerId: number | null;
  coOwnerIds: number[];
  agencyIds: number[];
  /** «ingen-status» when no update is in force on the as-of date. */
  status: AsOfStatus;
  assessment: AssessmentCode;
  /** The latest status update on or before the as-of date. */
  lastUpdate: { date: string; author: string } | null;
  /** Sum of allocated NOK on the budget lines for `budgetYear`; null when the measure has none. */
  budgetAllocated: number | null;
  /** The ids of the active obligations the measure answers (G3-01), in order. */
  obligationCodes: string[];
  /** The measure's version, for a change made from the register (set the part or owner of several at once). */
  version: number;
}

export interface RegisterPart {
  id: number;
  number: number;
  title: string;
}

/** Rows come in windows of this many: the first with the query, the others as they scroll into view. */
export const REGISTER_WINDOW = 100;

/** Some register rows, with the organisations and parts they name. */
export interface RegisterRows {
  rows: RegisterRow[];
  /** Every organisation the rows name, by id, as named on the as-of date (BLD before 2019, BFD after). */
  orgs: Record<number, OrgRef>;
  /** Every part the rows are placed in, by id. */
  parts: Record<number, RegisterPart>;
}

/**
 * One register view. At 10 000 measures the whole table was a 5 MB answer that kept the first rows off the
 * screen for a second; now it is the order of every match plus the rows of the first window.
 */
export interface RegisterResult extends RegisterRows {
  /** Every matching measure, in the sort order; `rows` are the first REGISTER_WINDOW of them. */
  ids: number[];
  /** The plans among the matches (the table names each row's plan when there are several). */
  planCodes: string[];
  /** Live measures in the chosen plans that exist on the as-of date, before the other filters: "Viser 12 av 44". */
  total: number;
  /** How many of the matches have no status update in force on the as-of date («Ingen status registrert»). */
  noStatus: number;
  asOf: string;
  budgetYear: number;
  /** Plans (among the chosen) with titles still to be filled in. */
  pendingTitles: { planCode: string; planTitle: string; count: number }[];
}

export const registerRowsInput = z
  .object({
    ids: z
      .array(id)
      .min(1, { error: 'Ingen tiltak er valgt.' })
      .max(REGISTER_WINDOW, { error: `Høyst ${REGISTER_WINDOW} tiltak om gangen.` }),
    asOf: isoDate,
  })
  .strict();

export const registerContract = {
  'measures:query': op(registerQueryInput).reads<RegisterResult>(
    'measures',
    'status',
    'budget',
    'organisations',
    'plans',
    'obligations',
  ),
  /** The rows of one window of a register view (ids from its `ids`, as of its `asOf`), in the order asked. */
  'measures:rows': op(registerRowsInput).reads<RegisterRows>(
    'measures',
    'status',
    'budget',
    'organisations',
    'plans',
    'obligations',
  ),
};
