// The status table as of a date in English (`export --as-of … --lang en`, Rapporter › Statustabell › Engelsk): written
// by the CLI in every format and read back by independent readers (jszip + WordprocessingML, exceljs, an RFC 4180
// parser, pdftotext). Headings, statuses, dates, amounts, group headings, plan names and placeholder titles are in
// English; measure titles, comments and names stay as stored; the bokmål edition says «Ikke plassert» as the app does.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fieldDef, REPORT_FIELD_KEYS } from '../../shared/domain/measure-fields.ts';
import { LABELS_NB } from '../../shared/i18n/labels-nb.ts';
import { call } from '../support/api.ts';
import { cli } from '../support/cli.ts';
import { fileContext, FIXED_NOW, portfolioFile, tempDir } from '../support/portfolio.ts';
import { parseCsv, pdfText, readDocx, readXlsx, sheetRows } from '../support/read-exports.ts';

vi.setConfig({ testTimeout: 120_000 });

/** Bokmål the app writes itself, none of which may be left in the English edition. */
const BOKMAL = [
  /Status for tiltak/,
  /Per dato/,
  /Datagrunnlag/,
  /Gruppert etter/,
  /Registrerte data/,
  /Ingen status registrert/,
  /Ikke plassert/,
  /Pågår/,
  /\bGul\b/,
  /Sist oppdatert/,
  /Bevilget/,
  /Handlingsplanen \d/,
  /Strategien \d/,
  /\bTiltak \d/,
  /tittel ikke fylt inn/,
  /\bkr\b/,
  /\d{2}\.\d{2}\.\d{4}/,
  /[Ss]ide \d+ av/,
  /Om rapporten/,
];

