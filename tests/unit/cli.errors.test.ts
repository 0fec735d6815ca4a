// Issue 11 §9: every CLI error is one Norwegian sentence on one line with a non-zero exit: damaged and empty
// files, a full disk, a folder named like a portfolio, a value starting with a dash, unknown or incomplete options.
// Never English library text, never a stack trace. Plus the newcomer's --help, generated from the declarations.
import BetterSqlite3 from 'better-sqlite3';
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../electron/core/cli/commands.ts';
import { cli } from '../support/cli.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { smallDisk } from '../support/small-disk.ts';

const tmp = tempDir('tiltak-cli-errors-');
afterAll(() => tmp.cleanup());

/** Words and shapes that only English library messages and stack traces have. */
const FOREIGN = new RegExp(
  '\\b(Error|Cannot|cannot|Unexpected token|undefined|ENOENT|EISDIR|EACCES|ENOSPC|SQLITE_\\w+|Option|readonly|' +
    'database|disk image|malformed)\\b|\\n\\s+at ',
);

function expectOneNorwegianLine(r: { code: number; err: string }) {
  expect(r.code).not.toBe(0);
  expect(r.err.split('\n')).toHaveLength(1);
  expect(r.err).not.toMatch(FOREIGN);
  expect(r.err).toMatch(/[.»)]$/);
}

const status = (db: string, ...extra: string[]) =>
  cli('status', '--db', db, '--plan', 'handlingsplan-2016', '--measure', '1', '--status', 'pagar', ...extra);

describe('npm run cli: every error is one Norwegian line', () => {
  const db = portfolioFile(tmp.dir, 'p.tilt', { size: 6 });
  const folder = join(tmp.dir, 'mappe.tilt');
  mkdirSync(folder);
  const empty = join(tmp.dir, 'tom.tilt');
  writeFileSync(empty, '');
  const damaged = portfolioFile(tmp.dir, 'skadet.tilt', { size: 30 });
  const fd = openSync(damaged, 'r+');
  writeSync(fd, Buffer.alloc(3000, 0xa5), 0, 3000, 4096 * 3 + 10);
  closeSync(fd);

  it.each([
    ['check on a folder named .tilt', ['check', '--db', folder], /er en mappe, ikke en porteføljefil\./],
    [
      'status on a folder named .tilt',
      [
        'status',
        '--db',
        folder,
        '--plan',
        'strategi-2025-2030',
        '--measure',
        '1',
        '--status',
        'pagar',
        '--assessment',
        'gronn',
      ],
      /er en mappe, ikke en porteføljefil\./,
    ],
    [
      'export from a folder named .tilt',
      ['export', '--db', folder, '--format', 'csv', '--out', join(tmp.dir, 'x.csv')],
      /er en mappe/,
    ],
    ['init on a folder named .tilt', ['init', '--db', folder], /er en mappe\. Velg et filnavn/],
    ['check on an empty file', ['check', '--db', empty], /er tom \(0 byte\)/],
    ['check on a damaged file', ['check', '--db', damaged], /er skadet og kan ikke åpnes/],
    [
      'status on a damaged file',
      [
        'status',
        '--db',
        damaged,
        '--plan',
        'handlingsplan-2016',
        '--measure',
        '1',
        '--status',
        'pagar',
        '--assessment',
        'gronn',
      ],
      /er skadet/,
    ],
    ['a file that does not exist', ['check', '--db', join(tmp.dir, 'borte.tilt')], /^Finner ikke filen/],
    ['an unknown command', ['eksporter', '--db', db], /^Ukjent kommando «eksporter»/],
    ['an unknown option', ['check', '--db', db, '--fort'], /^Ukjent valg «--fort» for check/],
    ['an option without its value', ['check', '--db'], /^--db mangler verdi\./],
    ['a flag given a value', ['init', '--db', join(tmp.dir, 'n.tilt'), '--example=ja'], /^--example tar ingen verdi\./],
    ['a stray argument', ['check', db], /^Uventet argument/],
    ['a missing required option', ['status', '--db', db], /^Mangler --plan\./],
    ['a bad --size', ['init', '--db', join(tmp.dir, 'n.tilt'), '--example', '--size', 'mange'], /^--size må være/],
    [
      'a measure that does not exist',
      [
        'status',
        '--db',
        db,
        '--plan',
        'handlingsplan-2016',
        '--measure',
        '99',
        '--status',
        'pagar',
        '--assessment',
        'gronn',
      ],
      /^Fant ikke tiltak 99/,
    ],
    [
      'a bad status code',
      [
        'status',
        '--db',
        db,
        '--plan',
        'handlingsplan-2016',
        '--measure',
        '1',
        '--status',
        'ferdig',
        '--assessment',
        'gronn',
      ],
      /^--status: Ukjent status/,
    ],
  ])('%s', async (_, args, message) => {
    const r = await cli(...args);
    expectOneNorwegianLine(r);
    expect(r.err).toMatch(message);
  });

  it('takes a value that starts with a dash (--comment "- punkt") as the value', async () => {
    const r = await status(db, '--assessment', 'gul', '--comment', '- punkt én');
    expect(r).toMatchObject({ code: 0, err: '' });
    const raw = new BetterSqlite3(db, { readonly: true });
    const last = raw.prepare('SELECT comment FROM status_updates ORDER BY id DESC LIMIT 1').get() as {
      comment: string;
    };
    raw.close();
    expect(last.comment).toBe('- punkt én');
  });

  it('on a full disk says so in one line, saves nothing and leaves the file sound', async () => {
    const disk = smallDisk(4096);
    try {
      const path = portfolioFile(disk.dir, 'full.tilt', { size: 20 });
      disk.fill();
      const r = await status(path, '--assessment', 'gul', '--comment', 'x'.repeat(5000));
      expectOneNorwegianLine(r);
      expect(r.err).toMatch(/^Disken er full.*Endringen ble ikke lagret/);
      disk.free();
      expect(await cli('check', '--db', path)).toMatchObject({ code: 0, out: 'ok' });
    } finally {
      disk.cleanup();
    }
  });

  it('exits non-zero from a real process with the line alone on stderr', () => {
    const r = spawnSync(process.execPath, ['electron/core/cli/main.ts', 'check', '--db', folder], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/er en mappe, ikke en porteføljefil\./);
  });
});

describe('npm run cli -- --help', () => {
  it('lists every command with its summary', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    const width = Math.max(...Object.keys(commands).map((n) => n.length)) + 2;
    for (const [name, c] of Object.entries(commands)) expect(r.out).toContain(name.padEnd(width) + c.summary);
  });

  // A group (round) is listed by its subcommands: «round new», «round import» …
  const flat = new Map(
    Object.entries(commands).flatMap(([n, c]) =>
      'subcommands' in c
        ? Object.entries(c.subcommands).map(([s, sc]) => [`${n} ${s}`, sc] as const)
        : [[n, c] as const],
    ),
  );
  it.each([...flat.keys()])('%s --help shows every option the command declares', async (name) => {
    const r = await cli(...name.split(' '), '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^Bruk: npm run cli -- ${name} `));
    for (const [option, spec] of Object.entries(flat.get(name)!.options)) {
      expect(r.out).toContain(`--${option}${spec.type === 'string' ? ` ${spec.value}` : ''}`);
      expect(r.out).toContain(spec.help);
    }
  });

  it('is what a newcomer gets from npm run cli -- --help', () => {
    const out = execFileSync('npm', ['run', '-s', 'cli', '--', 'status', '--help'], { encoding: 'utf8' });
    expect(out).toMatch(/^Bruk: npm run cli -- status --db FIL --plan KODE --measure N/);
  });
});
