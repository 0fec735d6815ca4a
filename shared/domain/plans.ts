// Plans are data: how the UI, reports and exports name a plan and its parts comes from the plan itself (its
// short name and its own word for its parts), never from a list of known plan codes.
import type { Plan } from './types.ts';

type PlanWords = Pick<Plan, 'partWord'> & Partial<Pick<Plan, 'partWordPlural'>>;

export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('nb') + s.slice(1);
}

/** «Hoveddel» for the 2016 plan, «Innsatsområde» for the strategy. */
export function partWordTitle(plan: PlanWords | undefined): string {
  return capitalise(plan?.partWord ?? 'del');
}

/**
 * A measure not yet placed in a part of its plan: one wording wherever the app says it (the register, charts, forms,
 * status tables, the report pack), «Not placed» in the English edition (shared/i18n).
 */
export const UNPLACED_LABEL = 'Ikke plassert';

/** «Hoveddel 2», «Innsatsområde 3»; «Ikke plassert» for a measure not yet placed. */
export function partName(plan: PlanWords | undefined, partNumber: number | null): string {
  const word = plan?.partWord ?? 'del';
  return partNumber === null ? UNPLACED_LABEL : `${capitalise(word)} ${partNumber}`;
}

/** A heading over parts of several plans: each plan's word once, «Hoveddel / innsatsområde». */
export function partWordHeading(plans: readonly PlanWords[]): string {
  const words = [...new Set(plans.map((p) => p.partWord))];
  return capitalise(words.length > 0 ? words.join(' / ') : 'del');
}

/** Plan codes are slugs chosen in the file (handlingsplan-2016); the API accepts any, the core checks they exist. */
export const PLAN_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{0,59}$/;
