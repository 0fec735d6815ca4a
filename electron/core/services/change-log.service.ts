// Every undoable write records, in its own transaction, one change set: where it happened (the scope the undo
// buttons follow), what it did in words, and its inverse as data. The history service applies an inverse through
// the same service functions as any edit, so it meets the same rules and version checks.
import type { Database } from 'better-sqlite3';
import { getChangeSet, insertChangeSet } from '../repositories/change-sets.repo.ts';

/** Who acts, and when. `replay` is set when the write is an undo or a redo of an earlier change set. */
export interface Actor {
  now: Date;
  user: string;
  replay?: { kind: 'undo' | 'redo'; target: number };
}

/** The operations an inverse may name (their inputs are those of the API, plus a guard where noted). */
export type UndoOp =
  | 'measures:update'
  | 'measures:updateMany'
  | 'measures:delete'
  | 'measures:restore'
  | 'status:record'
  | 'budget:add'
  | 'budget:update'
  | 'budget:delete'
  | 'measures:link'
  | 'measures:unlink'
  | 'organisations:add'
  | 'organisations:retire'
  | 'organisations:delete'
  | 'organisations:unrename'
  | 'organisations:rename'
  | 'obligations:add'
  | 'obligations:update'
  | 'obligations:retire'
  | 'obligations:remove'
  | 'obligations:link'
  | 'obligations:unlink'
  | 'obligations:updateLink';

export interface Inverse {
  op: UndoOp;
  input: Record<string, unknown>;
  /**
   * The record the inverse changes and its version right after this change (`field` names where the operation takes
   * the expected version; for a status it is the newest status update id). When an undo is applied, the version
   * expected is the one left by this user's latest change of that record in the scope, so undoing several of one's
   * own changes in a row works, while a change by anyone else in between makes the undo stale and refused.
   */
  record?: { key: string; version: number; field: 'version' | 'expectedVersion' | 'latestStatusId' };
  /** For a change to many records (`measures:updateMany`): each item's record and its version after this change. */
  records?: { key: string; version: number }[];
}

export type Scope =
  { kind: 'measure'; id: number } | { kind: 'organisations' } | { kind: 'obligations' } | { kind: 'register' };

export function scopeKey(s: Scope): string {
  return s.kind === 'measure' ? `measure:${s.id}` : s.kind;
}

/**
 * Records one change set; returns its id for the audit rows of the same change. An undo or redo stays in the scope
 * of the change it replays (re-linking from another measure's page still belongs to that page's stack).
 */
export function recordChange(db: Database, actor: Actor, scope: Scope, label: string, inverse: Inverse): number {
  const target = actor.replay ? getChangeSet(db, actor.replay.target) : undefined;
  return insertChangeSet(db, {
    at: actor.now.toISOString(),
    author: actor.user,
    scope: target?.scope ?? scopeKey(scope),
    label,
    kind: actor.replay?.kind ?? 'do',
    target_id: actor.replay?.target ?? null,
    inverse: JSON.stringify(inverse),
  });
}
