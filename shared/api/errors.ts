// The only error shape that crosses the boundary: a code and a Norwegian message; internals stay in the log.

export type ApiErrorCode =
  | 'invalid' // input failed validation; `fields` says where
  | 'not-found'
  | 'conflict' // stale version: someone else changed the record
  | 'busy' // the file is locked by another writer right now
  | 'read-only' // the file is open read-only
  | 'unknown-operation'
  | 'unavailable' // not offered here (e.g. file dialogs in the browser preview)
  | 'forbidden' // the caller is not the app's own page
  | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  /** Field path → message, for showing at the field. */
  fields?: Record<string, string>;
  details?: unknown;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const INTERNAL_ERROR_MESSAGE =
  'Noe gikk galt. Endringen ble ikke lagret. Prøv igjen, eller kontakt brukerstøtte.';