describe('the status table in English (export --as-of … --lang en)', () => {
  const tmp = tempDir();
  const db = portfolioFile(tmp.dir, 'p.tilt');
  const COLUMNS = 'number,title,part,owner,status,assessment,comment,lastUpdated,budget';

  beforeAll(async () => {
    const ctx = fileContext(db, { now: () => FIXED_NOW, user: () => 'Kari' });
    await call(ctx, 'status:record', {
      measureId: 16,
      status: 'pagar',
      assessment: 'gul',
      comment: 'Forsinket av anbud',
      effectiveDate: '2025-06-01',
    });
    await call(ctx, 'budget:add', { measureId: 16, year: 2025, allocatedNok: 12_500_000, spentNok: null });
    ctx.db.close();
  });
  afterAll(() => tmp.cleanup());

  const write = async (format: string, ...extra: string[]) => {
    const file = join(tmp.dir, `st-${format}-${extra.join('')}.${format}`);
    const args = ['export', '--db', db, '--format', format, '--as-of', '2025-08-31', '--columns', COLUMNS];
    const r = await cli(...args, '--out', file, ...extra);
    expect(r).toMatchObject({ code: 0, out: `Skrev ${file}`, err: '' });
    return readFileSync(file);
  };
  const expectNoBokmal = (text: string) => {
    for (const word of BOKMAL) expect(text, String(word)).not.toMatch(word);
  };

  it('DOCX: English title, facts, headings, cells and footer; the title and comment as written', async () => {
    const bytes = await write('docx', '--lang', 'en');
    const doc = await readDocx(bytes);
    // Word checks the spelling in English (the bokmål edition is nb-NO).
    const styles = async (docx: Buffer) => (await JSZip.loadAsync(docx)).file('word/styles.xml')!.async('string');
    expect(await styles(bytes)).toMatch(/<w:lang w:val="en-GB"\/>/);
    expect(await styles(await write('docx'))).toMatch(/<w:lang w:val="nb-NO"\/>/);
    const all = [doc.paragraphs.join('\n'), ...doc.tables.flatMap((t) => t.rows.flat())].join('\n');
    expect(doc.paragraphs).toEqual(
      expect.arrayContaining([
        'Status of measures against human trafficking',
        'As of: 31 August 2025',
        'Grouped by: Main part / focus area',
        'Each measure is shown as it was recorded on 31 August 2025.',
        'Not placed',
      ]),
    );
    const head = doc.tables[0].rows[0];
    expect(head).toEqual([
      'No.',
      'Measure',
      'Responsible ministry',
      'Status',
      'Assessment',
      'Comment',
      'Last updated',
      'Allocated 2025',
    ]);
    const m16 = doc.tables.flatMap((t) => t.rows).find((r) => r[0] === '16')!;
    expect(m16[1]).toMatch(/^Veilede og informere helse- og omsorgspersonell/);
    expect(m16.slice(2)).toEqual([
      'HOD',
      'In progress',
      'Yellow (at risk)',
      'Forsinket av anbud',
      '1 Jun 2025',
      'NOK 12,500,000',
    ]);
    expect(doc.tables.flatMap((t) => t.rows).find((r) => r[0] === '5')![1]).toBe('Measure 5 (title not filled in)');
    expectNoBokmal(all.replace(/Veilede og informere[^\n]*/, ''));
  });

  it('XLSX: English sheets, headings and cells, the amount as NOK in a column wide enough for it', async () => {
    const wb = await readXlsx(await write('xlsx', '--lang', 'en'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['About the report', 'Action plan 2016', 'Strategy 2025–2030']);
    const about = sheetRows(wb.getWorksheet('About the report')!).map((r) => r.values);
    expect(about.map((r) => r[0])).toEqual(
      expect.arrayContaining(['As of', 'Data', 'Made', 'Plans', 'Grouped by', 'The tables show']),
    );
    const plan = wb.getWorksheet('Action plan 2016')!;
    const rows = sheetRows(plan);
    expect(rows[0].values).toEqual([
      'No.',
      'Measure',
      'Main part',
      'Responsible ministry',
      'Status',
      'Assessment',
      'Comment',
      'Last updated',
      'Allocated 2025',
    ]);
    const m16 = rows.find((r) => r.values[0] === 16)!;
    expect(m16.values.slice(4, 6)).toEqual(['In progress', 'Yellow (at risk)']);
    expect(m16.values[8]).toBe(12_500_000);
    expect(m16.formats[8]).toBe('"NOK" #,##0');
    expect(m16.formats[7]).toBe('[$-809]d mmm yyyy');
    expect(plan.getColumn(9).width).toBeGreaterThanOrEqual('NOK 12,500,000'.length + 2);
    expect(rows.find((r) => r.values[0] === 5)!.values[1]).toBe('Measure 5 (title not filled in)');
    expectNoBokmal(JSON.stringify([about, rows.map((r) => r.values)]).replace(/Veilede og informere[^"]*/, ''));
  });

  it('CSV: English headings and cells, the same rows as the bokmål edition', async () => {
    const en = parseCsv((await write('csv', '--lang', 'en')).toString('utf8').slice(1));
    const nb = parseCsv((await write('csv')).toString('utf8').slice(1));
    expect(en[0].slice(0, 3)).toEqual(['Plan', 'No.', 'Measure']);
    expect(en.map((r) => r[1])).toEqual(nb.map((r) => (r[1] === 'Nr.' ? 'No.' : r[1])));
    expect(en.find((r) => r[1] === '16')!.slice(5, 9)).toEqual([
      'In progress',
      'Yellow (at risk)',
      'Forsinket av anbud',
      '1 Jun 2025',
    ]);
    expect(nb.find((r) => r[1] === '16')!.slice(5, 9)).toEqual([
      'Pågår',
      'Gul (risiko)',
      'Forsinket av anbud',
      '01.06.2025',
    ]);
    expect(nb.find((r) => r[1] === '5')![2]).toBe('Tiltak 5 (tittel ikke fylt inn)');
  });

  it('PDF: English throughout, «Page 1 of N» in the footer', async () => {
    const text = pdfText(await write('pdf', '--lang', 'en'));
    expect(text).toContain('Status of measures against human trafficking');
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).toContain('NOK 12,500,000');
    expectNoBokmal(text.replace(/Veilede og informere[\s\S]*?tjenester/, ''));
  });

  it('names the file in English, and refuses --lang for JSON (the archive has no language)', async () => {
    const ctx = fileContext(db, { now: () => FIXED_NOW, user: () => 'Kari' });
    const named = async (lang?: string) =>
      (await call<{ fileName: string }>(ctx, 'reports:export', { format: 'docx', asOf: '2025-08-31', lang })).fileName;
    expect(await named('en')).toBe('status-table-as-of-2025-08-31.docx');
    expect(await named()).toBe('statustabell-per-2025-08-31.docx');
    ctx.db.close();
    const file = join(tmp.dir, 'st.json');
    const r = await cli(
      'export',
      '--db',
      db,
      '--format',
      'json',
      '--as-of',
      '2025-08-31',
      '--lang',
      'en',
      '--out',
      file,
    );
    expect(r.code).not.toBe(0);
    expect(r.err).toBe('JSON er arkivformatet og er likt på alle språk: ta bort --lang.');
    expect(existsSync(file)).toBe(false);
    const de = await cli(
      'export',
      '--db',
      db,
      '--format',
      'csv',
      '--as-of',
      '2025-08-31',
      '--lang',
      'de',
      '--out',
      file,
    );
    expect(de.code).not.toBe(0);
    expect(de.err).toMatch(/Ukjent språk/);
  });
});

describe('the status table’s bokmål column headings', () => {
  it('are the field registry’s labels for reports, so the table and the measure page never differ', () => {
    for (const k of REPORT_FIELD_KEYS) expect(LABELS_NB.statusTable.columns[k]).toBe(fieldDef(k).report!.label);
  });
});
