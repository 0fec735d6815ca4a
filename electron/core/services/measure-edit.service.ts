// Editing a measure: every save names the version it was read at; a stale save is refused with what changed
// since (from the audit log), never merged or overwritten. Each changed field writes an audit row in the
// same transaction.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { updateMeasureInput } from '../../../shared/api/measure-edit.contract.ts';
import type {
  AuditEntry,
  ConflictDetails,
  Measure,
  TimelineEntry,
  TrashedMeasure,
} from '../../../shared/domain/types.ts';
import { orgKindLabel } from '../../../shared/domain/organisations.ts';
import { placeholderTitle } from '../../../shared/domain/vocabulary.ts';
import { todayIso } from '../../../shared/format/nb.ts';
import { writeTx } from '../db/tx.ts';
import { AppError, fieldError, notFound } from '../errors.ts';
import {
  insertAudit,
  lastDeleteAuthors,
  listAudit,
  listAuditSinceVersion,
  type AuditRow,
} from '../repositories/audit.repo.ts';
import {
  listDeletedMeasures,
  partLabel,
  partPlanId,
  replaceOrgLinks,
  setDeletedAt,
  updateMeasureFields,
  type MeasureFieldsRow,
} from '../repositories/measure-edit.repo.ts';
import {
  getMeasureWithStatus,
  listMeasureOrgLinksFor,
  type MeasureWithStatusRow,
} from '../repositories/measures.repo.ts';
import { listStatusUpdates, toStatusUpdate } from '../repositories/statusUpdates.repo.ts';
import { getMeasure } from './measures.service.ts';
import { orgDirectory, type OrgDirectory } from './organisations.service.ts';
import type { Actor } from './status.service.ts';

export type UpdateMeasureInput = z.output<typeof updateMeasureInput>;

export function toAuditEntry(r: AuditRow): AuditEntry {
  return {
    id: r.id,
    at: r.at,
    author: r.author,
    action: r.action,
    field: r.field,
    oldValue: r.old_value,
    newValue: r.new_value,
    version: r.version,
  };
}

/** The refusal of a stale save: the current version and every change made after the one the user read. */
export function conflictError(db: Database, id: number, readVersion: number, currentVersion: number): AppError {
  const changes = listAuditSinceVersion(db, 'measure', id, readVersion).map(toAuditEntry);
  const who = [...new Set(changes.map((c) => c.author))].join(', ');
  const details: ConflictDetails = { currentVersion, changes };
  return new AppError(
    'conflict',
    `Tiltaket er endret${who ? ` av ${who}` : ''} etter at du åpnet det. ` +
      'Endringene dine er ikke lagret ennå: se hva som er endret, og velg hva du vil gjøre.',
    { details },
  );
}

function loadLive(db: Database, id: number, version: number, now: Date): MeasureWithStatusRow {
  const row = getMeasureWithStatus(db, id, todayIso(now));
  if (!row) throw notFound('Finner ikke tiltaket.');
  if (row.version !== version) throw conflictError(db, id, version, row.version);
  return row;
}

/** Which kind of organisation each role takes: owners and co-owners are ministries, agencies are not. */
const ROLE_RULES = {
  ownerAbbrev: (a: string, kind: string) =>
    kind === 'departement' ? null : `«${a}» er ${kind}, ikke et departement, og kan ikke være ansvarlig departement.`,
  coOwnerAbbrevs: (a: string, kind: string) =>
    kind === 'departement'
      ? null
      : `«${a}» er ${kind}, ikke et departement, og kan ikke være medansvarlig departement.`,
  agencyAbbrevs: (a: string, kind: string) =>
    kind === 'departement' ? `«${a}» er et departement og kan ikke stå som etat; velg det som (med)ansvarlig.` : null,
};

function orgIds(orgs: OrgDirectory, abbrevs: string[], field: keyof typeof ROLE_RULES): number[] {
  const ids: number[] = [];
  for (const a of abbrevs) {
    const row = orgs.byAbbrev(a);
    if (!row)
      throw fieldError(
        field,
        `Ukjent organisasjon «${a}». Velg fra organisasjonsregisteret, eller legg den til under Innstillinger.`,
      );
    const wrong = ROLE_RULES[field](row.abbrev, orgKindLabel(row.kind).toLowerCase());
    if (wrong) throw fieldError(field, wrong);
    if (!ids.includes(row.id)) ids.push(row.id);
  }
  return ids;
}

const abbrevList = (orgs: OrgDirectory, ids: number[], date: string) =>
  ids.map((i) => orgs.refAt(i, date).abbrev).join(', ');
const text = (v: number | string | null) => (v === null || v === '' ? null : String(v));

