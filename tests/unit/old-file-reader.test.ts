// A file made by an older version, opened only to read (the CLI's exports, a reader beside a writer, a file one may
// not write): today's queries read an upgraded copy in memory, and the file itself is not touched.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadMigrations } from '../../electron/core/db/migrate.ts';
import { openPortfolio } from '../../electron/core/files/open-portfolio.ts';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { cli } from '../support/cli.ts';
import { fileAtSchema } from '../support/old-schema.ts';
import { RESOURCES, tempDir } from '../support/portfolio.ts';

// Three CLI exports of a whole pack, each its own Node process: seconds on a quiet machine, more beside other work.
vi.setConfig({ testTimeout: 60_000 });

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const latest = () => Math.max(...loadMigrations(RESOURCES).map((m) => m.version));

describe('a file from an older version, opened only to read', () => {
  const tmp = tempDir();

  /** An example file at the schema before periods and obligations (0009), as wave-2's first release wrote it. */
  function oldFile(name: string): string {
    const path = join(tmp.dir, name);
    fileAtSchema(9, { path, example: { size: 44 } }).close();
    return path;
  }

  it('exports the status table, the pack and the coverage table from the CLI; the file stays as it was', async () => {
    const path = oldFile('gammel.tilt');
    const before = sha(path);
    const out = (f: string) => join(tmp.dir, f);
    expect(await cli('export', '--db', path, '--format', 'xlsx', '--out', out('s.xlsx'))).toMatchObject({ code: 0 });
    const pack = await cli(
      'export',
      '--db',
      path,
      '--format',
      'docx',
      '--pack',
      '--period',
      '2025',
      '--out',
      out('p.docx'),
    );
    expect(pack, pack.err).toMatchObject({ code: 0 });
    const coverage = await cli('coverage', '--db', path, '--format', 'csv', '--out', out('d.csv'));
    expect(coverage, coverage.err).toMatchObject({ code: 0 });
    for (const f of ['s.xlsx', 'p.docx', 'd.csv']) expect(existsSync(out(f)), f).toBe(true);
    expect(sha(path)).toBe(before);
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith('-journal') || f.endsWith('.lock'))).toEqual([]);
  });

  it('answers reads as today’s schema does, says the file is older, and is upgraded only by a writer', async () => {
    const path = oldFile('leser.tilt');
    const before = sha(path);
    const reader = await openPortfolio(path, { resourcesDir: RESOURCES, readOnly: true, log: () => {} });
    try {
      expect(reader.warnings.join(' ')).toContain('laget av en eldre versjon av programmet');
      const r = await dispatch('measures:query', {}, () => reader.ctx);
      expect(r.ok && (r.value as { total: number }).total).toBe(44);
      const periods = await dispatch('periods:list', {}, () => reader.ctx);
      expect(periods.ok, JSON.stringify(periods)).toBe(true);
      const refused = await dispatch(
        'status:record',
        { measureId: 1, status: 'pagar', assessment: 'gronn' },
        () => reader.ctx,
      );
      expect(refused.ok).toBe(false);
    } finally {
      reader.close();
    }
    expect(sha(path)).toBe(before);

    const writer = await openPortfolio(path, { resourcesDir: RESOURCES, log: () => {} });
    try {
      expect(writer.warnings.join(' ')).not.toContain('eldre versjon');
      const v = writer.ctx.db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string };
      expect(Number(v.value)).toBe(latest());
    } finally {
      writer.close();
    }
  });
});
