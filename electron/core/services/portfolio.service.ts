// Creating and describing portfolio files. A new file is built beside its target and renamed into
// place, so a crash never leaves a half-made portfolio and an existing file is never overwritten.
import type { Database } from 'better-sqlite3';
import { existsSync, linkSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { PortfolioInfo } from '../../../shared/domain/types.ts';
import type { DatasetKind } from '../../../shared/domain/vocabulary.ts';
import { schemaVersion } from '../db/migrate.ts';
import { openPortfolioDb } from '../db/open.ts';
import { writeTx } from '../db/tx.ts';
import { AppError } from '../errors.ts';
import { tempPathBeside, writeErrorSentence } from '../files/atomic-write.ts';
import { countMeasures, countPendingTitles } from '../repositories/measures.repo.ts';
import { getMeta } from '../repositories/meta.repo.ts';
import { applyRealFrame, loadFrame } from '../seed/apply-frame.ts';
import { applyExample, type ExampleOptions } from '../seed/example.ts';

export interface CreateOptions {
  resourcesDir: string;
  now: Date;
  example?: boolean | ExampleOptions;
  /** An existing file of 0 bytes (what a crash or a sync client leaves) may be replaced; nothing else. */
  replaceEmpty?: boolean;
}

/** Fill an empty, migrated database with the real frame or the example dataset. */
export function seedPortfolio(db: Database, opts: CreateOptions): void {
  const frame = loadFrame(opts.resourcesDir);
  writeTx(db, () => {
    if (opts.example) applyExample(db, frame, opts.now, opts.example === true ? {} : opts.example);
    else applyRealFrame(db, frame, opts.now);
  });
}

export function createPortfolioFile(path: string, opts: CreateOptions): void {
  const existing = existsSync(path) ? statSync(path) : null;
  if (existing?.isDirectory())
    throw new AppError('invalid', `«${path}» er en mappe. Velg et filnavn for den nye porteføljen.`);
  const replace = existing !== null && existing.size === 0 && opts.replaceEmpty === true;
  if (existing && !replace)
    throw new AppError(
      'invalid',
      `Filen «${path}» finnes allerede. Velg et annet navn; den eksisterende filen er ikke endret.`,
    );
  const tmp = tempPathBeside(path, 'new');
  try {
    const db = openPortfolioDb(tmp, { resourcesDir: opts.resourcesDir, create: true });
    try {
      seedPortfolio(db, opts);
    } finally {
      db.close();
    }
    if (replace) {
      // Only while it is still empty: a file that got content meanwhile is never replaced.
      if (statSync(path).size !== 0) throw Object.assign(new Error('not empty any more'), { code: 'EEXIST' });
      renameSync(tmp, path);
    } else {
      // link() fails if the target appeared meanwhile: never replaces someone else's file.
      linkSync(tmp, path);
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      throw new AppError('invalid', `Filen «${path}» finnes allerede. Den eksisterende filen er ikke endret.`);
    }
    if (err instanceof AppError) throw err;
    const sentence = writeErrorSentence(err, path);
    if (sentence) throw new AppError('invalid', sentence.replace('Ingenting er skrevet.', 'Ingen fil er laget.'));
    throw err;
  } finally {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-journal`, { force: true });
  }
}

export function datasetKind(db: Database): DatasetKind {
  return getMeta(db, 'dataset') === 'example' ? 'example' : 'real';
}

export function portfolioInfo(
  db: Database,
  path: string,
  readOnly: boolean,
): Omit<PortfolioInfo, 'canTakeOver' | 'backupWarning'> {
  return {
    path,
    fileName: basename(path),
    dataset: datasetKind(db),
    schemaVersion: schemaVersion(db),
    readOnly,
    pendingTitles: countPendingTitles(db),
    measureCount: countMeasures(db),
  };
}
