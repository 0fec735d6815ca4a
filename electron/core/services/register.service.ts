// The register (Tiltak page): resolves the shared filter (abbreviations → organisation ids over rename
// chains, "stale" months → a date, search words → terms) and maps the SQL rows to register rows.
import type { Database } from 'better-sqlite3';
import type { MeasureFilter } from '../../../shared/api/filter.ts';
import {
  REGISTER_WINDOW,
  type RegisterPart,
  type RegisterResult,
  type RegisterRow,
  type RegisterRows,
  type RegisterSortKey,
  type SortDirection,
} from '../../../shared/api/register.contract.ts';
import type { OrgRef } from '../../../shared/domain/types.ts';
import { DEFAULT_ASSESSMENT, NO_STATUS } from '../../../shared/domain/vocabulary.ts';
import { compareNb, todayIso } from '../../../shared/format/nb.ts';
import { foldText } from '../db/text-functions.ts';
import { fieldError } from '../errors.ts';
import type { ResolvedFilter, SearchTerm } from '../repositories/measure-filter.sql.ts';
import {
  countLiveMeasures,
  pendingTitlesByPlan,
  queryRegisterOrder,
  registerRowsByIds,
} from '../repositories/register.repo.ts';
import { obligationIdsForCodes } from './obligations.service.ts';
import { orgDirectory, orgIdsForAbbrevs, type OrgDirectory } from './organisations.service.ts';
import { requirePlans } from './plans.service.ts';

const MAX_SEARCH_TERMS = 10;

/** The ISO date `months` calendar months before `iso` (31 May − 3 months = 28/29 Feb). */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${year}-${p(month)}-${p(Math.min(d, lastDay))}`;
}

function resolveOrgs(
  dir: OrgDirectory,
  abbrevs: string[] | undefined,
  field: 'ministries' | 'agencies',
): number[] | undefined {
  if (!abbrevs?.length) return undefined;
  const { ids, unknown } = orgIdsForAbbrevs(dir, abbrevs);
  if (unknown.length)
    throw fieldError(
      field,
      field === 'ministries' ? `Ukjent departement: «${unknown[0]}».` : `Ukjent etat: «${unknown[0]}».`,
    );
  return ids;
}

/** Search words → terms; each names the organisations whose abbreviation starts with it or whose name contains it. */
export function searchTerms(q: string | undefined, dir: OrgDirectory): SearchTerm[] | undefined {
  const words = [
    ...new Set(
      foldText(q ?? '')
        .split(/\s+/)
        .filter(Boolean),
    ),
  ].slice(0, MAX_SEARCH_TERMS);
  if (words.length === 0) return undefined;
  return words.map((w) => {
    const ids = new Set<number>();
    for (const r of dir.rows()) {
      const hit = foldText(r.abbrev).startsWith(w) || ([...w].length >= 3 && foldText(r.name).includes(w));
      if (hit) for (const id of dir.chainOf(r.id)) ids.add(id);
    }
    return { folded: w, orgIds: [...ids] };
  });
}

export function queryRegister(
  db: Database,
  input: { filter: MeasureFilter; sort?: { by: RegisterSortKey; dir: SortDirection } },
  clock: { now: Date },
): RegisterResult {
  const f = input.filter;
  const asOf = f.asOf ?? todayIso(clock.now);
  const budgetYear = Number(asOf.slice(0, 4));
  requirePlans(db, f.plans, 'filter.plans');
  const orgs = orgDirectory(db);
  const resolved: ResolvedFilter = {
    asOf,
    planCodes: f.plans,
    partIds: f.parts,
    unplaced: f.unplaced,
    ministryIds: resolveOrgs(orgs, f.ministries, 'ministries'),
    agencyIds: resolveOrgs(orgs, f.agencies, 'agencies'),
    obligationIds: obligationIdsForCodes(db, f.obligations),
    statuses: f.statuses,
    assessments: f.assessments,
    staleBefore: f.staleMonths ? monthsBefore(asOf, f.staleMonths) : undefined,
    search: searchTerms(f.q, orgs),
  };
  const sort = input.sort ?? { by: 'number', dir: 'asc' };
  const orgRank: Record<number, number> = {};
  if (sort.by === 'owner' || sort.by === 'agencies') {
    orgs
      .rows()
      .map((r) => ({ id: r.id, shown: orgs.refAt(r.id, asOf).abbrev }))
      .sort((a, b) => compareNb(a.shown, b.shown))
      .forEach((o, i) => (orgRank[o.id] = i));
  }
  const order = queryRegisterOrder(db, { filter: resolved, sort, budgetYear, orgRank });
  const ids = order.map((o) => o.id);
  return {
    ids,
    ...rowsInOrder(db, ids.slice(0, REGISTER_WINDOW), asOf, orgs),
    planCodes: [...new Set(order.map((o) => o.plan_code))],
    total: countLiveMeasures(db, f.plans, asOf),
    noStatus: order.reduce((n, o) => n + o.no_status, 0),
    asOf,
    budgetYear,
    pendingTitles: pendingTitlesByPlan(db, f.plans).map((p) => ({
      planCode: p.plan_code,
      planTitle: p.plan_title,
      count: p.n,
    })),
  };
}

/** One window of a register view: the rows of `ids`, in that order, as of `asOf` (deleted ones left out). */
export function registerRows(db: Database, input: { ids: number[]; asOf: string }): RegisterRows {
  return rowsInOrder(db, input.ids, input.asOf, orgDirectory(db));
}

function rowsInOrder(db: Database, ids: number[], asOf: string, orgs: OrgDirectory): RegisterRows {
  const shown: Record<number, OrgRef> = {};
  const parts: Record<number, RegisterPart> = {};
  const split = (list: string | null) => (list ? list.split(',').map(Number) : []);
  const byId = new Map<number, RegisterRow>();
  for (const r of registerRowsByIds(db, ids, asOf, Number(asOf.slice(0, 4)))) {
    const row: RegisterRow = {
      id: r.id,
      planCode: r.plan_code,
      number: r.number,
      title: r.title,
      titlePending: r.title_pending === 1,
      partId: r.part_id,
      ownerId: r.owner_id,
      coOwnerIds: split(r.co_owner_ids),
      agencyIds: split(r.agency_ids),
      status: r.su_status ?? NO_STATUS,
      assessment: r.su_assessment ?? DEFAULT_ASSESSMENT,
      lastUpdate: r.su_date === null ? null : { date: r.su_date, author: r.su_author ?? '' },
      budgetAllocated: r.budget,
      obligationCodes: r.obligation_codes ? r.obligation_codes.split(',') : [],
      version: r.version,
    };
    if (r.part_id !== null) parts[r.part_id] ??= { id: r.part_id, number: r.part_number!, title: r.part_title! };
    for (const id of [row.ownerId, ...row.coOwnerIds, ...row.agencyIds])
      if (id !== null) shown[id] ??= orgs.refAt(id, asOf);
    byId.set(r.id, row);
  }
  return { rows: ids.flatMap((id) => byId.get(id) ?? []), orgs: shown, parts };
}
