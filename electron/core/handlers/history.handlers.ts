import type { historyContract } from '../../../shared/api/history.contract.ts';
import { redo, undo, undoState } from '../services/history.service.ts';
import type { HandlersFor } from './types.ts';

export const historyHandlers: HandlersFor<typeof historyContract> = {
  'history:state': (input, ctx) => undoState(ctx.db, input.scope, ctx.user()),
  'history:undo': (input, ctx) => undo(ctx.db, input.scope, { now: ctx.now(), user: ctx.user() }),
  'history:redo': (input, ctx) => redo(ctx.db, input.scope, { now: ctx.now(), user: ctx.user() }),
};
