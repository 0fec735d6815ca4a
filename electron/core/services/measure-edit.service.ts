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
import { auditText, fieldDef, SCALAR_KEYS, type MeasureFieldKey } from '../../../shared/domain/measure-fields.ts';
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
import { getMeasure, measureNameOf } from './measures.service.ts';
import { orgDirectory, type OrgDirectory } from './organisations.service.ts';
import { recordChange, type Actor } from './change-log.service.ts';
import { planPartWord } from './plans.service.ts';

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
    replay: r.change_kind === 'undo' || r.change_kind === 'redo' ? r.change_kind : null,
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
  owner: (a: string, kind: string) =>
    kind === 'departement' ? null : `«${a}» er ${kind}, ikke et departement, og kan ikke være ansvarlig departement.`,
  coOwners: (a: string, kind: string) =>
    kind === 'departement'
      ? null
      : `«${a}» er ${kind}, ikke et departement, og kan ikke være medansvarlig departement.`,
  agencies: (a: string, kind: string) =>
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

const abbrevsAt = (orgs: OrgDirectory, ids: number[], date: string) => ids.map((i) => orgs.refAt(i, date).abbrev);
const listText = (list: string[]) => auditText(list.join(', '));

/** One changed field: its audit values, and the value that undoes it (as `measures:update` takes it). */
export interface FieldDiff {
  field: MeasureFieldKey;
  old: string | null;
  new: string | null;
  undo: unknown;
}

/** «endring av tittel og beskrivelse»; the part in the plan's own word («endring av hoveddel»). */
export function changeLabel(fields: MeasureFieldKey[], what = 'endring av', partWord?: string): string {
  const names = fields.map((f) => (f === 'part' && partWord ? partWord : fieldDef(f).label.toLowerCase()));
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} og ${names.at(-1)}` : names[0];
  return `${what} ${list}`;
}

/** One measure's changes written (no change set yet): what changed, and how to log it under a change set. */
export interface WrittenChanges {
  row: MeasureWithStatusRow;
  diffs: FieldDiff[];
  /** Writes the audit rows, naming the change set they belong to. */
  audit(changeSet: number): void;
}

/**
 * Validates and writes one measure's changes inside the caller's transaction; null when nothing changes. The caller
 * records the change set (one per measure for `measures:update`, one for many in `measures:updateMany`).
 */
export function writeMeasureChanges(db: Database, input: UpdateMeasureInput, actor: Actor): WrittenChanges | null {
  const today = todayIso(actor.now);
  const row = loadLive(db, input.id, input.version, actor.now);
  if (row.deleted_at)
    throw new AppError('invalid', 'Tiltaket ligger i papirkurven. Gjenopprett det før du endrer det.');
  const c = input.changes as Partial<Record<MeasureFieldKey, unknown>>;
  const orgs = orgDirectory(db);
  const stored = row as unknown as Record<string, string | number | null>;
  const next: MeasureFieldsRow = { title_pending: row.title_pending, part_id: row.part_id, owner_id: row.owner_id };
  const diffs: FieldDiff[] = [];
  const diff = (field: MeasureFieldKey, old: string | null, now: string | null, undo: unknown) => {
    if (old !== now) diffs.push({ field, old, new: now, undo });
  };

  // Scalar fields: stored as is in their column (the registry names it).
  for (const key of SCALAR_KEYS) {
    const column = fieldDef(key).column!;
    next[column] = stored[column];
    if (c[key] === undefined) continue;
    next[column] = c[key] as string | number | null;
    diff(key, auditText(stored[column]), auditText(next[column]), stored[column]);
  }
  // A new title fills the measure in; setting it back to the placeholder (an undo) makes it unfilled again.
  if (c.title !== undefined && c.title !== row.title)
    next.title_pending = c.title === placeholderTitle(row.number) ? 1 : 0;

  // Relations.
  if (c.part !== undefined) {
    next.part_id = c.part as number | null;
    if (next.part_id !== null && partPlanId(db, next.part_id) !== row.plan_id)
      throw fieldError(
        'part',
        `Valget hører til en annen plan. Velg ${planPartWord(db, row.plan_id)} i tiltakets egen plan.`,
      );
    diff('part', partLabel(db, row.part_id), partLabel(db, next.part_id), row.part_id);
  }
  const ownerAbbrev = (id: number | null) => (id === null ? null : orgs.refAt(id, today).abbrev);
  if (c.owner !== undefined) {
    next.owner_id = c.owner === null ? null : orgIds(orgs, [c.owner as string], 'owner')[0];
    diff('owner', ownerAbbrev(row.owner_id), ownerAbbrev(next.owner_id), ownerAbbrev(row.owner_id));
  }
  if (next.start_year !== null && next.end_year !== null && next.end_year < next.start_year) {
    throw fieldError('endYear', `Sluttåret (${next.end_year}) kan ikke være før startåret (${next.start_year}).`);
  }
  const links = { coOwners: 'measure_co_owners', agencies: 'measure_agencies' } as const;
  const newLinks: Partial<Record<keyof typeof links, number[]>> = {};
  for (const key of ['coOwners', 'agencies'] as const) {
    if (c[key] === undefined) continue;
    const before = listMeasureOrgLinksFor(db, links[key], row.id);
    newLinks[key] = orgIds(orgs, c[key] as string[], key);
    const old = abbrevsAt(orgs, before, today);
    diff(key, listText(old), listText(abbrevsAt(orgs, newLinks[key], today)), old);
  }
  if (diffs.length === 0) return null;

  const at = actor.now.toISOString();
  if (!updateMeasureFields(db, row.id, row.version, next, at))
    throw conflictError(db, row.id, row.version, row.version + 1);
  for (const [key, ids] of Object.entries(newLinks)) replaceOrgLinks(db, links[key as keyof typeof links], row.id, ids);
  const audited: { field: string; old: string | null; new: string | null }[] = [...diffs];
  if (next.title_pending !== row.title_pending)
    audited.push({ field: 'title_pending', old: String(row.title_pending), new: String(next.title_pending) });
  return {
    row,
    diffs,
    audit: (changeSet) => {
      for (const d of audited) {
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
          change_set_id: changeSet,
        });
      }
    },
  };
}

export function updateMeasure(db: Database, input: UpdateMeasureInput, actor: Actor): Measure {
  const today = todayIso(actor.now);
  return writeTx(db, () => {
    const written = writeMeasureChanges(db, input, actor);
    if (!written) return getMeasure(db, input.id, today);
    const { row, diffs } = written;
    const label = changeLabel(
      diffs.map((d) => d.field),
      'endring av',
      planPartWord(db, row.plan_id),
    );
    const changeSet = recordChange(db, actor, { kind: 'measure', id: row.id }, label, {
      op: 'measures:update',
      input: { id: row.id, version: row.version + 1, changes: Object.fromEntries(diffs.map((d) => [d.field, d.undo])) },
      record: { key: `measure:${row.id}`, version: row.version + 1, field: 'version' },
    });
    written.audit(changeSet);
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
    const changeSet = recordChange(
      db,
      actor,
      { kind: 'measure', id },
      deleted ? 'sletting av tiltaket' : 'gjenoppretting av tiltaket',
      {
        op: deleted ? 'measures:restore' : 'measures:delete',
        input: { id, version: version + 1 },
        record: { key: `measure:${id}`, version: version + 1, field: 'version' },
      },
    );
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
      change_set_id: changeSet,
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
    ...measureNameOf(r),
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
