import type { dashboardContract } from '../../../shared/api/dashboard.contract.ts';
import {
  dashboardChanges,
  dashboardFlagged,
  dashboardOverview,
  dashboardStatusOverTime,
} from '../services/dashboard.service.ts';
import type { HandlersFor } from './types.ts';

export const dashboardHandlers: HandlersFor<typeof dashboardContract> = {
  'dashboard:overview': (input, ctx) => dashboardOverview(ctx.db, input, ctx.now()),
  'dashboard:statusOverTime': (input, ctx) => dashboardStatusOverTime(ctx.db, input, ctx.now()),
  'dashboard:flagged': (input, ctx) => dashboardFlagged(ctx.db, input, ctx.now()),
  'dashboard:changes': (input, ctx) => dashboardChanges(ctx.db, input, ctx.now()),
};
