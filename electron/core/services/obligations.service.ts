// The obligations register: add, edit and retire obligations, each change versioned, audited and undoable in the
// register's own undo stack. An obligation from the reference data keeps its source text, so an edit is never silent:
// the page shows the source's words beside the edited ones.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type {
  ObligationFields,
  retireObligationInput,
  updateObligationInput,
} from '../../../shared/api/obligations.contract.ts';
import { STRENGTH_LABELS, type Obligation } from '../../../shared/domain/obligations.ts';
import type { AuditEntry } from '../../../shared/domain/types.ts';
import { formatDate } from '../../../shared/format/nb.ts';
import { writeTx } from '../db/tx.ts';
import { AppError, fieldError, notFound } from '../errors.ts';
import { insertAudit, listAudit } from '../repositories/audit.repo.ts';
import {
  countLinksOf,
  deleteObligationRow,
  getObligationRow,
  insertObligation,
  listObligationRows,
  obligationByCode,
  updateObligationRow,
  type ObligationRow,
  type ObligationValues,
} from '../repositories/obligations.repo.ts';
import { recordChange, type Actor, type Inverse } from './change-log.service.ts';
import { toAuditEntry } from './measure-edit.service.ts';

type UpdateInput = z.output<typeof updateObligationInput>;
type RetireInput = z.output<typeof retireObligationInput>;

export const OBLIGATION_ENTITY = 'obligation';
export const OBLIGATIONS_SCOPE = { kind: 'obligations' } as const;

export function toObligation(r: ObligationRow): Obligation {
  return {
    id: r.id,
    code: r.code,
    source: r.source,
    round: r.round,
    year: r.year,
    text: r.text,
    sourceText: r.source_text,
    sourceRef: r.source_ref,
    strength: r.strength,
    verificationNote: r.verification_note,
    retiredAt: r.retired_at,
    version: r.version,
  };
}

export function listObligations(db: Database): Obligation[] {
  return listObligationRows(db).map(toObligation);
}

/** The obligation's own history (edits, retirement, links), newest first. */
export function obligationHistory(db: Database, id: number): AuditEntry[] {
  if (!getObligationRow(db, id)) throw notFound('Finner ikke forpliktelsen.');
  return listAudit(db, OBLIGATION_ENTITY, id).map(toAuditEntry);
}

/** Obligation codes (as in the register's filter) → ids; an unknown code is refused at the filter's field. */
export function obligationIdsForCodes(db: Database, codes: string[] | undefined): number[] | undefined {
  if (!codes?.length) return undefined;
  return codes.map((code) => {
    const row = obligationByCode(db, code);
    if (!row) throw fieldError('obligations', `Ukjent forpliktelse: «${code}».`);
    return row.id;
  });
}

export function existingObligation(db: Database, id: number): ObligationRow {
  const row = getObligationRow(db, id);
  if (!row) throw notFound('Finner ikke forpliktelsen. Den kan være fjernet i et annet vindu.');
  return row;
}

function assertVersion(db: Database, row: ObligationRow, expected: number): void {
  if (row.version === expected) return;
  const last = listAudit(db, OBLIGATION_ENTITY, row.id)[0];
  throw new AppError(
    'conflict',
    `Forpliktelse ${row.code} er endret${last ? ` av ${last.author}` : ''} etter at du åpnet den. ` +
      'Ingenting er lagret; se på den nye utgaven og prøv igjen.',
  );
}

function assertCodeFree(db: Database, code: string, ownId: number | null): void {
  const taken = obligationByCode(db, code);
  if (taken && taken.id !== ownId)
    throw fieldError(
      'code',
      `Id-en ${taken.code} finnes allerede${taken.retired_at ? ' (på en avsluttet forpliktelse)' : ''}. Velg en annen.`,
    );
}

/** Each field by its name in the audit log (the API's name), with its value as the history shows it. */
const FIELDS: { field: string; text(r: ObligationValues): string | null }[] = [
  { field: 'code', text: (r) => r.code },
  { field: 'source', text: (r) => r.source },
  { field: 'round', text: (r) => (r.round === null ? null : String(r.round)) },
  { field: 'year', text: (r) => (r.year === null ? null : String(r.year)) },
  { field: 'text', text: (r) => r.text },
  { field: 'sourceRef', text: (r) => r.source_ref },
  { field: 'strength', text: (r) => (r.strength ? STRENGTH_LABELS[r.strength] : null) },
  { field: 'verificationNote', text: (r) => r.verification_note },
];

function valuesOf(r: ObligationRow): ObligationValues {
  const { code, source, round, year, text, source_ref, strength, verification_note } = r;
  return { code, source, round, year, text, source_ref, strength, verification_note };
}

/** The API's fields (absent optional ones mean «not given») as the row's values. */
function fromInput(f: Partial<ObligationFields>, base: ObligationValues): ObligationValues {
  const pick = <T>(v: T | undefined, old: T): T => (v === undefined ? old : v);
  const values: ObligationValues = {
    code: pick(f.code, base.code),
    source: pick(f.source, base.source),
    round: pick(f.round, base.round),
    year: pick(f.year, base.year),
    text: pick(f.text, base.text),
    source_ref: pick(f.sourceRef, base.source_ref),
    strength: pick(f.strength, base.strength),
    verification_note: pick(f.verificationNote, base.verification_note),
  };
  // Round and strength are GRETA's: another source has neither (a source changed away from GRETA drops them).
  return values.source === 'greta' ? values : { ...values, round: null, strength: null };
}

