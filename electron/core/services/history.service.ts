// Undo and redo in the core, driven by the undo log (change_sets). Each user has, per scope (a measure, the
// organisation registry, or the obligations register), a stack of their own changes; the stacks are derived from the
// append-only log, so an undo is a new change (audited, named in the history) and history is never rewritten. An
// inverse is applied through the same service function as the edit it reverses, so a stale undo meets the same
// version check and is refused like a stale save.
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { budgetContract } from '../../../shared/api/budget.contract.ts';
import { measureEditContract } from '../../../shared/api/measure-edit.contract.ts';
import {
  linkInput,
  obligationFields,
  retireObligationInput,
  unlinkInput,
  updateLinkInput,
  updateObligationInput,
} from '../../../shared/api/obligations.contract.ts';
import { organisationsContract } from '../../../shared/api/organisations.contract.ts';
import { recordStatusInput } from '../../../shared/api/status.contract.ts';
import type { UndoState } from '../../../shared/api/history.contract.ts';
import { todayIso } from '../../../shared/format/nb.ts';
import { writeTx } from '../db/tx.ts';
import { AppError } from '../errors.ts';
import { latestRecordedStatusId, listChangeSets, type ChangeSetRow } from '../repositories/change-sets.repo.ts';
import { addBudgetLine, editBudgetLine, removeBudgetLine } from './budget.service.ts';
import { scopeKey, type Actor, type Inverse, type Scope, type UndoOp } from './change-log.service.ts';
import { updateMeasures } from './measure-bulk.service.ts';
import { deleteMeasure, restoreMeasure, updateMeasure } from './measure-edit.service.ts';
import { addLink, removeLink } from './measure-links.service.ts';
import { linkObligation, unlinkObligation, updateObligationLink } from './obligation-links.service.ts';
import { addObligation, removeObligation, retireObligation, updateObligation } from './obligations.service.ts';
import {
  addOrganisation,
  deleteOrganisation,
  renameOrganisation,
  retireOrganisation,
  unrenameOrganisation,
} from './organisation-registry.service.ts';
import { recordStatus } from './status.service.ts';

/** How far back the stacks reach: the newest change sets of the user in the scope. */
const DEPTH = 200;

type Apply = (db: Database, input: unknown, actor: Actor) => unknown;
// Each inverse is validated again with the operation's own schema before it is applied (the file is data).
const via =
  <S extends z.ZodType>(schema: S, fn: (db: Database, input: z.output<S>, actor: Actor) => unknown): Apply =>
  (db, input, actor) =>
    fn(db, schema.parse(input), actor);
/** A retirement's inverse; one written before «Avvikle» took a date says `retired` (true: as of the day it runs). */
function retireInverse(input: unknown, actor: Actor) {
  const legacy = z.object({ id: z.number(), expectedVersion: z.number(), retired: z.boolean() }).safeParse(input);
  if (!legacy.success) return organisationsContract['organisations:retire'].input.parse(input);
  const { retired, ...rest } = legacy.data;
  return { ...rest, retiredFrom: retired ? todayIso(actor.now) : null };
}
const m = measureEditContract;
const b = budgetContract;
const o = organisationsContract;

const APPLY: Record<UndoOp, Apply> = {
  'measures:update': via(m['measures:update'].input, updateMeasure),
  'measures:updateMany': via(m['measures:updateMany'].input, updateMeasures),
  'measures:delete': via(m['measures:delete'].input, (db, i, a) => deleteMeasure(db, i.id, i.version, a)),
  'measures:restore': via(m['measures:restore'].input, (db, i, a) => restoreMeasure(db, i.id, i.version, a)),
  'status:record': via(recordStatusInput, recordStatus),
  'budget:add': via(b['budget:add'].input, (db, i, a) => addBudgetLine(db, i, a, { restoring: true })),
  'budget:update': via(b['budget:update'].input, (db, i, a) => editBudgetLine(db, i, a, { restoring: true })),
  'budget:delete': via(b['budget:delete'].input, removeBudgetLine),
  'measures:link': via(m['measures:link'].input, addLink),
  'measures:unlink': via(m['measures:unlink'].input, removeLink),
  'organisations:add': via(o['organisations:add'].input, (db, i, a) => addOrganisation(db, i, a, { restoring: true })),
  'organisations:rename': via(o['organisations:rename'].input, (db, i, a) =>
    renameOrganisation(db, i, a, { restoring: true }),
  ),
  'organisations:retire': (db, input, actor) =>
    retireOrganisation(db, retireInverse(input, actor), actor, { restoring: true }),
  'organisations:delete': via(o['organisations:delete'].input, deleteOrganisation),
  'organisations:unrename': (db, input, actor) =>
    unrenameOrganisation(db, input as Parameters<typeof unrenameOrganisation>[1], actor),
  'obligations:add': via(obligationFields, addObligation),
  'obligations:update': via(updateObligationInput, updateObligation),
  'obligations:retire': via(retireObligationInput, retireObligation),
  'obligations:remove': (db, input, actor) =>
    removeObligation(db, input as Parameters<typeof removeObligation>[1], actor),
  'obligations:link': via(linkInput, linkObligation),
  'obligations:unlink': via(unlinkInput, unlinkObligation),
  'obligations:updateLink': via(updateLinkInput, updateObligationLink),
};

