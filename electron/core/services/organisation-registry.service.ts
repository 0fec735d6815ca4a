// Changing the organisation registry: add, rename from a date, retire, delete when nothing uses it.
// Every change is versioned (a stale version is a conflict) and written to the audit log.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type {
  addOrganisationInput,
  deleteOrganisationInput,
  renameOrganisationInput,
  retireOrganisationInput,
} from '../../../shared/api/organisations.contract.ts';
import { latestValidFrom, normaliseAbbrev, parentRule, retiredOn } from '../../../shared/domain/organisations.ts';
import type { Organisation } from '../../../shared/domain/types.ts';
import { formatDate, todayIso } from '../../../shared/format/nb.ts';
import { writeTx } from '../db/tx.ts';
import { AppError, fieldError, notFound } from '../errors.ts';
import { insertAudit, listAudit } from '../repositories/audit.repo.ts';
import {
  closeOrganisationPeriod,
  deleteOrganisationRow,
  getOrganisationRow,
  insertOrganisation,
  organisationRowsByAbbrev,
  organisationUsage,
  setOrganisationRetiredFrom,
  reopenOrganisationPeriod,
  successorRow,
  type OrganisationRow,
} from '../repositories/organisations.repo.ts';
import { recordChange, type Actor, type Inverse } from './change-log.service.ts';
import { orgDirectory } from './organisations.service.ts';

export type { Actor };

type AddInput = z.output<typeof addOrganisationInput>;
type RenameInput = z.output<typeof renameOrganisationInput>;
type RetireInput = z.output<typeof retireOrganisationInput>;
type DeleteInput = z.output<typeof deleteOrganisationInput>;

const ENTITY = 'organisation';

function label(r: Pick<OrganisationRow, 'abbrev' | 'name'>): string {
  return `${r.abbrev} – ${r.name}`;
}

/** Records the change set of one registry change (its undo) and returns the audit writer for its rows. */
function change(db: Database, actor: Actor, label: string, inverse: Inverse) {
  const changeSet = recordChange(db, actor, { kind: 'organisations' }, label, inverse);
  return (
    entityId: number,
    action: string,
    field: string | null,
    oldValue: string | null,
    newValue: string | null,
  ): void => audit(db, actor, changeSet, entityId, action, field, oldValue, newValue);
}

function audit(
  db: Database,
  actor: Actor,
  changeSet: number,
  entityId: number,
  action: string,
  field: string | null,
  oldValue: string | null,
  newValue: string | null,
): void {
  insertAudit(db, {
    change_set_id: changeSet,
    at: actor.now.toISOString(),
    author: actor.user,
    entity: ENTITY,
    entity_id: entityId,
    action,
    field,
    old_value: oldValue,
    new_value: newValue,
  });
}

function organisation(db: Database, id: number): Organisation {
  return orgDirectory(db)
    .list()
    .find((o) => o.id === id)!;
}

function existing(db: Database, id: number): OrganisationRow {
  const row = getOrganisationRow(db, id);
  if (!row) throw notFound('Finner ikke organisasjonen. Den kan være slettet i et annet vindu.');
  return row;
}

function conflict(db: Database, row: OrganisationRow): AppError {
  const last = listAudit(db, ENTITY, row.id)[0];
  const by = last ? ` av ${last.author}` : '';
  return new AppError(
    'conflict',
    `«${row.abbrev}» er endret${by} siden du åpnet den. Ingenting er lagret; se på den nye utgaven og prøv igjen.`,
    {
      details: { current: organisation(db, row.id) },
    },
  );
}

function assertVersion(db: Database, row: OrganisationRow, expected: number): void {
  if (row.version !== expected) throw conflict(db, row);
}

/** The ids of `row`'s whole rename chain. */
function chainOf(db: Database, row: OrganisationRow): Set<number> {
  const dir = orgDirectory(db);
  const head = dir.currentOf(row.id)?.id;
  return new Set(dir.chainIds(row.abbrev).filter((id) => dir.currentOf(id)?.id === head));
}

