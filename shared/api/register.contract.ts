// The measure register (Tiltak page): every measure of the chosen plans as one row, filtered and sorted.
import { z } from 'zod';
import type { OrgRef } from '../domain/types.ts';
import type { AssessmentCode, StatusCode } from '../domain/vocabulary.ts';
import { measureFilter } from './filter.ts';
import { op } from './op.ts';

export const REGISTER_SORT_KEYS = ['number', 'title', 'part', 'owner', 'agencies', 'status', 'assessment', 'lastUpdate', 'budget'] as const;
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
  const parsed = registerSort.safeParse({ by: params.get(SORT_URL_PARAMS.by) ?? 'number', dir: params.get(SORT_URL_PARAMS.dir) ?? 'asc' });
  return parsed.success ? parsed.data : { by: 'number', dir: 'asc' };
}

export const registerQueryInput = z
  .object({ filter: measureFilter.optional().default({}), sort: registerSort.optional() })
  .strict()
  .optional()
  .default({ filter: {} });

export interface RegisterRow {
  id: number;
  planCode: string;
  number: string;
  title: string;
  titlePending: boolean;
  part: { id: number; number: number; title: string } | null;
  /** Names as valid on the as-of date (BLD before 2019, BFD after). */
  owner: OrgRef | null;
  coOwners: OrgRef[];
  agencies: OrgRef[];
  status: StatusCode;
  assessment: AssessmentCode;
  /** The latest status update on or before the as-of date. */
  lastUpdate: { date: string; author: string } | null;
  /** Sum of allocated NOK on the budget lines for `budgetYear`; null when the measure has none. */
  budgetAllocated: number | null;
  version: number;
}

export interface RegisterResult {
  rows: RegisterRow[];
  /** Live measures in the chosen plans before the other filters: "Viser 12 av 44 tiltak". */
  total: number;
  asOf: string;
  budgetYear: number;
  /** Plans (among the chosen) with titles still to be filled in. */
  pendingTitles: { planCode: string; planTitle: string; count: number }[];
}

export const registerContract = {
  'measures:query': op(registerQueryInput).reads<RegisterResult>(),
};
