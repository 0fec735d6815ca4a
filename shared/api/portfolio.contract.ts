// Reading the portfolio: file info, plans with parts, organisations, measures as of a date.
import { z } from 'zod';
import type { Measure, MeasureSummary, Organisation, Plan, PortfolioInfo } from '../domain/types.ts';
import { op } from './op.ts';
import { id, isoDate, noInput, planCode } from './schemas.ts';

export const portfolioContract = {
  'portfolio:info': op(noInput).returns<PortfolioInfo>(),
  'plans:list': op(noInput).returns<Plan[]>(),
  'organisations:list': op(noInput).returns<Organisation[]>(),
  'measures:list': op(
    z.object({ planCode: planCode.optional(), asOf: isoDate.optional() }).strict().optional().default({}),
  ).returns<MeasureSummary[]>(),
  'measures:get': op(z.object({ id }).strict()).returns<Measure>(),
};
