import type { portfolioContract } from '../../../shared/api/portfolio.contract.ts';
import { todayIso } from '../../../shared/format/nb.ts';
import { listPlans } from '../repositories/plans.repo.ts';
import { getMeasure, listMeasureNames, listMeasures } from '../services/measures.service.ts';
import { orgDirectory } from '../services/organisations.service.ts';
import { requirePlans } from '../services/plans.service.ts';
import { portfolioInfo } from '../services/portfolio.service.ts';
import type { HandlersFor } from './types.ts';

export const portfolioHandlers: HandlersFor<typeof portfolioContract> = {
  'portfolio:info': (_, ctx) => {
    ctx.writer?.refresh();
    return {
      ...portfolioInfo(ctx.db, ctx.path, ctx.readOnly),
      readOnlyReason: ctx.readOnly ? (ctx.readOnlyReason ?? null) : null,
      canTakeOver: ctx.writer?.canTakeOver ?? false,
      backupWarning: ctx.backupWarning ?? null,
    };
  },
  'plans:list': (_, ctx) => listPlans(ctx.db),
  'organisations:list': (_, ctx) => orgDirectory(ctx.db).list(),
  'measures:list': (input, ctx) => {
    requirePlans(ctx.db, input.planCode ? [input.planCode] : [], 'planCode');
    return listMeasures(ctx.db, { planCode: input.planCode, asOf: input.asOf ?? todayIso(ctx.now()) });
  },
  'measures:names': (_, ctx) => listMeasureNames(ctx.db),
  'measures:get': (input, ctx) => getMeasure(ctx.db, input.id, todayIso(ctx.now())),
};
