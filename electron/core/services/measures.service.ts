// Reading measures with their status as of a date, and org names as valid at that date.
import type { Database } from 'better-sqlite3';
import type { Measure, MeasureName, MeasureSummary, StatusUpdate } from '../../../shared/domain/types.ts';
import { fieldDef, SCALAR_KEYS, type ScalarValues } from '../../../shared/domain/measure-fields.ts';
import { DEFAULT_ASSESSMENT, NO_STATUS } from '../../../shared/domain/vocabulary.ts';
import { notFound } from '../errors.ts';
import {
  getMeasureWithStatus,
  listMeasureOrgLinks,
  listMeasureNameRows,
  type MeasureNameRow,
  listMeasureOrgLinksFor,
  listMeasuresWithStatus,
  type MeasureWithStatusRow,
} from '../repositories/measures.repo.ts';
import { orgDirectory, type OrgDirectory } from './organisations.service.ts';

/** A measure row's scalar fields as the API gives them, read from the columns the field registry names. */
export function scalarValuesOf(row: object): ScalarValues {
  const r = row as Record<string, unknown>;
  return Object.fromEntries(SCALAR_KEYS.map((k) => [k, r[fieldDef(k).column!] ?? null])) as ScalarValues;
}

function lastUpdateOf(r: MeasureWithStatusRow): StatusUpdate | null {
  if (r.su_id === null) return null;
  return {
    id: r.su_id,
    measureId: r.id,
    status: r.su_status!,
    assessment: r.su_assessment!,
    comment: r.su_comment ?? '',
    author: r.su_author ?? '',
    effectiveDate: r.su_effective_date!,
    recordedAt: r.su_recorded_at!,
    correctionReason: r.su_correction_reason,
  };
}

function toSummary(
  r: MeasureWithStatusRow,
  orgs: OrgDirectory,
  coOwners: number[],
  agencies: number[],
  asOf: string,
): MeasureSummary {
  const last = lastUpdateOf(r);
  return {
    id: r.id,
    planCode: r.plan_code,
    number: r.number,
    partNumber: r.part_number,
    title: r.title,
    titlePending: r.title_pending === 1,
    owner: r.owner_id === null ? null : orgs.refAt(r.owner_id, asOf),
    coOwners: coOwners.map((id) => orgs.refAt(id, asOf)),
    agencies: agencies.map((id) => orgs.refAt(id, asOf)),
    status: last?.status ?? NO_STATUS,
    assessment: last?.assessment ?? DEFAULT_ASSESSMENT,
    lastUpdate: last,
    version: r.version,
  };
}

function groupLinks(links: { measure_id: number; org_id: number }[]): Map<number, number[]> {
  const m = new Map<number, number[]>();
  for (const l of links) {
    const list = m.get(l.measure_id);
    if (list) list.push(l.org_id);
    else m.set(l.measure_id, [l.org_id]);
  }
  return m;
}

export function listMeasures(db: Database, f: { planCode?: string; asOf: string }): MeasureSummary[] {
  const orgs = orgDirectory(db);
  const coOwners = groupLinks(listMeasureOrgLinks(db, 'measure_co_owners'));
  const agencies = groupLinks(listMeasureOrgLinks(db, 'measure_agencies'));
  return listMeasuresWithStatus(db, { planCode: f.planCode ?? null, asOf: f.asOf }).map((r) =>
    toSummary(r, orgs, coOwners.get(r.id) ?? [], agencies.get(r.id) ?? [], f.asOf),
  );
}

/** A measure's name from its row (the live list's, the recycle bin's). */
export const measureNameOf = (r: MeasureNameRow): MeasureName => ({
  id: r.id,
  planCode: r.plan_code,
  number: r.number,
  title: r.title,
  titlePending: r.title_pending === 1,
});

export function listMeasureNames(db: Database): MeasureName[] {
  return listMeasureNameRows(db).map(measureNameOf);
}

export function getMeasure(db: Database, id: number, asOf: string): Measure {
  const r = getMeasureWithStatus(db, id, asOf);
  if (!r) throw notFound('Finner ikke tiltaket. Det kan være slettet.');
  const orgs = orgDirectory(db);
  return {
    ...toSummary(
      r,
      orgs,
      listMeasureOrgLinksFor(db, 'measure_co_owners', id),
      listMeasureOrgLinksFor(db, 'measure_agencies', id),
      asOf,
    ),
    ...scalarValuesOf(r),
    deletedAt: r.deleted_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
