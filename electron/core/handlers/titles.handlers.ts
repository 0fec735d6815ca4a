import type { titlesContract } from '../../../shared/api/titles.contract.ts';
import { fillTitles } from '../services/titles.service.ts';
import type { HandlersFor } from './types.ts';

export const titlesHandlers: HandlersFor<typeof titlesContract> = {
  'measures:fillTitles': (input, ctx) => fillTitles(ctx.db, input, { now: ctx.now(), user: ctx.user() }),
};
