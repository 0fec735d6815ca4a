// Calls an operation through the real dispatcher (validation, rules, error mapping) as the UI would.
import type { ApiError } from '../../shared/api/errors.ts';
import type { StatusUpdate } from '../../shared/domain/types.ts';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import type { CoreContext } from '../../electron/core/context.ts';

/** The operation's result; throws when it was refused. */
export async function call<T>(p: CoreContext, name: string, input: unknown): Promise<T> {
  const r = await dispatch(name, input, () => p);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** The typed error of an operation that must be refused; throws when it was accepted. */
export async function refused(p: CoreContext, name: string, input: unknown): Promise<ApiError> {
  const r = await dispatch(name, input, () => p);
  if (r.ok) throw new Error(`${name} was accepted`);
  return r.error;
}

/** Records a status update as the status form would: «pågår», green, «Oppdatert DATE», effective DATE; `extra` wins. */
export function recordStatus(
  p: CoreContext,
  measureId: number,
  date: string,
  extra: Record<string, unknown> = {},
): Promise<StatusUpdate> {
  return call<StatusUpdate>(p, 'status:record', {
    measureId,
    status: 'pagar',
    assessment: 'gronn',
    comment: `Oppdatert ${date}`,
    effectiveDate: date,
    ...extra,
  });
}