function assertAbbrevFree(db: Database, abbrev: string, ownChain: Set<number>): void {
  const taken = organisationRowsByAbbrev(db, abbrev).find((r) => !ownChain.has(r.id));
  if (taken) throw fieldError('abbrev', `Forkortelsen «${abbrev}» er allerede brukt av ${taken.name}. Velg en annen.`);
}

/** `startsOn`: the first day the organisation under it exists (ISO); a parent retired by then cannot be chosen. */
function assertParent(db: Database, kind: AddInput['kind'], parentId: number | null, startsOn: string): void {
  const rule = parentRule(kind);
  if (rule === 'forbidden' && parentId !== null)
    throw fieldError('parentId', 'Et departement kan ikke ligge under et annet departement.');
  if (rule === 'required' && parentId === null)
    throw fieldError('parentId', 'Velg departementet organisasjonen ligger under.');
  if (parentId === null) return;
  const parent = getOrganisationRow(db, parentId);
  if (!parent || parent.kind !== 'departement') throw fieldError('parentId', 'Velg et departement fra listen.');
  if (retiredOn({ retiredFrom: parent.retired_from }, startsOn))
    throw fieldError(
      'parentId',
      `${parent.name} er avviklet fra ${formatDate(parent.retired_from)} og kan ikke velges.`,
    );
  if (successorRow(db, parent.id))
    throw fieldError('parentId', `${parent.name} har fått nytt navn; velg det nye navnet.`);
}

/** `restoring`: an undo or redo writing back what was (a date from an older file is not refused then). */
export interface WriteOptions {
  restoring?: boolean;
}

/** A start date more than a year ahead is refused at its field (see latestValidFrom). */
function assertNotFarAhead(field: string, date: string | null, actor: Actor, opts: WriteOptions, what: string): void {
  if (date === null || opts.restoring) return;
  const latest = latestValidFrom(todayIso(actor.now));
  if (date > latest)
    throw fieldError(
      field,
      `${formatDate(date)} er mer enn ett år frem i tid. Bruk en dato til og med ${formatDate(latest)}, ` +
        `eller ${what} nærmere datoen.`,
    );
}

export function addOrganisation(db: Database, input: AddInput, actor: Actor, opts: WriteOptions = {}): Organisation {
  const parentId = input.parentId ?? null;
  const abbrev = normaliseAbbrev(input.abbrev);
  return writeTx(db, () => {
    assertAbbrevFree(db, abbrev, new Set());
    const today = todayIso(actor.now);
    const validFrom = input.validFrom ?? null;
    assertParent(db, input.kind, parentId, validFrom !== null && validFrom > today ? validFrom : today);
    assertNotFarAhead('validFrom', input.validFrom ?? null, actor, opts, 'legg til organisasjonen');
    const id = insertOrganisation(db, {
      abbrev,
      name: input.name,
      kind: input.kind,
      parent_id: parentId,
      valid_from: input.validFrom ?? null,
      valid_to: null,
      renamed_from_id: null,
      note: null,
    });
    change(db, actor, `ny organisasjon ${abbrev}`, {
      op: 'organisations:delete',
      input: { id, expectedVersion: 1 },
      record: { key: `org:${id}`, version: 1, field: 'expectedVersion' },
    })(id, 'create', null, null, label({ abbrev, name: input.name }));
    return organisation(db, id);
  });
}

