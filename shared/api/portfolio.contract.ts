// Reading the portfolio: file info, plans with parts, organisations, measures as of a date.
import { z } from 'zod';
import type { Measure, MeasureName, MeasureSummary, Organisation, Plan, PortfolioInfo } from '../domain/types.ts';
import { op } from './op.ts';
import { id, isoDate, noInput, planCode } from './schemas.ts';

export const portfolioContract = {
  'portfolio:info': op(noInput).reads<PortfolioInfo>('measures', 'backup'),
  'plans:list': op(noInput).reads<Plan[]>('plans'),
  'organisations:list': op(noInput).reads<Organisation[]>('organisations'),
  'measures:list': op(
    z.object({ planCode: planCode.optional(), asOf: isoDate.optional() }).strict().optional().default({}),
  ).reads<MeasureSummary[]>('measures', 'status', 'organisations'),
  // The live measures by name alone, in plan order: a status saved does not refetch them (measures:list does).
  'measures:names': op(noInput).reads<MeasureName[]>('measures'),
  'measures:get': op(z.object({ id }).strict()).reads<Measure>('measures', 'status', 'organisations'),
};
