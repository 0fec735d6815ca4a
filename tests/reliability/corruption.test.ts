// Corrupted copies (random bytes overwritten at random offsets). Opening never crashes and never writes to a
// damaged file; damage is found when the file is opened (quick_check with CHECK constraints, the schema) or by
// `check` (integrity_check, foreign keys, search indexes against their texts, the app's invariants); a damaged file
// is offered its newest good backup, and the restore works. A file that passes both is compared with the original
// row by row: a change nobody detected is counted by the kind of column it hit, and a code (status, assessment,
// kind …) must never be among them.
import BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, openSync, readFileSync, closeSync, writeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../shared/api/contract.ts';
import { AppError } from '../../electron/core/errors.ts';
import { listBackups, openPortfolio, restoreBackup } from '../../electron/core/files/index.ts';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { checkPortfolio } from '../../electron/core/services/check.service.ts';
import { portfolioFile, RESOURCES, tempDir } from '../support/portfolio.ts';
import { randomInt, report, trials } from './support.ts';

const tmp = tempDir('tiltak-corrupt-');
afterAll(() => tmp.cleanup());

const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

function corrupt(path: string): void {
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  try {
    for (let i = randomInt(1, 8); i > 0; i--) {
      const len = randomInt(1, 64);
      const bytes = Buffer.from(Array.from({ length: len }, () => randomInt(0, 255)));
      writeSync(fd, bytes, 0, len, randomInt(0, size - len));
    }
  } finally {
    closeSync(fd);
  }
}

/** Columns whose values are codes from a fixed vocabulary (a CHECK constraint guards each). */
const CODED = new Set([
  'plans.kind',
  'part_notes.kind',
  'organisations.kind',
  'measures.title_pending',
  'status_updates.status',
  'status_updates.assessment',
  'measure_status_latest.status',
  'measure_status_latest.assessment',
  'status_transitions.status',
  'status_transitions.prev',
  'measure_links.kind',
  'budget_lines.within_existing',
]);

type Rows = Map<string, Map<number, Record<string, unknown>>>;

/** Every row of every ordinary table, by rowid. Throws when the damage makes a table unreadable. */
function content(path: string): Rows {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' " +
          "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%fts_%'",
      )
      .all() as { name: string }[];
    const out: Rows = new Map();
    for (const { name } of tables) {
      const rows = new Map<number, Record<string, unknown>>();
      const withoutRowid = /WITHOUT ROWID/i.test(
        (db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').get(name) as { sql: string }).sql,
      );
      const all = db.prepare(`SELECT ${withoutRowid ? '' : 'rowid AS _rowid, '}* FROM "${name}"`).all() as Record<
        string,
        unknown
      >[];
      all.forEach((r, i) => rows.set(withoutRowid ? i : Number(r._rowid), r));
      out.set(name, rows);
    }
    return out;
  } finally {
    db.close();
  }
}

/** The table.column names whose values differ (a row added or removed counts as '<table>.*'). */
function changedColumns(a: Rows, b: Rows): string[] {
  const changed = new Set<string>();
  for (const [table, rows] of a) {
    const other = b.get(table) ?? new Map();
    for (const id of new Set([...rows.keys(), ...other.keys()])) {
      const x = rows.get(id);
      const y = other.get(id);
      if (!x || !y) {
        changed.add(`${table}.*`);
        continue;
      }
      for (const col of Object.keys(x))
        if (JSON.stringify(x[col]) !== JSON.stringify(y[col])) changed.add(`${table}.${col}`);
    }
  }
  return [...changed];
}

