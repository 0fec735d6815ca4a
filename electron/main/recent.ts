// "Åpne nylige": the last files opened, newest first, kept in a small JSON file in the user's data folder.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { RecentFile } from '../../shared/api/file.contract.ts';
import { atomicWriteFile } from '../core/files/atomic-write.ts';

export interface RecentList {
  list(): RecentFile[];
  add(path: string): void;
  remove(path: string): void;
  clear(): void;
  has(path: string): boolean;
}

export function createRecentList(storePath: string, max = 10): RecentList {
  const read = (): string[] => {
    try {
      const data: unknown = JSON.parse(readFileSync(storePath, 'utf8'));
      return Array.isArray(data) ? data.filter((p): p is string => typeof p === 'string').slice(0, max) : [];
    } catch {
      return []; // missing or unreadable: start an empty list rather than fail the app
    }
  };
  const write = (paths: string[]) => {
    try {
      mkdirSync(dirname(storePath), { recursive: true });
      atomicWriteFile(storePath, JSON.stringify(paths.slice(0, max), null, 2));
    } catch (err) {
      console.error('could not save the recent-files list', err);
    }
  };
  const same = (a: string, b: string) => (process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b);
  return {
    list: () => read().map((path) => ({ path, fileName: basename(path) })),
    add(path) {
      const full = resolve(path);
      write([full, ...read().filter((p) => !same(p, full))]);
    },
    remove(path) {
      write(read().filter((p) => !same(p, resolve(path))));
    },
    clear: () => write([]),
    has: (path) => read().some((p) => same(p, resolve(path))),
  };
}

/** The newest recent file that still exists. */
export function lastExisting(recent: RecentList): string | null {
  return recent.list().find((r) => existsSync(r.path))?.path ?? null;
}
