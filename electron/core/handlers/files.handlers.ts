import type { filesContract } from '../../../shared/api/files.contract.ts';
import { changeCounter } from '../files/changes.ts';
import type { HandlersFor } from './types.ts';

export const filesHandlers: HandlersFor<typeof filesContract> = {
  'portfolio:changes': (_, ctx) => ({ counter: changeCounter(ctx) }),
};