interface Stacks {
  /** Every change set read, oldest first. */
  all: ChangeSetRow[];
  done: ChangeSetRow[];
  undone: ChangeSetRow[];
  /** For each change on a stack, its newest change set: the inverse to apply next. */
  tip: Map<number, ChangeSetRow>;
}

function stacks(db: Database, scope: Scope, user: string): Stacks {
  const done: ChangeSetRow[] = [];
  let undone: ChangeSetRow[] = [];
  const tip = new Map<number, ChangeSetRow>();
  const byId = new Map<number, ChangeSetRow>();
  const drop = (list: ChangeSetRow[], id: number) => list.filter((c) => c.id !== id);
  for (const cs of listChangeSets(db, scopeKey(scope), user, DEPTH)) {
    byId.set(cs.id, cs);
    if (cs.kind === 'do') {
      done.push(cs);
      undone = [];
      tip.set(cs.id, cs);
      continue;
    }
    const target = byId.get(cs.target_id!);
    if (!target) continue; // beyond the depth we read
    tip.set(target.id, cs);
    if (cs.kind === 'undo') {
      done.splice(0, done.length, ...drop(done, target.id));
      undone.push(target);
    } else {
      undone = drop(undone, target.id);
      done.push(target);
    }
  }
  return { all: [...byId.values()], done, undone, tip };
}

const lowerFirst = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);

/** The version this user's latest change of a record left it at (from that change set's own inverse). */
function latestVersion(all: ChangeSetRow[], key: string): number | undefined {
  for (let i = all.length - 1; i >= 0; i--) {
    const inv = JSON.parse(all[i].inverse) as Inverse;
    if (inv.record?.key === key) return inv.record.version;
    const many = inv.records?.find((r) => r.key === key);
    if (many) return many.version;
  }
  return undefined;
}

export function undoState(db: Database, scope: Scope, user: string): UndoState {
  const s = stacks(db, scope, user);
  return { undo: s.done.at(-1)?.label ?? null, redo: s.undone.at(-1)?.label ?? null };
}

function replay(db: Database, scope: Scope, actor: Actor, kind: 'undo' | 'redo'): { label: string; state: UndoState } {
  return writeTx(db, () => {
    const s = stacks(db, scope, actor.user);
    const target = (kind === 'undo' ? s.done : s.undone).at(-1);
    if (!target)
      throw new AppError('invalid', kind === 'undo' ? 'Det er ingenting å angre.' : 'Det er ingenting å gjøre om.');
    const inverse = JSON.parse(s.tip.get(target.id)!.inverse) as Inverse;
    if (inverse.record) {
      const expected = latestVersion(s.all, inverse.record.key) ?? inverse.record.version;
      if (inverse.record.field !== 'latestStatusId') inverse.input[inverse.record.field] = expected;
      else if (latestRecordedStatusId(db, Number(inverse.input.measureId)) !== expected)
        throw new AppError(
          'conflict',
          `Kan ikke ${kind === 'undo' ? 'angre' : 'gjøre om'} ${target.label}: det er registrert en nyere status ` +
            'for tiltaket etterpå. Ingenting er endret.',
        );
    }
    // A change to many measures: each item expects the version this user's latest change of it left.
    inverse.records?.forEach((r, i) => {
      const items = inverse.input.items as { version: number }[];
      items[i].version = latestVersion(s.all, r.key) ?? r.version;
    });
    try {
      APPLY[inverse.op](db, inverse.input, { ...actor, replay: { kind, target: target.id } });
    } catch (err) {
      if (err instanceof AppError && err.code === 'conflict')
        throw new AppError(
          'conflict',
          `Kan ikke ${kind === 'undo' ? 'angre' : 'gjøre om'} ${target.label}: ` +
            `${lowerFirst(err.message.split('. ')[0])}. ` +
            'Ingenting er endret.',
        );
      throw err;
    }
    return { label: target.label, state: undoState(db, scope, actor.user) };
  });
}

export const undo = (db: Database, scope: Scope, actor: Actor) => replay(db, scope, actor, 'undo');
export const redo = (db: Database, scope: Scope, actor: Actor) => replay(db, scope, actor, 'redo');
