// An open portfolio plus the clock and user: the CoreContext the handlers run against.
import { userInfo } from 'node:os';
import type { CoreContext } from './context.ts';
import { openPortfolioDb, type OpenOptions } from './db/open.ts';

export function osUserName(): string {
  try {
    return process.env.TILTAK_USER || userInfo().username || 'ukjent';
  } catch {
    return 'ukjent';
  }
}

export function openSession(path: string, opts: OpenOptions & { now?: () => Date; user?: () => string }): CoreContext {
  const db = openPortfolioDb(path, opts);
  return {
    db,
    path,
    readOnly: Boolean(opts.readOnly),
    now: opts.now ?? (() => new Date()),
    user: opts.user ?? osUserName,
  };
}
