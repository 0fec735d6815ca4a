// Links between obligations and the measures that answer them, many-to-many and across plans, each with an optional
// note on how. A link is audited on both the obligation and the measure, and undone on the page it was made from (the
// measure's undo stack, or the obligations register's). A measure in the recycle bin gets no link changes.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { linkInput, unlinkInput, updateLinkInput } from '../../../shared/api/obligations.contract.ts';
import type { MeasureObligation } from '../../../shared/domain/obligations.ts';
import { writeTx } from '../db/tx.ts';
import { AppError, fieldError, notFound } from '../errors.ts';
import { insertAudit } from '../repositories/audit.repo.ts';
import {
  deleteLinkRow,
  findLinkRow,
  getLinkRow,
  getObligationRow,
  insertLinkRow,
  linkedMeasure,
  linksOfMeasure,
  updateLinkNote,
  type LinkedMeasureRow,
  type ObligationRow,
} from '../repositories/obligations.repo.ts';
import { recordChange, type Actor, type Scope } from './change-log.service.ts';
import { existingObligation, OBLIGATION_ENTITY, OBLIGATIONS_SCOPE, toObligation } from './obligations.service.ts';

type LinkInput = z.output<typeof linkInput>;
type UnlinkInput = z.output<typeof unlinkInput>;
type UpdateLinkInput = z.output<typeof updateLinkInput>;

export function obligationsOfMeasure(db: Database, measureId: number): MeasureObligation[] {
  return linksOfMeasure(db, measureId).map((l) => ({
    linkId: l.id,
    linkVersion: l.version,
    note: l.note,
    obligation: toObligation(l.o),
  }));
}

const scopeOf = (on: LinkInput['on'], measureId: number): Scope =>
  on === 'measure' ? { kind: 'measure', id: measureId } : OBLIGATIONS_SCOPE;

function liveMeasure(db: Database, id: number, field: string): LinkedMeasureRow {
  const m = linkedMeasure(db, id);
  if (!m) throw fieldError(field, 'Finner ikke tiltaket. Velg et tiltak fra listen.');
  if (m.deleted_at)
    throw fieldError(field, `Tiltak ${m.number} ligger i papirkurven. Gjenopprett det før du endrer koblingene.`);
  return m;
}

type LinkChange =
  { action: 'obligation-add' | 'obligation-remove' } | { action: 'obligation-note'; old: string; new: string };

/** The old and new value of a link change as one side's history shows it, naming the other side. */
function values(c: LinkChange, other: string): [string | null, string | null] {
  if (c.action === 'obligation-note') return [`${other}: ${c.old || '(tom)'}`, `${other}: ${c.new || '(tom)'}`];
  return c.action === 'obligation-add' ? [null, other] : [other, null];
}

/** One link change, in the history of the measure (naming the obligation) and the obligation (naming the measure). */
function auditBoth(
  db: Database,
  actor: Actor,
  changeSet: number,
  ends: { obligation: ObligationRow; measure: LinkedMeasureRow },
  change: LinkChange,
): void {
  const base = { at: actor.now.toISOString(), author: actor.user, action: change.action, change_set_id: changeSet };
  const [mOld, mNew] = values(change, ends.obligation.code);
  insertAudit(db, {
    ...base,
    entity: 'measure',
    entity_id: ends.measure.id,
    field: 'obligation',
    old_value: mOld,
    new_value: mNew,
  });
  const [oOld, oNew] = values(change, `${ends.measure.plan_short_name}, tiltak ${ends.measure.number}`);
  insertAudit(db, {
    ...base,
    entity: OBLIGATION_ENTITY,
    entity_id: ends.obligation.id,
    field: 'measure',
    old_value: oOld,
    new_value: oNew,
  });
}

export function linkObligation(db: Database, input: LinkInput, actor: Actor): { linkId: number } {
  return writeTx(db, () => {
    const obligation = getObligationRow(db, input.obligationId);
    if (!obligation) throw fieldError('obligationId', 'Finner ikke forpliktelsen. Velg en fra listen.');
    if (obligation.retired_at)
      throw fieldError('obligationId', `Forpliktelse ${obligation.code} er avsluttet og kan ikke få nye tiltak.`);
    const measure = liveMeasure(db, input.measureId, 'measureId');
    if (findLinkRow(db, obligation.id, measure.id)) {
      // Said at the field the user chose from: the obligation on a measure's page, the measure on the register's.
      const field = input.on === 'measure' ? 'obligationId' : 'measureId';
      throw fieldError(field, `Tiltak ${measure.number} er allerede koblet til forpliktelse ${obligation.code}.`);
    }
    const linkId = insertLinkRow(db, {
      obligation_id: obligation.id,
      measure_id: measure.id,
      note: input.note,
      created_at: actor.now.toISOString(),
      created_by: actor.user,
    });
    const changeSet = recordChange(db, actor, scopeOf(input.on, measure.id), `kobling til ${obligation.code}`, {
      op: 'obligations:unlink',
      input: { linkId, on: input.on },
    });
    auditBoth(db, actor, changeSet, { obligation, measure }, { action: 'obligation-add' });
    return { linkId };
  });
}

function existingLink(db: Database, linkId: number) {
  const link = getLinkRow(db, linkId);
  if (!link) throw notFound('Finner ikke koblingen. Den kan allerede være fjernet.');
  return {
    link,
    obligation: existingObligation(db, link.obligation_id),
    measure: liveMeasure(db, link.measure_id, 'linkId'),
  };
}

export function unlinkObligation(db: Database, input: UnlinkInput, actor: Actor): { linkId: number } {
  return writeTx(db, () => {
    const { link, obligation, measure } = existingLink(db, input.linkId);
    deleteLinkRow(db, link.id);
    const label = `fjerning av kobling til ${obligation.code}`;
    const changeSet = recordChange(db, actor, scopeOf(input.on, measure.id), label, {
      op: 'obligations:link',
      input: { obligationId: obligation.id, measureId: measure.id, note: link.note, on: input.on },
    });
    auditBoth(db, actor, changeSet, { obligation, measure }, { action: 'obligation-remove' });
    return { linkId: link.id };
  });
}

export function updateObligationLink(db: Database, input: UpdateLinkInput, actor: Actor): { linkId: number } {
  return writeTx(db, () => {
    const { link, obligation, measure } = existingLink(db, input.linkId);
    const stale = () =>
      new AppError(
        'conflict',
        `Koblingen mellom tiltak ${measure.number} og forpliktelse ${obligation.code} er endret etter at du ` +
          'åpnet den. Ingenting er lagret; se på den nye utgaven og prøv igjen.',
      );
    if (link.version !== input.version) throw stale();
    if (link.note === input.note) throw fieldError('note', 'Merknaden er den samme som før.');
    if (!updateLinkNote(db, link.id, link.version, input.note)) throw stale();
    const label = `endring av merknad til ${obligation.code}`;
    const changeSet = recordChange(db, actor, scopeOf(input.on, measure.id), label, {
      op: 'obligations:updateLink',
      input: { linkId: link.id, version: link.version + 1, note: link.note, on: input.on },
      record: { key: `obligation-link:${link.id}`, version: link.version + 1, field: 'version' },
    });
    auditBoth(
      db,
      actor,
      changeSet,
      { obligation, measure },
      { action: 'obligation-note', old: link.note, new: input.note },
    );
    return { linkId: link.id };
  });
}
