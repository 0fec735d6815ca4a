// SQL functions for Norwegian text, registered on every connection. Used only in queries (never in
// triggers, indexes or views), so the file stays writable by a plain sqlite3 shell that lacks them.
import type { Database } from 'better-sqlite3';

/** Lower case with Unicode rules (Æ Ø Å → æ ø å), for case-insensitive contains-search. */
export function foldText(s: string): string {
  return s.toLocaleLowerCase('nb-NO');
}

/**
 * A binary-sortable key in Norwegian order: a–z, then æ, ø, å (code points put å before æ), and numbers by their
 * value («Tiltak 2» before «Tiltak 10»: each run of digits padded to the same width).
 */
export function nbSortKey(s: string): string {
  return foldText(s)
    .replace(/[æøå]/g, (c) => ({ æ: '{', ø: '|', å: '}' })[c as 'æ' | 'ø' | 'å'])
    .replace(/\d+/g, (n) => n.replace(/^0+(?=\d)/, '').padStart(12, '0'));
}

export function registerTextFunctions(db: Database): void {
  db.function('tiltak_fold', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? foldText(s) : s));
  db.function('tiltak_sortkey', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? nbSortKey(s) : s));
}
