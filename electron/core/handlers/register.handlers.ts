import type { registerContract } from '../../../shared/api/register.contract.ts';
import { queryRegister, registerRows } from '../services/register.service.ts';
import type { HandlersFor } from './types.ts';

export const registerHandlers: HandlersFor<typeof registerContract> = {
  'measures:query': (input, ctx) => queryRegister(ctx.db, input, { now: ctx.now() }),
  'measures:rows': (input, ctx) => registerRows(ctx.db, input),
};