describe('a corrupted portfolio file', () => {
  it('is detected or left unchanged, is never written to, and the newest good backup can be restored', async () => {
    const backupDir = join(tmp.dir, 'backups');
    const original = portfolioFile(tmp.dir, 'original.tilt', { size: 40 });
    // One change through the app makes the day's backup, the one a restore is offered from.
    const first = await openPortfolio(original, { resourcesDir: RESOURCES, backupDir });
    const r = await dispatch('status:record', { measureId: 1, status: 'pagar', assessment: 'gronn' }, () => first.ctx);
    expect(r.ok).toBe(true);
    first.close();
    const originalContent = content(original);

    const n = trials(25, 1000);
    let detectedAtOpen = 0;
    let detectedByCheck = 0;
    let unchanged = 0;
    let undetectedChanges = 0;
    let undetectedCodeChanges = 0;
    let crashes = 0;
    let writesToDamaged = 0;
    let restoreNotOffered = 0;
    let restores = 0;
    const notes: string[] = [];
    const undetectedColumns = new Map<string, number>();
    for (let t = 0; t < n; t++) {
      const dir = join(tmp.dir, `t${t}`);
      mkdirSync(dir);
      const path = join(dir, 'portefolje.tilt');
      copyFileSync(original, path);
      // The backups belong to a file of that name: copy the backup folder's naming by using its folder.
      for (const b of listBackups(original, { backupDir }))
        copyFileSync(b.path, join(dir, b.fileName.replace('original.tilt', 'portefolje.tilt')));
      corrupt(path);
      const before = hash(path);
      let damaged: AppError;
      try {
        const opened = await openPortfolio(path, { resourcesDir: RESOURCES, backupDir: dir, log: () => {} });
        try {
          // Every read must still answer with data or a clear sentence.
          for (const name of OPERATION_NAMES) {
            const res = await dispatch(
              name,
              {},
              () => opened.ctx,
              () => {},
            );
            if (!res.ok && res.error.code === 'internal' && !/skadet/.test(res.error.message)) {
              crashes++;
              notes.push(`${name}: ${res.error.message}`);
            }
          }
          const problems = checkPortfolio(opened.ctx.db).problems;
          if (problems.length > 0) detectedByCheck++;
          else {
            let changed: string[];
            try {
              changed = changedColumns(originalContent, content(path));
            } catch {
              changed = ['(ulesbar)'];
            }
            if (changed.length === 0) unchanged++;
            else {
              undetectedChanges++;
              for (const c of changed) undetectedColumns.set(c, (undetectedColumns.get(c) ?? 0) + 1);
              if (changed.some((c) => CODED.has(c) || c.endsWith('.*') || c === '(ulesbar)')) {
                undetectedCodeChanges++;
                notes.push(`undetected change in ${changed.join(', ')}`);
              }
            }
          }
        } finally {
          opened.close();
        }
        if (hash(path) !== before) {
          writesToDamaged++;
          notes.push('the file was written while only read');
        }
        continue;
      } catch (err) {
        if (!(err instanceof AppError)) {
          crashes++;
          notes.push(`open: ${String(err)} ${(err as Error).stack}`);
          continue;
        }
        damaged = err;
      }
      detectedAtOpen++;
      if (hash(path) !== before || existsSync(`${path}-journal`) || existsSync(`${path}.lock`)) writesToDamaged++;
      const details = damaged.details as { damaged?: boolean; backups?: { path: string }[] } | undefined;
      if (!details?.damaged || !details.backups?.length) {
        restoreNotOffered++;
        notes.push(`no restore offered: ${damaged.message}`);
        continue;
      }
      await restoreBackup(path, details.backups[0].path, { resourcesDir: RESOURCES, backupDir: dir });
      const reopened = await openPortfolio(path, { resourcesDir: RESOURCES, backupDir: dir, log: () => {} });
      reopened.close();
      restores++;
    }
    report('corruption', {
      trials: n,
      detected: detectedAtOpen + detectedByCheck,
      detectedAtOpen,
      detectedByCheck,
      unchanged,
      undetectedTextOrNumber: undetectedChanges - undetectedCodeChanges,
      undetectedCodes: undetectedCodeChanges,
      crashes,
      writesToDamaged,
      restoreNotOffered,
      restores,
    });
    if (undetectedColumns.size > 0)
      report('corruption-undetected-columns', Object.fromEntries([...undetectedColumns].sort((a, b) => b[1] - a[1])));
    expect(notes).toEqual([]);
    expect(crashes).toBe(0);
    expect(writesToDamaged).toBe(0);
    expect(restoreNotOffered).toBe(0);
    expect(undetectedCodeChanges).toBe(0);
    expect(detectedAtOpen + detectedByCheck).toBeGreaterThan(0);
  });
});
