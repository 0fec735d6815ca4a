// Migration 0017: the file itself refuses a reasonless status update that changes a closed period, dated inside it
// or before it (no newer update by its end), as the core does (shared/domain/corrections.ts). Undo and redo of such
// an update still go through, each with a reason. `check` tells an update recorded under the older rule (a notice:
// the file is sound) from one written around the trigger since (a problem).
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../shared/api/files.contract.ts';
import type { StatusUpdate } from '../../shared/domain/types.ts';
import { openPortfolioDb } from '../../electron/core/db/open.ts';
import { loadMigrations, schemaVersion } from '../../electron/core/db/migrate.ts';
import { closePeriod } from '../../electron/core/services/periods.service.ts';
import { recordStatus as recordCore } from '../../electron/core/services/status.service.ts';
import { call, recordStatus as record, refused } from '../support/api.ts';
import { cli } from '../support/cli.ts';
import { fileAtSchema } from '../support/old-schema.ts';
import { FIXED_NOW, memoryPortfolio, RESOURCES, tempDir } from '../support/portfolio.ts';

// FIXED_NOW is 23.11.2026: T2 2026 (May–August) is over and can be closed; T1 2026 stays open.
const MEASURE = 5;
/** A status update written straight into the file, as a tool other than the app would. */
const raw = (date: string, reason: string | null = null, measure = MEASURE) =>
  'INSERT INTO status_updates (measure_id, status, assessment, author, effective_date, recorded_at, ' +
  `correction_reason) VALUES (${measure}, 'fullfort', 'gronn', 'x', '${date}', '2026-11-23T10:00:00Z', ` +
  `${reason === null ? 'NULL' : `'${reason}'`})`;

const tmp = tempDir('tiltak-file-rule-');
afterAll(() => tmp.cleanup());

describe('the file refuses a reasonless update that changes a closed period', () => {
  it('dated before the period with no newer update by its end; not when a newer one sets its end', async () => {
    const p = memoryPortfolio();
    await record(p, MEASURE, '2023-12-10');
    await call(p, 'periods:close', { period: '2026-T2' });
    expect(() => p.db.exec(raw('2026-03-01'))).toThrow(/needs a correction reason/);
    expect(() => p.db.exec(raw('2026-03-01', '  '))).toThrow(/needs a correction reason/);
    // Dated inside it, as before.
    expect(() => p.db.exec(raw('2026-06-01'))).toThrow(/needs a correction reason/);
    p.db.exec(raw('2026-03-01', 'Meldt for sent'));
    // A newer update on the period's last day sets its end: one dated before that changes no closed period.
    await record(p, MEASURE, '2026-08-31', { correctionReason: 'Rapportert for T2' });
    expect(() => p.db.exec(raw('2026-02-01'))).not.toThrow();
    // After the period's end, or before a period that is open again, no reason is needed.
    expect(() => p.db.exec(raw('2026-09-10'))).not.toThrow();
    await call(p, 'periods:reopen', { period: '2026-T2', reason: 'Feil i rapporten' });
    expect(() => p.db.exec(raw('2026-06-02'))).not.toThrow();
  });

  it('lets the core speak first: the Norwegian sentence at the field, nothing written', async () => {
    const p = memoryPortfolio();
    await record(p, MEASURE, '2023-12-10');
    await call(p, 'periods:close', { period: '2026-T2' });
    const e = await refused(p, 'status:record', {
      measureId: MEASURE,
      status: 'fullfort',
      assessment: 'gronn',
      effectiveDate: '2026-03-01',
    });
    expect(e.fields?.correctionReason).toBe(
      '01.03.2026 endrer statusen ved slutten av den lukkede perioden T2 2026. ' +
        'Skriv hvorfor statusen korrigeres etter lukking.',
    );
  });
});

