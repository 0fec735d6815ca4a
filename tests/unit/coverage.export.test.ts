// The coverage table in every format, written by `npm run cli -- coverage` and read back by independent readers
// (jszip + WordprocessingML, exceljs, an RFC 4180 parser, pdftotext, JSON.parse): the counts match the database.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageResult } from '../../shared/api/obligations.contract.ts';
import type { Obligation } from '../../shared/domain/obligations.ts';
import { openPortfolioDb } from '../../electron/core/db/open.ts';
import { coverage } from '../../electron/core/services/coverage.service.ts';
import { call } from '../support/api.ts';
import { cli } from '../support/cli.ts';
import { fileContext, FIXED_NOW, portfolioFile, RESOURCES, tempDir } from '../support/portfolio.ts';
import { parseCsv, pdfPages, readDocx, readXlsx } from '../support/read-exports.ts';

const PERIOD_END = '2025-08-31';

describe('the coverage table (npm run cli -- coverage)', () => {
  const tmp = tempDir();
  const db = portfolioFile(tmp.dir, 'p.tilt');
  const out = (name: string) => join(tmp.dir, name);
  let expected: CoverageResult;

  beforeAll(async () => {
    const ctx = fileContext(db, { now: () => FIXED_NOW, user: () => 'Kari' });
    const id = async (code: string) =>
      (await call<Obligation[]>(ctx, 'obligations:list', {})).find((o) => o.code === code)!.id;
    const link = async (code: string, measureId: number, note = '') =>
      call(ctx, 'obligations:link', { obligationId: await id(code), measureId, note });
    const status = (measureId: number, s: string, a: string, date: string) =>
      call(ctx, 'status:record', { measureId, status: s, assessment: a, comment: 'Forsinket', effectiveDate: date });
    await link('G3-01', 5, 'Politiets menneskehandelsgrupper');
    await link('G3-01', 16);
    await link('G3-01', 30); // the strategy's measure 4
    await link('G2-04', 16);
    await link('G3-02', 7, '=SUM(A1:A2)');
    await status(5, 'pagar', 'gronn', '2025-03-01');
    await status(16, 'pagar', 'gul', '2025-06-01');
    await status(7, 'pagar', 'gronn', '2025-10-01'); // after the period: G3-02 is not under way in T2 2025
    await call(ctx, 'obligations:update', {
      id: await id('G2-04'),
      version: 1,
      changes: { text: 'Egen henvisningsmekanisme for barn' },
    });
    ctx.db.close();
    const read = openPortfolioDb(db, { resourcesDir: RESOURCES });
    expected = coverage(read, { filter: { asOf: PERIOD_END }, includeRetired: false }, FIXED_NOW);
    read.close();
  });
  afterAll(() => tmp.cleanup());

  const write = async (format: string, ...extra: string[]) => {
    const file = out(`dekning-${format}-${extra.join('')}.${format}`);
    const r = await cli('coverage', '--db', db, '--format', format, '--out', file, ...extra);
    expect(r).toMatchObject({ code: 0, out: `Skrev ${file}`, err: '' });
    return readFileSync(file);
  };

  it('has the counts the database gives for T2 2025', () => {
    expect(expected.counts).toEqual({ 'ingen-tiltak': 6, 'ikke-i-gang': 1, 'gul-rod': 2, 'godt-dekket': 0 });
  });

  it('DOCX: the title with the period, the counts, and one row per obligation under a repeating header', async () => {
    const doc = await readDocx(await write('docx', '--period', '2025-T2'));
    expect(doc.paragraphs[0]).toBe('Dekning av forpliktelser for T2 2025 (mai–august), per 31.08.2025');
    expect(doc.paragraphs).toContain('Datagrunnlag: Registrerte data');
    const [summary, table] = doc.tables;
    expect(summary.rows).toEqual([
      ['Dekning', 'Forpliktelser'],
      ['Ingen tiltak', '6'],
      ['Bare tiltak som ikke er startet eller er avbrutt', '1'],
      ['Tiltak med gul eller rød vurdering', '2'],
      ['Godt dekket', '0'],
      ['I alt', '9'],
    ]);
    expect(table.headerRows).toBe(1);
    expect(table.rows[0]).toEqual(['Id', 'Forpliktelse', 'Kilde', 'Styrke', 'Dekning', 'Tiltak og status']);
    expect(table.rows.slice(1).map((r) => r[0])).toEqual(expected.obligations.map((o) => o.code));
    const g301 = table.rows.find((r) => r[0] === 'G3-01')!;
    expect(g301[3]).toBe('oppfordrer sterkt (urges)');
    expect(g301[4]).toBe('Tiltak med gul eller rød vurdering');
    expect(g301[5].split('\n')).toEqual([
      '• Handlingsplanen 2016, tiltak 5 (tittel ikke fylt inn) – Pågår, Grønn (på sporet)',
      'Merknad: Politiets menneskehandelsgrupper',
      '• Handlingsplanen 2016, tiltak 16: Veilede og informere helse- og omsorgspersonell om ofres rett til helse- ' +
        'og omsorgstjenester – Pågår, Gul (risiko)',
      '• Strategien 2025–2030, tiltak 4 (tittel ikke fylt inn) – Ingen status registrert',
    ]);
    const g204 = table.rows.find((r) => r[0] === 'G2-04')!;
    expect(g204[1].split('\n')).toEqual([
      'Egen henvisningsmekanisme for barn',
      'Kildens tekst: Egen henvisningsmekanisme for barn, med barnefaglig kompetanse og barnets beste',
    ]);
    expect(table.rows.find((r) => r[0] === 'G3-05')![1]).toBe(
      'Erstatning til ofre, fra staten og fra gjerningsperson\nMerk: tekst ikke verifisert',
    );
    expect(table.rows.find((r) => r[0] === 'G2-01')![5]).toBe('Ingen tiltak er koblet til forpliktelsen.');
  });

  it('XLSX: a sheet about the table with the counts, and one typed row per obligation and measure', async () => {
    const bytes = await write('xlsx', '--period', '2025-T2');
    const wb = await readXlsx(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Om tabellen', 'Dekning']);
    const about = wb.getWorksheet('Om tabellen')!;
    const aboutRows = about.getSheetValues().filter(Boolean) as unknown[][];
    expect(aboutRows.map((r) => r.slice(1))).toContainEqual(['Tiltak med gul eller rød vurdering', 2]);
    const sheet = wb.getWorksheet('Dekning')!;
    const rows = (sheet.getSheetValues().filter(Boolean) as unknown[][]).map((r) => r.slice(1));
    expect(rows[0]).toEqual([
      'Id',
      'Forpliktelse',
      'Merknad om teksten',
      'Kilde',
      'Kildehenvisning',
      'Styrke',
      'Dekning',
      'Plan',
      'Tiltak nr.',
      'Tiltak',
      'Status',
      'Vurdering',
      'Merknad til koblingen',
    ]);
    const measures = expected.obligations.reduce((n, o) => n + Math.max(1, o.measures.length), 0);
    expect(rows).toHaveLength(1 + measures);
    const g301 = rows.filter((r) => r[0] === 'G3-01');
    expect(g301.map((r) => [r[8], r[10], r[11]])).toEqual([
      [5, 'Pågår', 'Grønn (på sporet)'],
      [16, 'Pågår', 'Gul (risiko)'],
      [4, 'Ingen status registrert', undefined],
    ]);
    // Stored text stays text: a note that looks like a formula is a string cell with the Text format.
    const cell = sheet.getRow(rows.findIndex((r) => r[0] === 'G3-02') + 1).getCell(13);
    expect(cell.value).toBe('=SUM(A1:A2)');
    expect(cell.numFmt).toBe('@');
    // … and Excel's own quote prefix on that text style, as the register's XLSX has, so editing keeps it as written.
    const styles = await (await JSZip.loadAsync(bytes)).file('xl/styles.xml')!.async('string');
    expect(styles).toMatch(/<xf\b[^>]*numFmtId="49"[^>]*quotePrefix="1"/);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('CSV: UTF-8 with BOM and semicolons; a formula-like note is neutralised', async () => {
    const text = (await write('csv', '--as-of', PERIOD_END)).toString('utf8');
    expect(text.startsWith('\ufeffId;Forpliktelse;')).toBe(true);
    const rows = parseCsv(text.slice(1)).slice(1);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(expected.obligations.map((o) => o.code)));
    expect(rows.find((r) => r[0] === 'G3-02')![12]).toBe("'=SUM(A1:A2)");
    expect(rows.filter((r) => r[6] === 'Ingen tiltak')).toHaveLength(6);
  });

  it('JSON: the codes and counts of the database, a status null where none was registered', async () => {
    const doc = JSON.parse((await write('json', '--period', '2025-T2')).toString('utf8')) as Record<string, unknown>;
    expect(doc).toMatchObject({ schema: 'tiltaksportefolje/coverage@1', asOf: PERIOD_END, period: '2025-T2' });
    expect(doc.counts).toEqual(expected.counts);
    const obligations = doc.obligations as { code: string; coverage: string; measures: { status: unknown }[] }[];
    expect(obligations.map((o) => [o.code, o.coverage])).toEqual(expected.obligations.map((o) => [o.code, o.coverage]));
    expect(obligations.find((o) => o.code === 'G3-01')!.measures.map((m) => m.status)).toEqual([
      'pagar',
      'pagar',
      null,
    ]);
  });

  it('PDF: tagged, landscape, the same rows, and a footer on every page', async () => {
    const { info, pages } = pdfPages(await write('pdf', '--period', '2025-T2'));
    expect(info.Tagged).toBe('yes');
    const text = pages.join('\n');
    expect(text.replace(/\s+/g, ' ')).toContain('Dekning av forpliktelser for T2 2025 (mai–august), per 31.08.2025');
    for (const o of expected.obligations) expect(text).toContain(o.code);
    expect(text).toMatch(/Tiltak med gul eller rød\s+vurdering\s+2/);
    pages.forEach((page, i) => expect(page).toContain(`Side ${i + 1} av ${pages.length}`));
  }, 30_000); // launches a real Chromium, slow on a busy machine

  it('refuses bad input in one sentence, with a non-zero exit, and writes nothing', async () => {
    const cases: [string[], RegExp][] = [
      [['--as-of', '2025-01-01', '--period', '2025'], /^--period: Velg enten en dato eller en periode, ikke begge\.$/],
      [['--period', '2025-T4'], /^--period: Ugyldig periode: skriv et år \(2025\) eller et tertial \(2025-T2\)\.$/],
      [['--plan', 'ukjent'], /^--plan: Ukjent plan «ukjent»\./],
      [['--format', 'pptx'], /^--format: Ukjent format\./],
    ];
    for (const [args, message] of cases) {
      const file = out('nei.docx');
      const r = await cli('coverage', '--db', db, '--format', 'docx', '--out', file, ...args);
      expect(r.code).not.toBe(0);
      expect(r.err).toMatch(message);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(() => readFileSync(file)).toThrow();
    }
    const onPortfolio = await cli('coverage', '--db', db, '--format', 'csv', '--out', db);
    expect(onPortfolio.code).toBe(1);
    expect(onPortfolio.err).toMatch(/porteføljefil|portefølje/);
  });
});