export function updateMeasure(db: Database, input: UpdateMeasureInput, actor: Actor): Measure {
  const today = todayIso(actor.now);
  return writeTx(db, () => {
    const row = loadLive(db, input.id, input.version, actor.now);
    if (row.deleted_at)
      throw new AppError('invalid', 'Tiltaket ligger i papirkurven. Gjenopprett det før du endrer det.');
    const c = input.changes;
    const orgs = orgDirectory(db);

    const next: MeasureFieldsRow = {
      title: c.title ?? row.title,
      description: c.description ?? row.description,
      // A new title fills the measure in; setting it back to the placeholder (an undo) makes it unfilled again.
      title_pending:
        c.title === undefined || c.title === row.title
          ? row.title_pending
          : c.title === placeholderTitle(row.number)
            ? 1
            : 0,
      part_id: c.partId === undefined ? row.part_id : c.partId,
      owner_id: row.owner_id,
      start_year: c.startYear === undefined ? row.start_year : c.startYear,
      end_year: c.endYear === undefined ? row.end_year : c.endYear,
    };
    if (c.ownerAbbrev !== undefined)
      next.owner_id = c.ownerAbbrev === null ? null : orgIds(orgs, [c.ownerAbbrev], 'ownerAbbrev')[0];
    if (next.part_id !== null && c.partId !== undefined && partPlanId(db, next.part_id) !== row.plan_id) {
      throw fieldError(
        'partId',
        'Delen hører til en annen plan. Velg en hoveddel eller et innsatsområde i tiltakets egen plan.',
      );
    }
    if (next.start_year !== null && next.end_year !== null && next.end_year < next.start_year) {
      throw fieldError('endYear', `Sluttåret (${next.end_year}) kan ikke være før startåret (${next.start_year}).`);
    }
    const oldCo = listMeasureOrgLinksFor(db, 'measure_co_owners', row.id);
    const oldAg = listMeasureOrgLinksFor(db, 'measure_agencies', row.id);
    const newCo = c.coOwnerAbbrevs === undefined ? oldCo : orgIds(orgs, c.coOwnerAbbrevs, 'coOwnerAbbrevs');
    const newAg = c.agencyAbbrevs === undefined ? oldAg : orgIds(orgs, c.agencyAbbrevs, 'agencyAbbrevs');

    const diffs: { field: string; old: string | null; new: string | null }[] = [];
    const diff = (field: string, a: string | null, b: string | null) =>
      a !== b && diffs.push({ field, old: a, new: b });
    diff('title', row.title, next.title);
    diff('description', text(row.description), text(next.description));
    diff('part', partLabel(db, row.part_id), partLabel(db, next.part_id));
    diff(
      'owner',
      row.owner_id === null ? null : orgs.refAt(row.owner_id, today).abbrev,
      next.owner_id === null ? null : orgs.refAt(next.owner_id, today).abbrev,
    );
    diff('coOwners', text(abbrevList(orgs, oldCo, today)), text(abbrevList(orgs, newCo, today)));
    diff('agencies', text(abbrevList(orgs, oldAg, today)), text(abbrevList(orgs, newAg, today)));
    diff('startYear', text(row.start_year), text(next.start_year));
    diff('endYear', text(row.end_year), text(next.end_year));
    if (diffs.length === 0) return getMeasure(db, row.id, today);

    const at = actor.now.toISOString();
    if (!updateMeasureFields(db, row.id, row.version, next, at))
      throw conflictError(db, row.id, row.version, row.version + 1);
    if (c.coOwnerAbbrevs !== undefined) replaceOrgLinks(db, 'measure_co_owners', row.id, newCo);
    if (c.agencyAbbrevs !== undefined) replaceOrgLinks(db, 'measure_agencies', row.id, newAg);
    if (next.title_pending !== row.title_pending)
      diffs.push({ field: 'title_pending', old: String(row.title_pending), new: String(next.title_pending) });
    for (const d of diffs) {
      insertAudit(db, {
        at,
        author: actor.user,
        entity: 'measure',
        entity_id: row.id,
        action: 'update',
        field: d.field,
        old_value: d.old,
        new_value: d.new,
        version: row.version + 1,
      });
    }
    return getMeasure(db, row.id, today);
  });
}

function setDeleted(db: Database, id: number, version: number, actor: Actor, deleted: boolean): Measure {
  const today = todayIso(actor.now);
  return writeTx(db, () => {
    const row = loadLive(db, id, version, actor.now);
    if (deleted && row.deleted_at) throw new AppError('invalid', 'Tiltaket ligger allerede i papirkurven.');
    if (!deleted && !row.deleted_at) throw new AppError('invalid', 'Tiltaket er ikke slettet.');
    const at = actor.now.toISOString();
    if (!setDeletedAt(db, id, version, deleted ? at : null, at)) throw conflictError(db, id, version, version + 1);
    insertAudit(db, {
      at,
      author: actor.user,
      entity: 'measure',
      entity_id: id,
      action: deleted ? 'delete' : 'restore',
      field: null,
      old_value: null,
      new_value: null,
      version: version + 1,
    });
    return getMeasure(db, id, today);
  });
}

/** Soft delete: the measure moves to the recycle bin with its history intact. */
export const deleteMeasure = (db: Database, id: number, version: number, actor: Actor) =>
  setDeleted(db, id, version, actor, true);
export const restoreMeasure = (db: Database, id: number, version: number, actor: Actor) =>
  setDeleted(db, id, version, actor, false);

export function listTrash(db: Database): TrashedMeasure[] {
  const authors = lastDeleteAuthors(db);
  return listDeletedMeasures(db).map((r) => ({
    id: r.id,
    planCode: r.plan_code,
    number: r.number,
    title: r.title,
    titlePending: r.title_pending === 1,
    deletedAt: r.deleted_at,
    deletedBy: authors.get(r.id) ?? null,
    version: r.version,
  }));
}

/** Status updates (by effective date) and audit entries (by time) merged, newest first. */
export function measureTimeline(db: Database, id: number): TimelineEntry[] {
  const statuses = listStatusUpdates(db, id).map((r) => ({
    key: `${r.effective_date}|${r.recorded_at}`,
    entry: { kind: 'status' as const, ...toStatusUpdate(r) },
  }));
  const changes = listAudit(db, 'measure', id).map((r) => ({
    key: `${r.at.slice(0, 10)}|${r.at}`,
    entry: { kind: 'change' as const, ...toAuditEntry(r) },
  }));
  return [...statuses, ...changes].sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0)).map((x) => x.entry);
}
