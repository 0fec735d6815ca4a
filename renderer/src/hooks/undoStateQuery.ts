// Undo's state for a scope, without React: the start (app/prefetch.ts) asks for the register's with its rows, and the
// entry must not load the query hooks (tests/unit/start-chunk.test.ts).
import type { UndoScope } from '../../../shared/api/history.contract.ts';
import { send } from '../api/client.ts';

/** What the next undo and redo in a scope would do (useUndoState). */
export const undoStateQuery = (scope: UndoScope) => ({
  queryKey: ['history:state', scope] as const,
  queryFn: () => send('history:state', { scope }),
});
