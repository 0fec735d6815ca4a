// QA qa-m1 H1: an update dated in an open period before a closed one, with no newer update by the closed period's
// end, changes the status the closed period ended with. The core treats it as a correction after closing, as one
// dated inside the period: refused without a reason at «Begrunnelse for korrigering» (through the API, the CLI and
// a round's acceptance alike), and with one marked in the history, «Vis T2 2026» and the status table per date.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { PeriodView } from '../../shared/api/periods.contract.ts';
import type { StatusUpdate } from '../../shared/domain/types.ts';
import { reportOptions } from '../../shared/api/reports.contract.ts';
import { exportFormats } from '../../electron/core/export/formats.ts';
import { call, recordStatus as record, refused } from '../support/api.ts';
import { cli } from '../support/cli.ts';
import { parseCsv } from '../support/read-exports.ts';
import { memoryPortfolio, portfolioFile, snapshot, tempDir } from '../support/portfolio.ts';
import { acceptAll, fillForm, formOf, itemOf, newRound, readAnswer } from '../support/rounds.ts';

// A round's answer is parsed in a worker of its own, which takes a moment on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

// FIXED_NOW is 23.11.2026: T2 2026 (May–August) is over and can be closed; T1 2026 stays open.
const MEASURE = 5;
const H1_MESSAGE =
  '01.03.2026 endrer statusen ved slutten av den lukkede perioden T2 2026. ' +
  'Skriv hvorfor statusen korrigeres etter lukking.';

describe('an update dated before a closed period that it changes', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('is refused without a reason, at the field, writing nothing; with one it is marked everywhere', async () => {
    const p = memoryPortfolio();
    await record(p, MEASURE, '2023-12-10', { assessment: 'gul', comment: 'Forsinket' });
    await call(p, 'periods:close', { period: '2026-T2' });
    const before = snapshot(p.db);
    const e = await refused(p, 'status:record', {
      measureId: MEASURE,
      status: 'fullfort',
      assessment: 'gronn',
      comment: '',
      effectiveDate: '2026-03-01',
    });
    expect(e.fields?.correctionReason).toBe(H1_MESSAGE);
    expect(snapshot(p.db)).toBe(before);

    const u = await record(p, MEASURE, '2026-03-01', { status: 'fullfort', correctionReason: 'Meldt av UD i oktober' });
    expect(u.correctionReason).toBe('Meldt av UD i oktober');
    const history = await call<StatusUpdate[]>(p, 'status:history', { measureId: MEASURE });
    expect(history.map((h) => h.correctionReason)).toEqual(['Meldt av UD i oktober', null]);

    // «Vis T2 2026»: reported Pågår (2023), corrected Fullført with the reason.
    const view = await call<PeriodView>(p, 'periods:view', { period: '2026-T2' });
    const row = view.rows.find((r) => r.measureId === MEASURE)!;
    expect(row.reported).toMatchObject({ status: 'pagar', effectiveDate: '2023-12-10', correctionReason: null });
    expect(row.corrected).toMatchObject({
      status: 'fullfort',
      effectiveDate: '2026-03-01',
      correctionReason: 'Meldt av UD i oktober',
    });
    expect(row.differs).toBe(true);

    // Statustabell per 31.08.2026 marks it.
    const req = reportOptions.parse({ asOf: '2026-08-31', planCodes: ['handlingsplan-2016'] });
    const csv = parseCsv(String(await exportFormats.csv.write(p.db, req, { now: p.now() })).replace(/^\uFEFF/, ''));
    const [nr, status] = [csv[0].indexOf('Nr.'), csv[0].indexOf('Status')];
    expect(csv.find((r) => r[nr] === String(MEASURE))?.[status]).toBe('Fullført (korrigert etter lukking)');
  });

  it('is no correction when a newer update sets the closed period’s end, even on its last day', async () => {
    const p = memoryPortfolio();
    await record(p, MEASURE, '2023-12-10');
    await record(p, MEASURE, '2026-08-31', { comment: 'Rapportert for T2' });
    await call(p, 'periods:close', { period: '2026-T2' });
    const u = await record(p, MEASURE, '2026-03-01', { status: 'fullfort', correctionReason: 'ikke nødvendig' });
    expect(u.correctionReason).toBeNull();
    const view = await call<PeriodView>(p, 'periods:view', { period: '2026-T2' });
    expect(view.rows.find((r) => r.measureId === MEASURE)!.differs).toBe(false);
  });

  it('names every closed period it changes, and the year that holds its date', async () => {
    const p = memoryPortfolio();
    for (const period of ['2025', '2026-T1', '2026-T2']) await call(p, 'periods:close', { period });
    const e = await refused(p, 'status:record', {
      measureId: MEASURE,
      status: 'pagar',
      assessment: 'gronn',
      comment: '',
      effectiveDate: '2025-11-15',
    });
    expect(e.fields?.correctionReason).toBe(
      '15.11.2025 er i en lukket periode (2025) og endrer statusen ved slutten av de lukkede periodene T1 2026 og ' +
        'T2 2026. Skriv hvorfor statusen korrigeres etter lukking.',
    );
  });

  it('is refused by the CLI without --reason, with the core’s sentence, and recorded with one', async () => {
    const db = portfolioFile(tmp.dir);
    const args = ['status', '--db', db, '--plan', 'handlingsplan-2016', '--measure', String(MEASURE)];
    expect((await cli(...args, '--status', 'pagar', '--assessment', 'gronn', '--date', '2023-12-10')).code).toBe(0);
    expect((await cli('period', '--db', db, '--close', '2026-T2')).code).toBe(0);
    const before = readFileSync(db);
    const no = await cli(...args, '--status', 'fullfort', '--assessment', 'gronn', '--date', '2026-03-01');
    expect(no.code).not.toBe(0);
    expect(no.err).toContain('01.03.2026 endrer statusen ved slutten av den lukkede perioden T2 2026.');
    expect(readFileSync(db).equals(before)).toBe(true);
    const yes = await cli(
      ...args,
      ...['--status', 'fullfort', '--assessment', 'gronn', '--date', '2026-03-01', '--reason', 'Rapportert feil'],
    );
    expect(yes.code).toBe(0);
  });

  it('is said in a round’s review, and accepted as a correction after closing', async () => {
    // The real frame: measure 16 of the 2016 plan is HOD's.
    const p = memoryPortfolio();
    await record(p, 16, '2023-12-10');
    await call(p, 'periods:close', { period: '2026-T2' });
    const round = await newRound(p, '2026-T1', ['HOD']);
    const filled = await fillForm(await formOf(p, round.id, 'HOD'), {
      16: {
        'Ny status': 'Fullført',
        'Ny vurdering': 'Grønn',
        'Dato (dd.mm.åååå)': new Date(Date.UTC(2026, 2, 1)),
        'Rapportert av': 'Per Helse',
      },
    });
    const { review } = await readAnswer(p, round.id, filled);
    expect(itemOf(review, '16:status').notes.map((n) => n.text)).toEqual([
      '01.03.2026 endrer statusen ved slutten av den lukkede perioden T2 2026: godtar du, registreres ' +
        'oppdateringen som korrigert etter lukking.',
    ]);
    await acceptAll(p, review);
    const [newest] = await call<StatusUpdate[]>(p, 'status:history', { measureId: 16 });
    expect(newest).toMatchObject({
      status: 'fullfort',
      effectiveDate: '2026-03-01',
      correctionReason: 'Innspill T1 2026 fra HOD',
    });
  });
});
