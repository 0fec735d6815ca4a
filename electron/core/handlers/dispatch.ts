// The one entry point both transports (Electron IPC and the HTTP preview) call: validate, run, map errors.
import type { z } from 'zod';
import { contract, type Api, type OperationName } from '../../../shared/api/contract.ts';
import { INTERNAL_ERROR_MESSAGE, type ApiError, type ApiResult } from '../../../shared/api/errors.ts';
import { writeRefusal, type CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { handlers } from './index.ts';
import type { Handler, HandlersFor } from './types.ts';

export type Logger = (message: string, err: unknown) => void;

function isOperation(name: string): name is OperationName {
  return Object.hasOwn(contract, name);
}

function validationError(error: z.ZodError): ApiError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  const first = error.issues[0];
  return { code: 'invalid', message: first?.message ?? 'Ugyldige data.', fields };
}

// Every failed save says so in one sentence and leaves the form as it was, so a retry works.
const SQLITE_ERRORS: Record<string, ApiError> = {
  SQLITE_BUSY: {
    code: 'busy',
    message:
      'Filen er i bruk av en annen bruker eller et annet vindu akkurat nå, prøv igjen om litt. ' +
      'Endringen din er ikke lagret ennå.',
  },
  SQLITE_LOCKED: {
    code: 'busy',
    message: 'Filen er låst akkurat nå, prøv igjen om litt. Endringen din er ikke lagret ennå.',
  },
  SQLITE_READONLY: { code: 'read-only', message: 'Filen er åpnet skrivebeskyttet, så endringen ble ikke lagret.' },
  SQLITE_CANTOPEN: {
    code: 'read-only',
    message:
      'Kan ikke skrive til filen eller mappen den ligger i (skrivebeskyttet eller frakoblet). ' +
      'Endringen ble ikke lagret.',
  },
  SQLITE_FULL: { code: 'internal', message: 'Disken er full. Endringen ble ikke lagret; frigjør plass og prøv igjen.' },
  SQLITE_IOERR: { code: 'internal', message: 'Kunne ikke skrive til filen. Endringen ble ikke lagret.' },
  SQLITE_CORRUPT: {
    code: 'internal',
    message: 'Filen ser ut til å være skadet. Endringen ble ikke lagret. Gjenopprett fra en sikkerhetskopi.',
  },
  SQLITE_NOTADB: {
    code: 'internal',
    message: 'Filen ser ut til å være skadet. Endringen ble ikke lagret. Gjenopprett fra en sikkerhetskopi.',
  },
};

export function toApiError(err: unknown, log: Logger, name: string, ctx?: CoreContext): ApiError {
  if (err instanceof AppError) return err.toApiError();
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    // Extended codes (SQLITE_IOERR_WRITE) map by their primary code.
    const primary = code.split('_').slice(0, 2).join('_');
    if (primary === 'SQLITE_READONLY' && ctx?.readOnlyReason) return { code: 'read-only', message: writeRefusal(ctx) };
    const known = SQLITE_ERRORS[primary];
    if (known) return known;
  }
  log(`operation ${name} failed`, err);
  return { code: 'internal', message: INTERNAL_ERROR_MESSAGE };
}

/** `overrides` lets a transport supply its own handlers for some operations (the Electron shell's file actions). */
export async function dispatch(
  name: string,
  rawInput: unknown,
  ctx: () => CoreContext,
  log: Logger = console.error,
  overrides: Partial<HandlersFor<Api>> = {},
): Promise<ApiResult<unknown>> {
  if (!isOperation(name))
    return { ok: false, error: { code: 'unknown-operation', message: `Ukjent operasjon «${name}».` } };
  const parsed = contract[name].input.safeParse(rawInput);
  if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
  let context: CoreContext | undefined;
  try {
    context = ctx();
    if (context.beforeWrite && !contract[name].reads) await context.beforeWrite(name);
    const handler = (overrides[name] ?? handlers[name]) as Handler<(typeof contract)[typeof name]>;
    return { ok: true, value: await handler(parsed.data as never, context) };
  } catch (err) {
    return { ok: false, error: toApiError(err, log, name, context) };
  }
}
