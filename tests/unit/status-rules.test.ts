// Issue 12 §3: status dates within reason. An update cannot be dated before its plan's start (history is
// append-only: a wrong one would stay for good) nor in the future; unlikely status/assessment pairs are accepted with
// a warning in the CLI (the app asks first); an as-of date before the first plan, or over a year ahead, is warned of.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { asOfWarning, statusDateProblem, unlikelyPairWarning } from '../../shared/domain/status-rules.ts';
import { ASSESSMENT_CODES, STATUS_CODES } from '../../shared/domain/vocabulary.ts';
import { call, refused } from '../support/api.ts';
import { cli } from '../support/cli.ts';
import { memoryPortfolio, snapshot, tempDir } from '../support/portfolio.ts';

const PLANS = [{ startDate: '2016-11-01' }, { startDate: '2025-05-01' }];

describe('the date of a status update', () => {
  it('is refused before its plan’s start and in the future, at the date field, writing nothing', async () => {
    const p = memoryPortfolio({ user: 'Kari' }); // today: 23.11.2026
    const before = snapshot(p.db);
    const early = await refused(p, 'status:record', {
      measureId: 16,
      status: 'pagar',
      assessment: 'gronn',
      effectiveDate: '2010-03-01',
    });
    expect(early).toMatchObject({
      code: 'invalid',
      fields: { effectiveDate: 'Datoen kan ikke være før planen startet (01.11.2016).' },
    });
    // A strategy measure (no. 27 in the file) on the day before the strategy's start.
    const strategy = await refused(p, 'status:record', {
      measureId: 27,
      status: 'pagar',
      assessment: 'gronn',
      effectiveDate: '2025-04-30',
    });
    expect(strategy.fields).toEqual({ effectiveDate: 'Datoen kan ikke være før planen startet (01.05.2025).' });
    const future = await refused(p, 'status:record', {
      measureId: 16,
      status: 'pagar',
      assessment: 'gronn',
      effectiveDate: '2026-11-24',
    });
    expect(future.fields).toEqual({ effectiveDate: 'Datoen kan ikke være frem i tid.' });
    expect(snapshot(p.db)).toBe(before);
    // The plan's first day and today are both within reason.
    await call(p, 'status:record', {
      measureId: 27,
      status: 'pagar',
      assessment: 'gronn',
      effectiveDate: '2025-05-01',
    });
    await call(p, 'status:record', {
      measureId: 16,
      status: 'pagar',
      assessment: 'gronn',
      effectiveDate: '2026-11-23',
    });
  });

  it('has one rule for the core, the form and the CLI', () => {
    expect(statusDateProblem('2016-10-31', PLANS[0], '2026-11-23')).toMatch(/før planen startet \(01\.11\.2016\)/);
    expect(statusDateProblem('2016-11-01', PLANS[0], '2026-11-23')).toBeNull();
    expect(statusDateProblem('2026-11-24', PLANS[0], '2026-11-23')).toBe('Datoen kan ikke være frem i tid.');
    expect(statusDateProblem('1990-01-01', { startDate: null }, '2026-11-23')).toBeNull();
  });
});

describe('unlikely status and assessment pairs', () => {
  it('are avbrutt with any colour and fullført with gul or rød; every other pair is usual', () => {
    const unlikely = STATUS_CODES.flatMap((s) =>
      ASSESSMENT_CODES.filter((a) => unlikelyPairWarning(s, a) !== null).map((a) => `${s}+${a}`),
    );
    expect(unlikely).toEqual(['fullfort+gul', 'fullfort+rod', 'avbrutt+gronn', 'avbrutt+gul', 'avbrutt+rod']);
    expect(unlikelyPairWarning('avbrutt', 'gronn')).toBe(
      '«Avbrutt» med vurderingen «Grønn» er uvanlig: et avbrutt tiltak er verken på sporet, i risiko eller forsinket.',
    );
  });
});

describe('npm run cli', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const db = join(tmp.dir, 'p.tilt');
  const status = (...extra: string[]) =>
    cli('status', '--db', db, '--plan', 'handlingsplan-2016', '--measure', '16', '--author', 'Kari', ...extra);

  it('refuses a status dated before the plan’s start in one sentence, and writes nothing', async () => {
    expect((await cli('init', '--db', db)).code).toBe(0);
    const before = readFileSync(db);
    const r = await status('--status', 'pagar', '--assessment', 'gronn', '--date', '2010-03-01');
    expect(r).toMatchObject({ code: 1, err: '--date: Datoen kan ikke være før planen startet (01.11.2016).' });
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('accepts an unlikely pair and prints a warning beside the receipt', async () => {
    const r = await status('--status', 'fullfort', '--assessment', 'rod', '--comment', 'Ferdig, men over budsjett');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Registrerte status for tiltak 16 i handlingsplan-2016: fullfort, rod/);
    expect(r.err).toBe(
      'Advarsel: «Fullført» med vurderingen «Rød» er uvanlig: gul og rød betyr risiko eller forsinkelse, ' +
        'og tiltaket er fullført.',
    );
    const usual = await status('--status', 'fullfort', '--assessment', 'gronn');
    expect([usual.code, usual.err]).toEqual([0, '']);
  });

  it('warns of an as-of date before the first plan or over a year ahead, and exports all the same', async () => {
    const out = join(tmp.dir, 'r.csv');
    const early = await cli('export', '--db', db, '--format', 'csv', '--as-of', '2010-12-31', '--out', out);
    expect(early.code).toBe(0);
    expect(early.err).toBe(
      'Advarsel: Datoen 31.12.2010 er før den første planen startet (01.11.2016): ' +
        'ingen tiltak fantes da, så tabellene blir tomme.',
    );
    const far = await cli('export', '--db', db, '--format', 'csv', '--as-of', '2099-01-01', '--out', out);
    expect(far.code).toBe(0);
    expect(far.err).toMatch(/^Advarsel: Datoen 01\.01\.2099 er mer enn ett år frem i tid/);
    const usual = await cli('export', '--db', db, '--format', 'csv', '--as-of', '2024-12-31', '--out', out);
    expect([usual.code, usual.err]).toEqual([0, '']);
  });

  it('has one as-of rule for the Rapporter page and the CLI', () => {
    expect(asOfWarning('2016-10-31', PLANS, '2026-11-23')).toMatch(/før den første planen startet \(01\.11\.2016\)/);
    expect(asOfWarning('2016-11-01', PLANS, '2026-11-23')).toBeNull();
    expect(asOfWarning('2027-11-23', PLANS, '2026-11-23')).toBeNull();
    expect(asOfWarning('2027-11-24', PLANS, '2026-11-23')).toMatch(/mer enn ett år frem i tid/);
  });
});
