import type { statusContract } from '../../../shared/api/status.contract.ts';
import { recordStatus, statusHistory } from '../services/status.service.ts';
import type { HandlersFor } from './types.ts';

export const statusHandlers: HandlersFor<typeof statusContract> = {
  'status:record': (input, ctx) => recordStatus(ctx.db, input, { now: ctx.now(), user: ctx.user() }),
  'status:history': (input, ctx) => statusHistory(ctx.db, input.measureId),
};