function toFields(v: ObligationValues): ObligationFields {
  return {
    code: v.code,
    source: v.source,
    round: v.round,
    year: v.year,
    text: v.text,
    sourceRef: v.source_ref,
    strength: v.strength,
    verificationNote: v.verification_note,
  };
}

function audit(
  db: Database,
  actor: Actor,
  changeSet: number,
  id: number,
  a: Partial<Parameters<typeof insertAudit>[1]>,
) {
  insertAudit(db, {
    at: actor.now.toISOString(),
    author: actor.user,
    entity: OBLIGATION_ENTITY,
    entity_id: id,
    action: 'update',
    field: null,
    old_value: null,
    new_value: null,
    change_set_id: changeSet,
    ...a,
  });
}

const EMPTY: ObligationValues = {
  code: '',
  source: 'greta',
  round: null,
  year: null,
  text: '',
  source_ref: null,
  strength: null,
  verification_note: null,
};

export function addObligation(db: Database, input: ObligationFields, actor: Actor): Obligation {
  return writeTx(db, () => {
    assertCodeFree(db, input.code, null);
    const values = fromInput(input, EMPTY);
    const id = insertObligation(db, { ...values, source_text: null, created_at: actor.now.toISOString() });
    const changeSet = recordChange(db, actor, OBLIGATIONS_SCOPE, `ny forpliktelse ${values.code}`, {
      op: 'obligations:remove',
      input: { id, version: 1 },
      record: { key: `obligation:${id}`, version: 1, field: 'version' },
    });
    audit(db, actor, changeSet, id, { action: 'create', new_value: `${values.code}: ${values.text}` });
    return toObligation(getObligationRow(db, id)!);
  });
}

export function updateObligation(db: Database, input: UpdateInput, actor: Actor): Obligation {
  return writeTx(db, () => {
    const row = existingObligation(db, input.id);
    assertVersion(db, row, input.version);
    const before = valuesOf(row);
    const after = fromInput(input.changes, before);
    const changed = FIELDS.filter((f) => f.text(before) !== f.text(after));
    if (changed.length === 0) throw new AppError('invalid', 'Ingenting er endret.');
    if (after.code !== before.code) assertCodeFree(db, after.code, row.id);
    const at = actor.now.toISOString();
    if (!updateObligationRow(db, row.id, row.version, { ...after, retired_at: row.retired_at, updated_at: at }))
      assertVersion(db, existingObligation(db, row.id), input.version);
    const changeSet = recordChange(db, actor, OBLIGATIONS_SCOPE, `endring av forpliktelse ${before.code}`, {
      op: 'obligations:update',
      input: { id: row.id, version: row.version + 1, changes: toFields(before) },
      record: { key: `obligation:${row.id}`, version: row.version + 1, field: 'version' },
    });
    for (const f of changed)
      audit(db, actor, changeSet, row.id, {
        field: f.field,
        old_value: f.text(before),
        new_value: f.text(after),
        version: row.version + 1,
      });
    return toObligation(getObligationRow(db, row.id)!);
  });
}

/** Retires an obligation (no longer followed up: not counted, no new links) or opens it again. */
export function retireObligation(db: Database, input: RetireInput, actor: Actor): Obligation {
  return writeTx(db, () => {
    const row = existingObligation(db, input.id);
    assertVersion(db, row, input.version);
    if ((row.retired_at !== null) === input.retired)
      throw new AppError(
        'invalid',
        input.retired
          ? `Forpliktelse ${row.code} ble avsluttet ${formatDate(row.retired_at)}.`
          : `Forpliktelse ${row.code} er ikke avsluttet.`,
      );
    const at = actor.now.toISOString();
    const retiredAt = input.retired ? at : null;
    if (!updateObligationRow(db, row.id, row.version, { ...valuesOf(row), retired_at: retiredAt, updated_at: at }))
      assertVersion(db, existingObligation(db, row.id), input.version);
    const inverse: Inverse = {
      op: 'obligations:retire',
      input: { id: row.id, version: row.version + 1, retired: !input.retired },
      record: { key: `obligation:${row.id}`, version: row.version + 1, field: 'version' },
    };
    const label = `${input.retired ? 'avslutning' : 'gjenåpning'} av ${row.code}`;
    const changeSet = recordChange(db, actor, OBLIGATIONS_SCOPE, label, inverse);
    audit(db, actor, changeSet, row.id, {
      action: input.retired ? 'retire' : 'unretire',
      field: 'retired',
      old_value: row.retired_at,
      new_value: retiredAt,
      version: row.version + 1,
    });
    return toObligation(getObligationRow(db, row.id)!);
  });
}

/**
 * Removes an obligation added by mistake: only as the undo of adding it, and only while nothing links to it and it is
 * unchanged. Its history stays in the audit log; redoing adds it again.
 */
export function removeObligation(db: Database, input: { id: number; version: number }, actor: Actor): void {
  writeTx(db, () => {
    const row = existingObligation(db, input.id);
    assertVersion(db, row, input.version);
    const links = countLinksOf(db, row.id);
    if (links > 0)
      throw new AppError(
        'invalid',
        `Forpliktelse ${row.code} er koblet til ${links} tiltak og kan ikke fjernes. Avslutt den i stedet.`,
      );
    if (!deleteObligationRow(db, row.id, row.version)) assertVersion(db, existingObligation(db, row.id), input.version);
    const changeSet = recordChange(db, actor, OBLIGATIONS_SCOPE, `ny forpliktelse ${row.code}`, {
      op: 'obligations:add',
      input: toFields(valuesOf(row)),
    });
    audit(db, actor, changeSet, row.id, { action: 'delete', old_value: `${row.code}: ${row.text}` });
  });
}
