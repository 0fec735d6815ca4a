// Links between measures of different plans ("videreført som strategi-tiltak 5"), shown on both measures.
// A link does not change either measure's fields, so it does not bump their version; it is audited on both.
import type { Database } from 'better-sqlite3';
import type { MeasureLink, MeasureLinkKind } from '../../../shared/domain/types.ts';
import { todayIso } from '../../../shared/format/nb.ts';
import { writeTx } from '../db/tx.ts';
import { AppError, fieldError, notFound } from '../errors.ts';
import { insertAudit } from '../repositories/audit.repo.ts';
import { deleteLink, findLink, getLink, insertLink, listLinksOf } from '../repositories/measure-links.repo.ts';
import { getMeasureWithStatus } from '../repositories/measures.repo.ts';
import { recordChange, type Actor } from './change-log.service.ts';

export function listLinks(db: Database, measureId: number): MeasureLink[] {
  return listLinksOf(db, measureId).map((r) => ({
    id: r.id,
    kind: r.kind,
    direction: r.direction,
    other: {
      id: r.other_id,
      planCode: r.other_plan_code,
      planTitle: r.other_plan_title,
      number: r.other_number,
      title: r.other_title,
      deleted: r.other_deleted_at !== null,
    },
  }));
}

function label(db: Database, id: number, today: string): string {
  const m = getMeasureWithStatus(db, id, today)!;
  return `${m.plan_code} tiltak ${m.number}`;
}

function auditBoth(
  db: Database,
  actor: Actor,
  action: string,
  link: { fromId: number; toId: number; kind: string },
  changeSet: number,
): void {
  const { fromId, toId, kind } = link;
  const today = todayIso(actor.now);
  const at = actor.now.toISOString();
  const base = { at, author: actor.user, entity: 'measure', action, field: `link:${kind}`, change_set_id: changeSet };
  const added = action === 'link-add';
  insertAudit(db, {
    ...base,
    entity_id: fromId,
    old_value: added ? null : label(db, toId, today),
    new_value: added ? label(db, toId, today) : null,
  });
  insertAudit(db, {
    ...base,
    entity_id: toId,
    old_value: added ? null : label(db, fromId, today),
    new_value: added ? label(db, fromId, today) : null,
  });
}

export function addLink(
  db: Database,
  input: { fromId: number; toId: number; kind: MeasureLinkKind },
  actor: Actor,
): MeasureLink[] {
  const today = todayIso(actor.now);
  return writeTx(db, () => {
    const from = getMeasureWithStatus(db, input.fromId, today);
    const to = getMeasureWithStatus(db, input.toId, today);
    if (!from) throw notFound('Finner ikke tiltaket.');
    if (!to || to.deleted_at) throw fieldError('toId', 'Finner ikke tiltaket du vil koble til.');
    if (from.deleted_at)
      throw new AppError('invalid', 'Tiltaket ligger i papirkurven. Gjenopprett det før du endrer det.');
    if (from.plan_id === to.plan_id) throw fieldError('toId', 'Koble bare til tiltak i en annen plan.');
    if (findLink(db, from.id, to.id)) throw fieldError('toId', 'Tiltakene er allerede koblet sammen.');
    const linkId = insertLink(db, {
      from_id: from.id,
      to_id: to.id,
      kind: input.kind,
      created_at: actor.now.toISOString(),
      created_by: actor.user,
    });
    const changeSet = recordChange(db, actor, { kind: 'measure', id: from.id }, 'ny kobling', {
      op: 'measures:unlink',
      input: { measureId: from.id, linkId },
    });
    auditBoth(db, actor, 'link-add', { fromId: from.id, toId: to.id, kind: input.kind }, changeSet);
    return listLinks(db, from.id);
  });
}

export function removeLink(db: Database, input: { measureId: number; linkId: number }, actor: Actor): MeasureLink[] {
  return writeTx(db, () => {
    const link = getLink(db, input.linkId);
    if (!link || (link.from_id !== input.measureId && link.to_id !== input.measureId))
      throw notFound('Finner ikke koblingen. Den kan allerede være fjernet.');
    deleteLink(db, link.id);
    const changeSet = recordChange(db, actor, { kind: 'measure', id: input.measureId }, 'fjerning av kobling', {
      op: 'measures:link',
      input: { fromId: link.from_id, toId: link.to_id, kind: link.kind },
    });
    auditBoth(db, actor, 'link-remove', { fromId: link.from_id, toId: link.to_id, kind: link.kind }, changeSet);
    return listLinks(db, input.measureId);
  });
}
