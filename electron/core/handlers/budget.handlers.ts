import type { budgetContract } from '../../../shared/api/budget.contract.ts';
import { addBudgetLine, budgetSummary, editBudgetLine, removeBudgetLine } from '../services/budget.service.ts';
import type { HandlersFor } from './types.ts';

export const budgetHandlers: HandlersFor<typeof budgetContract> = {
  'budget:list': (input, ctx) => budgetSummary(ctx.db, input.measureId),
  'budget:add': (input, ctx) => addBudgetLine(ctx.db, input, { now: ctx.now(), user: ctx.user() }),
  'budget:update': (input, ctx) => editBudgetLine(ctx.db, input, { now: ctx.now(), user: ctx.user() }),
  'budget:delete': (input, ctx) => removeBudgetLine(ctx.db, input, { now: ctx.now(), user: ctx.user() }),
};
