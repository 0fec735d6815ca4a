// Every CLI failure is one Norwegian line on stderr: our own messages as they are, SQLite and file-system
// errors through the same mapping as the app, and never English library text or a stack trace (those are
// printed only with TILTAK_DEBUG=1).
import { INTERNAL_ERROR_MESSAGE, type ApiError } from '../../../shared/api/errors.ts';
import { AppError } from '../errors.ts';
import { writeErrorSentence } from '../files/atomic-write.ts';
import { toApiError } from '../handlers/dispatch.ts';

/** Contract field → the CLI option that supplied it. */
const OPTION_OF: Record<string, string> = {
  measureId: 'measure',
  effectiveDate: 'date',
  planCodes: 'plan',
  planCode: 'plan',
  asOf: 'as-of',
  groupBy: 'group-by',
  budgetYear: 'budget-year',
  landscape: 'portrait',
  includeCharts: 'charts',
  withHistory: 'with-history',
  correctionReason: 'reason',
  from: 'compare',
  to: 'period',
  last: 'period',
  count: 'periods',
  periodKind: 'period-kind',
  roundId: 'round',
};

export function optionFor(field: string): string {
  const path = field.split('.');
  // A report document's fields come nested under `document`; their options are the document's own.
  const top = path[0] === 'document' && path.length > 1 ? path[1] : path[0];
  return `--${OPTION_OF[top] ?? top}`;
}

/** An API refusal as the CLI shows it: the option it concerns first, when there is one. */
export function apiErrorLine(error: ApiError): string {
  const fields = Object.keys(error.fields ?? {}).filter((f) => f !== '_');
  const first = fields.find((f) => error.fields![f] === error.message) ?? fields[0];
  // A refused answer file (round import) is the command's argument, not an option.
  if (first === 'file') return error.message;
  return first ? `${optionFor(first)}: ${error.message}` : error.message;
}

/** File-system errors met outside a named output file (opening, locking, backing up). */
const FS_SENTENCES: Record<string, string> = {
  ENOSPC: 'Disken er full. Ingenting er endret; frigjør plass og prøv igjen.',
  EDQUOT: 'Diskkvoten er brukt opp. Ingenting er endret; frigjør plass og prøv igjen.',
  EACCES: 'Ingen tilgang: filen eller mappen er skrivebeskyttet. Ingenting er endret.',
  EPERM: 'Ingen tilgang: filen eller mappen er skrivebeskyttet. Ingenting er endret.',
  EROFS: 'Disken er skrivebeskyttet. Ingenting er endret.',
  EISDIR: 'En mappe står der det skulle vært en fil. Ingenting er endret.',
  ENOTDIR: 'En del av stien er ikke en mappe. Ingenting er endret.',
  ENAMETOOLONG: 'Filnavnet eller stien er for lang. Ingenting er endret.',
  EIO: 'Disken svarte med en lesefeil. Ingenting er endret; sjekk disken og prøv igjen.',
};

export const DEBUG = process.env.TILTAK_DEBUG === '1';

export function debugLog(message: string, err?: unknown): void {
  if (DEBUG) console.error(message, err ?? '');
}

/** `files.db` names the portfolio (for the restore hint), `files.out` the file being written. */
export function errorLine(err: unknown, files: { db?: string; out?: string } = {}): string {
  if (err instanceof AppError) {
    const details = err.details as { damaged?: boolean; backups?: unknown[] } | undefined;
    return details?.damaged && details.backups?.length && files.db
      ? `${err.message} Se «npm run cli -- restore --db ${files.db} --list».`
      : err.message;
  }
  const fsSentence = files.out ? writeErrorSentence(err, files.out) : null;
  if (fsSentence) return fsSentence;
  const code = String((err as { code?: unknown } | null)?.code ?? '');
  if (code in FS_SENTENCES) return FS_SENTENCES[code];
  // SQLite's codes (busy, read-only, disk full, damaged) as the app words them.
  const mapped = toApiError(err, () => {}, 'cli');
  if (mapped.message !== INTERNAL_ERROR_MESSAGE) return mapped.message;
  debugLog('unexpected error', err);
  return 'Uventet feil; ingenting er endret. Kjør igjen med TILTAK_DEBUG=1 for teknisk informasjon.';
}
