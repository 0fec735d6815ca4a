// A whole input round from the CLI, without the UI: round new, round forms, round import --dry-run (writes nothing),
// --accept-all refused on a rule break (one line, exit 1) and accepted on a clean answer (after an import backup),
// the same file again changing nothing, and round status.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { listBackups } from '../../electron/core/files/index.ts';
import { FORM_SHEET } from '../../shared/domain/rounds.ts';
import { cli } from '../support/cli.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { fillForm } from '../support/rounds.ts';

vi.setConfig({ testTimeout: 120_000 });
const tmp = tempDir('tiltak-cli-rounds-');
afterAll(() => tmp.cleanup());
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('npm run cli -- round', () => {
  it('does a whole round: new, forms, import --dry-run, --accept-all, status', async () => {
    const db = portfolioFile(tmp.dir, 'runde.tilt', true);
    const made = await cli('round', 'new', '--db', db, '--period', '2026-T3', '--deadline', '2099-12-15');
    expect(made).toMatchObject({ code: 0, err: '' });
    expect(made.out).toMatch(/^Laget innspillsrunde 1 for T3 2026 med frist 15\.12\.2099: .*HOD \(\d+ tiltak\)/);
    const out = join(tmp.dir, 'skjemaer');
    await import('node:fs').then((fs) => fs.mkdirSync(out));
    const forms = await cli('round', 'forms', '--db', db, '--round', '1', '--out', out);
    expect(forms.code).toBe(0);
    expect(readdirSync(out)).toContain('Innspill T3 2026 – HOD.xlsx');
    const form = readFileSync(join(out, 'Innspill T3 2026 – HOD.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(form as unknown as ArrayBuffer);
    const ids: number[] = [];
    wb.getWorksheet(FORM_SHEET)!.eachRow((r, n) => void (n > 1 && ids.push(Number(r.getCell(1).value))));

    const broken = join(tmp.dir, 'svar-med-feil.xlsx');
    writeFileSync(broken, await fillForm(form, { [ids[0]]: { 'Ny vurdering': 'Rød' } }));
    const before = sha(db);
    const dry = await cli('round', 'import', '--db', db, '--round', '1', '--dry-run', broken);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('REGELBRUDD: Gul og rød vurdering må begrunnes: skriv en kommentar.');
    expect(dry.out).toMatch(/Prøvekjøring: ingenting er lagret\.$/);
    expect(sha(db)).toBe(before);
    // As its own process, as a script runs it: it ends once it has answered (a parse worker must not keep it alive).
    const own = execFileSync(
      process.execPath,
      ['electron/core/cli/main.ts', 'round', 'import', '--db', db, '--round', '1', '--dry-run', broken],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(own).toMatch(/Prøvekjøring: ingenting er lagret\.\n$/);
    const refusedAll = await cli('round', 'import', '--db', db, '--round', '1', '--accept-all', broken);
    expect(refusedAll.code).toBe(1);
    expect(refusedAll.err).toBe(
      'Svaret har 1 endring med regelbrudd, så ingenting er godtatt: avvis dem i programmet (Innspill), ' +
        'eller be om et rettet svar.',
    );

    const good = join(tmp.dir, 'Svar HOD.xlsx');
    writeFileSync(
      good,
      await fillForm(form, {
        [ids[0]]: { 'Ny vurdering': 'Rød', Kommentar: 'Mangler midler.', 'Rapportert av': 'Hanne Helse' },
      }),
    );
    const accepted = await cli('round', 'import', '--db', db, '--round', '1', '--accept-all', good);
    expect(accepted).toMatchObject({ code: 0, err: '' });
    expect(accepted.out).toMatch(/Godtok 1 endring på 1 tiltak fra HOD\.$/);
    expect(listBackups(db).some((b) => b.reason === 'import')).toBe(true);
    const afterAccept = sha(db);
    const again = await cli('round', 'import', '--db', db, '--round', '1', '--accept-all', good);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/Denne filen ble lest inn .*; ingenting er endret nå \(svaret er godtatt\)\.$/);
    // The decided answer as it was decided: the change named godtatt, the rating before and in the answer.
    expect(again.out).toMatch(/\n {2}Statusoppdatering – godtatt\n {4}Vurdering: \S.* → Rød\n/);
    expect(again.out).not.toContain('KONFLIKT');
    expect(sha(db)).toBe(afterAccept);

    const status = await cli('round', 'status', '--db', db, '--round', '1');
    expect(status.out).toMatch(/HOD +\d+ tiltak {2}godtatt /);
    expect(status.out).toMatch(/JD +\d+ tiltak {2}skjema laget /);
  });

  it('refuses a file that is not an answer in one sentence, and an unknown subcommand', async () => {
    const db = portfolioFile(tmp.dir, 'tom.tilt', true);
    await cli('round', 'new', '--db', db, '--period', '2026-T3', '--deadline', '2099-12-15');
    const csv = join(tmp.dir, 'svar.csv');
    writeFileSync(csv, 'Tiltak;Status\n1;Pågår\n');
    const r = await cli('round', 'import', '--db', db, '--round', '1', csv);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'Filen er tekst (for eksempel CSV), ikke en Excel-arbeidsbok. Lagre svaret som Excel-arbeidsbok (.xlsx) ' +
        'og les det inn på nytt.',
    );
    const u = await cli('round', 'begin');
    expect(u.code).toBe(2);
    expect(u.err).toBe(
      'Ukjent kommando «round begin». Kommandoene er round new, round forms, round import, round status.',
    );
  });
});