/** Closes the current row the day before `fromDate` and opens its successor with the new abbreviation/name. */
export function renameOrganisation(
  db: Database,
  renameInput: RenameInput,
  actor: Actor,
  opts: WriteOptions = {},
): Organisation {
  const input = { ...renameInput, abbrev: normaliseAbbrev(renameInput.abbrev) };
  return writeTx(db, () => {
    const row = existing(db, input.id);
    assertVersion(db, row, input.expectedVersion);
    const next = successorRow(db, row.id);
    if (next)
      throw new AppError(
        'invalid',
        `«${row.abbrev}» har allerede fått nytt navn (${label(next)}). Gi nytt navn til den nyeste utgaven.`,
      );
    if (row.retired_from !== null)
      throw new AppError('invalid', `${retiredSentence(row, actor)} før du gir den nytt navn.`);
    if (row.valid_from && input.fromDate <= row.valid_from) {
      throw fieldError(
        'fromDate',
        `Datoen må være etter ${formatDate(row.valid_from)}, da dagens navn ble tatt i bruk.`,
      );
    }
    assertNotFarAhead('fromDate', input.fromDate, actor, opts, 'gi nytt navn');
    if (input.abbrev === row.abbrev && input.name === row.name)
      throw fieldError('name', 'Skriv et nytt navn eller en ny forkortelse.');
    assertAbbrevFree(db, input.abbrev, chainOf(db, row));
    const validTo = dayBefore(input.fromDate);
    if (!closeOrganisationPeriod(db, row.id, input.expectedVersion, validTo)) throw conflict(db, row);
    const id = insertOrganisation(db, {
      abbrev: input.abbrev,
      name: input.name,
      kind: row.kind,
      parent_id: row.parent_id,
      valid_from: input.fromDate,
      valid_to: null,
      renamed_from_id: row.id,
      note: row.note,
    });
    const log = change(db, actor, `navneendring for ${row.abbrev}`, {
      op: 'organisations:unrename',
      input: { id, expectedVersion: 1, validTo: row.valid_to },
      record: { key: `org:${id}`, version: 1, field: 'expectedVersion' },
    });
    log(row.id, 'rename', 'valid_to', row.valid_to, validTo);
    if (input.abbrev !== row.abbrev) log(id, 'rename', 'abbrev', row.abbrev, input.abbrev);
    if (input.name !== row.name) log(id, 'rename', 'name', row.name, input.name);
    log(id, 'create', 'valid_from', null, input.fromDate);
    return organisation(db, id);
  });
}

/** «X er avviklet fra …. Gjenåpne den», or, with its date ahead, «X avvikles fra …. Opphev avviklingen». */
function retiredSentence(row: OrganisationRow, actor: Actor): string {
  return retiredOn({ retiredFrom: row.retired_from }, todayIso(actor.now))
    ? `${row.name} er avviklet fra ${formatDate(row.retired_from)}. Gjenåpne den`
    : `${row.name} avvikles fra ${formatDate(row.retired_from)}. Opphev avviklingen`;
}

/** A retirement's first day: not before the day its name came into force, and at most a year ahead. */
function assertRetiredFrom(row: OrganisationRow, date: string, actor: Actor, opts: WriteOptions): void {
  if (row.valid_from !== null && date < row.valid_from) {
    const since = row.renamed_from_id === null ? 'organisasjonen ble gyldig' : 'dagens navn ble tatt i bruk';
    throw fieldError(
      'retiredFrom',
      `Datoen kan ikke være før ${formatDate(row.valid_from)}, da ${since}. Bruk ${formatDate(row.valid_from)} ` +
        'eller en senere dato.',
    );
  }
  assertNotFarAhead('retiredFrom', date, actor, opts, 'avvikle organisasjonen');
}

/**
 * Retires an organisation from a day (`retiredFrom`: today, a day back to its «gyldig fra», or up to a year ahead)
 * or reopens it (null). Pickers offer it until that day; measures that name it keep it, under the names they had.
 */
export function retireOrganisation(
  db: Database,
  input: RetireInput,
  actor: Actor,
  opts: WriteOptions = {},
): Organisation {
  return writeTx(db, () => {
    const row = existing(db, input.id);
    assertVersion(db, row, input.expectedVersion);
    const from = input.retiredFrom;
    if (from !== null && row.retired_from !== null)
      throw new AppError('invalid', `${retiredSentence(row, actor)} først for å velge en annen dato.`);
    if (from === null && row.retired_from === null) throw new AppError('invalid', `${row.name} er ikke avviklet.`);
    const next = successorRow(db, row.id);
    if (from !== null && next)
      throw new AppError('invalid', `«${row.abbrev}» har fått nytt navn (${label(next)}). Avvikle den nyeste utgaven.`);
    if (from !== null) assertRetiredFrom(row, from, actor, opts);
    if (!setOrganisationRetiredFrom(db, row.id, input.expectedVersion, from)) throw conflict(db, row);
    // The undo buttons name the change: «Angre avvikling av HOD fra 01.01.2027».
    const what = from !== null ? `avvikling av ${row.abbrev} fra ${formatDate(from)}` : `gjenåpning av ${row.abbrev}`;
    change(db, actor, what, {
      op: 'organisations:retire',
      input: { id: row.id, expectedVersion: input.expectedVersion + 1, retiredFrom: row.retired_from },
      record: { key: `org:${row.id}`, version: input.expectedVersion + 1, field: 'expectedVersion' },
    })(row.id, from !== null ? 'retire' : 'unretire', 'retired_from', row.retired_from, from);
    return organisation(db, row.id);
  });
}

