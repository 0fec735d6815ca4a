// Errors the core raises on purpose. Their message is Norwegian and safe to show the user.
import type { ApiError, ApiErrorCode } from '../../shared/api/errors.ts';

export class AppError extends Error {
  readonly code: ApiErrorCode;
  readonly fields?: Record<string, string>;
  readonly details?: unknown;

  constructor(code: ApiErrorCode, message: string, opts: { fields?: Record<string, string>; details?: unknown } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = opts.fields;
    this.details = opts.details;
  }

  toApiError(): ApiError {
    const e: ApiError = { code: this.code, message: this.message };
    if (this.fields) e.fields = this.fields;
    if (this.details !== undefined) e.details = this.details;
    return e;
  }
}

/** A rule broken by one field: shown at that field. */
export function fieldError(field: string, message: string): AppError {
  return new AppError('invalid', message, { fields: { [field]: message } });
}

export function notFound(message: string): AppError {
  return new AppError('not-found', message);
}