describe('undo and redo of an update that changes a closed period', () => {
  it('undoes and redoes a correction without a comment: the redo keeps its own reason', async () => {
    const p = memoryPortfolio();
    await record(p, MEASURE, '2023-12-10');
    await call(p, 'periods:close', { period: '2026-T2' });
    await record(p, MEASURE, '2026-03-01', { status: 'fullfort', comment: '', correctionReason: 'Meldt av UD' });
    await call(p, 'history:undo', { scope: { kind: 'measure', id: MEASURE } });
    await call(p, 'history:redo', { scope: { kind: 'measure', id: MEASURE } });
    const history = await call<StatusUpdate[]>(p, 'status:history', { measureId: MEASURE });
    expect(history.slice(0, 3).map((u) => [u.status, u.comment, u.correctionReason])).toEqual([
      ['fullfort', '', 'Meldt av UD'],
      ['pagar', expect.stringMatching(/^Korrigering: angrer statusoppdateringen/), expect.any(String)],
      ['fullfort', '', 'Meldt av UD'],
    ]);
  });

  it('redoes an update that became a correction when the period was closed after it, saying what it is', async () => {
    const p = memoryPortfolio();
    await record(p, MEASURE, '2023-12-10');
    await record(p, MEASURE, '2026-03-01', { status: 'fullfort', comment: '' });
    await call(p, 'history:undo', { scope: { kind: 'measure', id: MEASURE } });
    await call(p, 'periods:close', { period: '2026-T2' });
    await call(p, 'history:redo', { scope: { kind: 'measure', id: MEASURE } });
    const [newest] = await call<StatusUpdate[]>(p, 'status:history', { measureId: MEASURE });
    expect(newest).toMatchObject({
      status: 'fullfort',
      comment: '',
      correctionReason: 'Gjør om en angret statusoppdatering datert 01.03.2026.',
    });
  });
});

describe('check: updates that changed a closed period without a reason', () => {
  const actor = { now: FIXED_NOW, user: 'Eldre versjon' };

  /** A file as the app made it at schema 16, where such an update was allowed: T2 2026 closed, then 01.03.2026. */
  function schema16File(name: string): string {
    const path = join(tmp.dir, name);
    const db = fileAtSchema(16, { path });
    recordCore(
      db,
      { measureId: MEASURE, status: 'pagar', assessment: 'gronn', comment: '', effectiveDate: '2023-12-10' },
      actor,
    );
    closePeriod(db, '2026-T2', actor);
    db.exec(raw('2026-03-01'));
    db.close();
    return path;
  }

  const latestVersion = loadMigrations(RESOURCES).at(-1)!.version;
  const check = async (path: string) => {
    const db = openPortfolioDb(path, { resourcesDir: RESOURCES });
    try {
      expect(schemaVersion(db)).toBe(latestVersion);
      return await call<CheckResult>(
        { db, path, readOnly: false, now: () => FIXED_NOW, user: () => 'Test' },
        'portfolio:check',
        {},
      );
    } finally {
      db.close();
    }
  };

  it('says an update recorded before the rule in a notice, not a problem; the CLI says ok beside it', async () => {
    const path = schema16File('skjema16.tilt');
    const r = await check(path);
    expect(r.problems).toEqual([]);
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0].replace(/^Statusoppdatering \d+ /, 'Statusoppdatering N ')).toBe(
      'Statusoppdatering N (datert 01.03.2026) endret statusen ved slutten av T2 2026 etter at perioden ble lukket, ' +
        'uten begrunnelse. Den ble registrert før programmet krevde begrunnelse for en slik korrigering, så filen er ' +
        'ikke feil, men den er ikke merket «korrigert etter lukking».',
    );
    const out = await cli('check', '--db', path);
    expect(out).toMatchObject({ code: 0, out: 'ok' });
    expect(out.err).toMatch(/^Merk: Statusoppdatering \d+ \(datert 01\.03\.2026\) endret statusen/);
  });

  it('calls one written around the trigger since a problem, and the file broken', async () => {
    const path = schema16File('rundt.tilt');
    await check(path); // migrated to 17: the rule holds from here
    const db = new BetterSqlite3(path);
    const trigger = db
      .prepare("SELECT sql FROM sqlite_schema WHERE name = 'status_updates_closed_period'")
      .pluck()
      .get();
    db.exec('DROP TRIGGER status_updates_closed_period');
    db.exec(raw('2026-02-01', null, 6)); // measure 6 has no update by T2's end
    db.exec(String(trigger));
    db.close();
    const r = await check(path);
    expect(r.problems.map((t) => t.replace(/^Statusoppdatering \d+ /, 'Statusoppdatering N '))).toEqual([
      'Statusoppdatering N er datert 01.02.2026 og endret statusen ved slutten av T2 2026 etter at perioden ble ' +
        'lukket, uten begrunnelse.',
    ]);
    expect(r.notices).toHaveLength(1);
    expect((await cli('check', '--db', path)).code).toBe(1);
  });

  it('says nothing of a correction with a reason, or of an update a newer one superseded by the end', async () => {
    const p = memoryPortfolio();
    await record(p, MEASURE, '2023-12-10');
    await record(p, MEASURE, '2026-08-31');
    await call(p, 'periods:close', { period: '2026-T2' });
    await record(p, MEASURE, '2026-03-01');
    await record(p, 6, '2026-03-01', { correctionReason: 'Meldt for sent' });
    expect(await call<CheckResult>(p, 'portfolio:check', {})).toEqual({ problems: [], notices: [] });
  });
});
