import type { periodsContract } from '../../../shared/api/periods.contract.ts';
import { comparePeriods, statusGrid } from '../services/period-compare.service.ts';
import { periodView } from '../services/period-view.service.ts';
import { closePeriod, listPeriods, reopenPeriod } from '../services/periods.service.ts';
import type { HandlersFor } from './types.ts';

export const periodsHandlers: HandlersFor<typeof periodsContract> = {
  'periods:list': (_, ctx) => listPeriods(ctx.db, ctx.now()),
  'periods:close': (input, ctx) => closePeriod(ctx.db, input.period, { now: ctx.now(), user: ctx.user() }),
  'periods:reopen': (input, ctx) =>
    reopenPeriod(ctx.db, input.period, input.reason, { now: ctx.now(), user: ctx.user() }),
  'periods:view': (input, ctx) => periodView(ctx.db, input, ctx.now()),
  'periods:compare': (input, ctx) => comparePeriods(ctx.db, input, ctx.now()),
  'periods:grid': (input, ctx) => statusGrid(ctx.db, input, ctx.now()),
};
