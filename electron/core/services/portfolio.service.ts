// Creating and describing portfolio files. A new file is built beside its target and renamed into
// place, so a crash never leaves a half-made portfolio and an existing file is never overwritten.
import type { Database } from 'better-sqlite3';
import { existsSync, linkSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import type { PortfolioInfo } from '../../../shared/domain/types.ts';
import type { DatasetKind } from '../../../shared/domain/vocabulary.ts';
import { schemaVersion } from '../db/migrate.ts';
import { openPortfolioDb } from '../db/open.ts';
import { writeTx } from '../db/tx.ts';
import { AppError } from '../errors.ts';
import { countMeasures, countPendingTitles } from '../repositories/measures.repo.ts';
import { getMeta } from '../repositories/meta.repo.ts';
import { applyRealFrame, loadFrame } from '../seed/apply-frame.ts';
import { applyExample, type ExampleOptions } from '../seed/example.ts';

export interface CreateOptions {
  resourcesDir: string;
  now: Date;
  example?: boolean | ExampleOptions;
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
  if (existsSync(path))
    throw new AppError(
      'invalid',
      `Filen «${path}» finnes allerede. Velg et annet navn; den eksisterende filen er ikke endret.`,
    );
  const tmp = `${path}.${process.pid}.new`;
  rmSync(tmp, { force: true });
  try {
    const db = openPortfolioDb(tmp, { resourcesDir: opts.resourcesDir, create: true });
    try {
      seedPortfolio(db, opts);
    } finally {
      db.close();
    }
    // link() fails if the target appeared meanwhile: never replaces someone else's file.
    linkSync(tmp, path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new AppError('invalid', `Filen «${path}» finnes allerede. Den eksisterende filen er ikke endret.`);
    }
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'EACCES') {
      throw new AppError('invalid', `Kan ikke skrive filen «${path}»: mappen finnes ikke eller er skrivebeskyttet.`);
    }
    throw err;
  } finally {
    rmSync(tmp, { force: true });
  }
}

export function datasetKind(db: Database): DatasetKind {
  return getMeta(db, 'dataset') === 'example' ? 'example' : 'real';
}

export function portfolioInfo(db: Database, path: string, readOnly: boolean): PortfolioInfo {
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
