// Undo and redo, kept by the core per user and scope (one measure, the organisation registry, or the obligations
// register). An undo is a new change that goes through the same rules and version checks as any edit; history is
// never rewritten.
import { z } from 'zod';
import { op } from './op.ts';
import { id } from './schemas.ts';

export const undoScope = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('measure'), id }).strict(),
    z.object({ kind: z.literal('organisations') }).strict(),
    z.object({ kind: z.literal('obligations') }).strict(),
    // Changes to many measures at once, made from the register.
    z.object({ kind: z.literal('register') }).strict(),
  ],
  { error: 'Ukjent område for angring.' },
);
export type UndoScope = z.output<typeof undoScope>;

/** What the next undo and redo would do, in words («endring av tittel»); null when there is none. */
export interface UndoState {
  undo: string | null;
  redo: string | null;
}

/** An undo or redo replays any undoable change. */
const REPLAYED = ['measures', 'status', 'budget', 'links', 'organisations', 'obligations', 'history'] as const;

const scopeInput = z.object({ scope: undoScope }).strict();

export const historyContract = {
  'history:state': op(scopeInput).reads<UndoState>('history'),
  'history:undo': op(scopeInput).returns<{ label: string; state: UndoState }>(...REPLAYED),
  'history:redo': op(scopeInput).returns<{ label: string; state: UndoState }>(...REPLAYED),
};
