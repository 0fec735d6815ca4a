// Plans are data: any plan in the file is a valid choice, and a code the file does not hold is refused at its
// field in one sentence (the API accepts any well-formed code; only the file knows which plans exist).
import type { Database } from 'better-sqlite3';
import { fieldError } from '../errors.ts';
import { listPlans } from '../repositories/plans.repo.ts';

/** Throws a field error naming the first unknown code and the plans the file has. */
export function requirePlans(db: Database, codes: readonly string[] | undefined, field: string): void {
  if (!codes?.length) return;
  const known = listPlans(db).map((p) => p.code);
  const unknown = codes.find((c) => !known.includes(c));
  if (unknown !== undefined)
    throw fieldError(field, `Ukjent plan «${unknown}». Planene i filen er: ${known.join(', ')}.`);
}

/** The plan's own word for its parts («hoveddel», «innsatsområde»), for messages. */
export function planPartWord(db: Database, planId: number): string {
  return listPlans(db).find((p) => p.id === planId)?.partWord ?? 'del';
}