function usageSentence(u: ReturnType<typeof organisationUsage>): string {
  const parts: string[] = [];
  if (u.owner) parts.push(`ansvarlig for ${u.owner} tiltak`);
  if (u.coOwner) parts.push(`medansvarlig for ${u.coOwner} tiltak`);
  if (u.agency) parts.push(`etat på ${u.agency} tiltak`);
  if (u.children) parts.push(`overordnet for ${u.children} ${u.children === 1 ? 'organisasjon' : 'organisasjoner'}`);
  if (u.inRenameChain) parts.push('del av en navnehistorikk');
  return parts.join(', ');
}

export function deleteOrganisation(db: Database, input: DeleteInput, actor: Actor): { id: number } {
  return writeTx(db, () => {
    const row = existing(db, input.id);
    assertVersion(db, row, input.expectedVersion);
    const usage = usageSentence(organisationUsage(db, row.id));
    if (usage) {
      throw new AppError(
        'invalid',
        `${row.name} er i bruk (${usage}) og kan ikke slettes. ` +
          'Du kan avvikle den i stedet; da vises den fortsatt på eldre registreringer.',
      );
    }
    if (!deleteOrganisationRow(db, row.id, input.expectedVersion)) throw conflict(db, row);
    change(db, actor, `sletting av ${row.abbrev}`, {
      op: 'organisations:add',
      input: {
        abbrev: row.abbrev,
        name: row.name,
        kind: row.kind,
        parentId: row.parent_id,
        validFrom: row.valid_from,
      },
    })(row.id, 'delete', null, label(row), null);
    return { id: row.id };
  });
}

/**
 * Undoes a rename (only as an undo): the successor row goes, if nothing uses it yet and it is unchanged, and the
 * predecessor's name period is open again as it was. Redoing it renames again from the same date.
 */
export function unrenameOrganisation(
  db: Database,
  input: { id: number; expectedVersion: number; validTo: string | null },
  actor: Actor,
): Organisation {
  return writeTx(db, () => {
    const next = existing(db, input.id);
    assertVersion(db, next, input.expectedVersion);
    const prev = next.renamed_from_id === null ? undefined : getOrganisationRow(db, next.renamed_from_id);
    if (!prev) throw new AppError('invalid', `«${next.abbrev}» har ikke fått nytt navn; ingenting å angre.`);
    const u = organisationUsage(db, next.id);
    const used = usageSentence({ ...u, inRenameChain: successorRow(db, next.id) !== undefined });
    if (used)
      throw new AppError(
        'invalid',
        `Kan ikke angre navneendringen: ${next.name} er allerede i bruk (${used}). Ingenting er endret.`,
      );
    if (!deleteOrganisationRow(db, next.id, next.version)) throw conflict(db, next);
    if (!reopenOrganisationPeriod(db, prev.id, prev.version, input.validTo)) throw conflict(db, prev);
    const log = change(db, actor, `navneendring for ${prev.abbrev}`, {
      op: 'organisations:rename',
      input: {
        id: prev.id,
        expectedVersion: prev.version + 1,
        fromDate: next.valid_from,
        abbrev: next.abbrev,
        name: next.name,
      },
      record: { key: `org:${prev.id}`, version: prev.version + 1, field: 'expectedVersion' },
    });
    log(prev.id, 'unrename', 'valid_to', prev.valid_to, input.validTo);
    log(next.id, 'delete', null, label(next), null);
    return organisation(db, prev.id);
  });
}

/** ISO date minus one day (calendar arithmetic in UTC, so no time zone can shift it). */
export function dayBefore(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}
