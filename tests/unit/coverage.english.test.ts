// The coverage table's English edition (issue 16, «with the report pack's English edition»): `coverage --lang en`
// written by the CLI in every format and read back by independent readers (jszip + WordprocessingML, exceljs, an
// RFC 4180 parser, pdftotext, JSON.parse). Headings, class names, strength words, notes, dates and footers are in
// English; obligation texts, citations, plan names and measure titles stay as stored; no bokmål label is left; the
// bokmål edition is what it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../shared/api/reports.contract.ts';
import type { Obligation } from '../../shared/domain/obligations.ts';
import { ASSESSMENT_LABELS, STATUS_LABELS } from '../../shared/domain/vocabulary.ts';
import { LABELS_EN } from '../../shared/i18n/labels-en.ts';
import { LABELS_NB } from '../../shared/i18n/labels-nb.ts';
import { call } from '../support/api.ts';
import { cli } from '../support/cli.ts';
import { fileContext, FIXED_NOW, portfolioFile, tempDir } from '../support/portfolio.ts';
import { parseCsv, pdfPages, readDocx, readXlsx } from '../support/read-exports.ts';

/** Every string in a labels object (functions left out: their fixed words are checked through BOKMAL_PHRASES). */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

const ENGLISH = new Set(strings(LABELS_EN));
/** The bokmål words the coverage table prints itself; those spelt the same in English («Plan», «Status») excepted. */
const BOKMAL_LABELS = [
  ...strings(LABELS_NB.coverage),
  ...Object.values(STATUS_LABELS),
  ...Object.values(ASSESSMENT_LABELS),
  LABELS_NB.asOf,
  LABELS_NB.dataset,
  LABELS_NB.plans,
  LABELS_NB.madeAt,
  LABELS_NB.realData,
  LABELS_NB.exampleData,
  LABELS_NB.page,
  'tekst ikke verifisert',
].filter((s) => s.length > 1 && !ENGLISH.has(s) && s !== 'dekning-forpliktelser');
/** The fixed words of the bokmål phrases (measure names, notes, periods, dates). */
const BOKMAL_PHRASES = [
  /, tiltak \d/,
  /Merknad: /,
  /Merk: /,
  /Kildens tekst: /,
  /runde \d/,
  /Alle planer/,
  /mai–august/,
  /\bper \d/,
  /\bkl\. \d/,
  /\d{2}\.\d{2}\.\d{4}/,
  /[Ss]ide \d+ av \d+/,
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the coverage table in English (coverage --lang en)', () => {
  const tmp = tempDir();
  const db = portfolioFile(tmp.dir, 'p.tilt');
  let stored: string[] = [];

  beforeAll(async () => {
    const ctx = fileContext(db, { now: () => FIXED_NOW, user: () => 'Kari' });
    const list = await call<Obligation[]>(ctx, 'obligations:list', {});
    const id = (code: string) => list.find((o) => o.code === code)!.id;
    const link = (code: string, measureId: number, note = '') =>
      call(ctx, 'obligations:link', { obligationId: id(code), measureId, note });
    await link('G3-01', 5, 'Politiets menneskehandelsgrupper');
    await link('G3-01', 16);
    await link('G3-01', 30); // the strategy's measure 4
    await link('G2-04', 16);
    await call(ctx, 'status:record', {
      measureId: 5,
      status: 'pagar',
      assessment: 'gronn',
      comment: '',
      effectiveDate: '2025-03-01',
    });
    await call(ctx, 'status:record', {
      measureId: 16,
      status: 'pagar',
      assessment: 'gul',
      comment: 'Forsinket',
      effectiveDate: '2025-06-01',
    });
    await call(ctx, 'obligations:update', {
      id: id('G2-04'),
      version: 1,
      changes: { text: 'Egen henvisningsmekanisme for barn' },
    });
    // The stored text the edition leaves as written: obligation texts and citations, plan and measure names, notes.
    const obligations = await call<Obligation[]>(ctx, 'obligations:list', {});
    const plans = await call<{ title: string; shortName: string }[]>(ctx, 'plans:list', {});
    const measures = await call<{ title: string }[]>(ctx, 'measures:list', {});
    stored = [
      ...obligations.flatMap((o) => [o.text, o.sourceText ?? '', o.sourceRef ?? '']),
      ...plans.flatMap((p) => [p.title, p.shortName]),
      ...measures.map((m) => m.title),
      'Politiets menneskehandelsgrupper',
    ]
      .filter((s) => s.length > 0)
      .sort((a, b) => b.length - a.length);
    ctx.db.close();
  });
  afterAll(() => tmp.cleanup());

  const write = async (format: string, ...extra: string[]) => {
    const file = join(tmp.dir, `coverage-${format}-${extra.join('')}.${format}`);
    const r = await cli('coverage', '--db', db, '--format', format, '--out', file, ...extra);
    expect(r).toMatchObject({ code: 0, out: `Skrev ${file}`, err: '' });
    return readFileSync(file);
  };

  /** What is left of a file's text once the stored text is taken out: the edition's own words. */
  const ownWords = (text: string) => stored.reduce((t, s) => t.replaceAll(s, ' '), text.replace(/\s+/g, ' '));
  const expectNoBokmal = (text: string) => {
    const own = ownWords(text);
    for (const label of BOKMAL_LABELS)
      expect(own, `bokmål «${label}»`).not.toMatch(new RegExp(`(?<!\\p{L})${escape(label)}(?!\\p{L})`, 'u'));
    for (const phrase of BOKMAL_PHRASES) expect(own, `bokmål ${phrase}`).not.toMatch(phrase);
  };

  it('the word lists are what the test thinks they are', () => {
    // A bokmål label the English edition still printed would go unnoticed if the list were empty or English.
    expect(BOKMAL_LABELS).toEqual(expect.arrayContaining(['Forpliktelse', 'Godt dekket', 'I alt', 'Pågår']));
    expect(BOKMAL_LABELS).not.toContain('Status');
  });

  it('DOCX: English title, meta, summary, table headings, class names, strength words, notes and footer', async () => {
    const bytes = await write('docx', '--period', '2025-T2', '--lang', 'en');
    const doc = await readDocx(bytes);
    expect(doc.paragraphs[0]).toBe('Coverage of obligations for T2 2025 (May–August), as of 31 August 2025');
    expect(doc.paragraphs).toContain('As of: 31 August 2025');
    expect(doc.paragraphs).toContain('Data: Recorded data');
    expect(doc.paragraphs).toEqual(expect.arrayContaining(['Coverage in numbers', 'By obligation']));
    const [summary, table] = doc.tables;
    expect(summary.rows).toEqual([
      ['Coverage', 'Obligations'],
      ['No measure', '7'],
      ['Only measures not started or cancelled', '0'],
      ['Measures assessed yellow or red', '2'],
      ['Well covered', '0'],
      ['Total', '9'],
    ]);
    expect(table.headerRows).toBe(1);
    expect(table.rows[0]).toEqual(['ID', 'Obligation', 'Source', 'Strength', 'Coverage', 'Measures and status']);
    const row = (code: string) => table.rows.find((r) => r[0] === code)!;
    expect(row('G3-01')[2].split('\n')[0]).toBe('GRETA, round 3 (2022)');
    expect(row('G3-01')[3]).toBe('urges');
    expect(row('G3-02')[3]).toBe('considers … should');
    expect(row('G3-03')[3]).toBe('not given in the source');
    expect(row('G3-01')[4]).toBe('Measures assessed yellow or red');
    expect(row('G3-01')[5].split('\n')).toEqual([
      '• Action plan 2016, measure 5 (title not filled in) – In progress, Green (on track)',
      'Note: Politiets menneskehandelsgrupper',
      '• Action plan 2016, measure 16: Veilede og informere helse- og omsorgspersonell om ofres rett til helse- ' +
        'og omsorgstjenester – In progress, Yellow (at risk)',
      '• Strategy 2025–2030, measure 4 (title not filled in) – No status recorded',
    ]);
    // The obligation's text stays as the source gives it; the reference's caveat and the source's words are named.
    expect(row('G2-04')[1].split('\n')).toEqual([
      'Egen henvisningsmekanisme for barn',
      'Source text: Egen henvisningsmekanisme for barn, med barnefaglig kompetanse og barnets beste',
    ]);
    expect(row('G3-05')[1]).toBe('Erstatning til ofre, fra staten og fra gjerningsperson\nCaveat: text not verified');
    expect(row('G2-01')[5]).toBe('No measure is linked to the obligation.');
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('word/styles.xml')!.async('string')).toMatch(/<w:lang w:val="en-GB"\/>/);
    const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
    const footer = (await Promise.all(footers.map((f) => zip.file(f)!.async('string')))).join('');
    expect(footer).toContain('Recorded data · page ');
    expect(footer).toContain('> of <');
    expectNoBokmal([doc.paragraphs.join('\n'), ...doc.tables.flatMap((t) => t.rows.flat())].join('\n'));
  });

  it('XLSX: English sheets, headings and class names; dates as 31 August 2025', async () => {
    const wb = await readXlsx(await write('xlsx', '--period', '2025-T2', '--lang', 'en'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['About', 'Coverage']);
    const values = (ws: ExcelJS.Worksheet) =>
      (ws.getSheetValues().filter(Boolean) as unknown[][]).map((r) => r.slice(1));
    const about = values(wb.getWorksheet('About')!);
    expect(about).toContainEqual(['Measures assessed yellow or red', 2]);
    expect(about).toContainEqual(['Coverage', 'Obligations']);
    expect(about.map((r) => r[0])).toEqual(expect.arrayContaining(['As of', 'Data', 'Plans', 'The table shows']));
    expect(wb.getWorksheet('About')!.getCell('B3').numFmt).toBe('d mmmm yyyy');
    const rows = values(wb.getWorksheet('Coverage')!);
    expect(rows[0]).toEqual([
      'ID',
      'Obligation',
      'Note on the text',
      'Source',
      'Source reference',
      'Strength',
      'Coverage',
      'Plan',
      'Measure no.',
      'Measure',
      'Status',
      'Assessment',
      'Note on the link',
    ]);
    expect(rows.filter((r) => r[0] === 'G3-01').map((r) => [r[5], r[6], r[8], r[10], r[11]])).toEqual([
      ['urges', 'Measures assessed yellow or red', 5, 'In progress', 'Green (on track)'],
      ['urges', 'Measures assessed yellow or red', 16, 'In progress', 'Yellow (at risk)'],
      ['urges', 'Measures assessed yellow or red', 4, 'No status recorded', undefined],
    ]);
    expect(rows.find((r) => r[0] === 'G3-05')![2]).toBe('text not verified');
    const text = [...about, ...rows].flat().filter((v) => typeof v === 'string');
    expectNoBokmal(text.join('\n'));
  });

  it('CSV: English headings and class names, the same rows as the bokmål edition', async () => {
    const en = parseCsv((await write('csv', '--as-of', '2025-08-31', '--lang', 'en')).toString('utf8').slice(1));
    const nb = parseCsv((await write('csv', '--as-of', '2025-08-31')).toString('utf8').slice(1));
    expect(en[0]).toEqual(LABELS_EN.coverage.flatColumns);
    expect(en.map((r) => r[0])).toEqual(nb.map((r) => (r[0] === 'Id' ? 'ID' : r[0])));
    expect(en.filter((r) => r[6] === 'No measure')).toHaveLength(7);
    // Stored text is the same in both editions: the obligation's text, the citation, the measure's number and a title
    // someone wrote. The app's own words are in the edition's: the plan's short name, a title not filled in.
    const storedCells = (r: string[]) => [r[1], r[4], r[8], r[12]];
    expect(en.slice(1).map(storedCells)).toEqual(nb.slice(1).map(storedCells));
    const written = (rows: string[][], pending: string) =>
      rows.slice(1).map((r) => (r[9].endsWith(pending) ? '' : r[9]));
    expect(written(en, LABELS_EN.titlePending)).toEqual(written(nb, LABELS_NB.titlePending));
    expect(en.find((r) => r[0] === 'G3-01' && r[8] === '5')!.slice(7, 10)).toEqual([
      'Action plan 2016',
      '5',
      'Measure 5 (title not filled in)',
    ]);
    expect(nb.find((r) => r[0] === 'G3-01' && r[8] === '5')!.slice(7, 10)).toEqual([
      'Handlingsplanen 2016',
      '5',
      'Tiltak 5 (tittel ikke fylt inn)',
    ]);
    expectNoBokmal(en.flat().join('\n'));
  });

  it('PDF: English title, headings and classes, «Page 1 of 2» on every page', async () => {
    const { pages } = pdfPages(await write('pdf', '--period', '2025-T2', '--lang', 'en'));
    const text = pages.join('\n');
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Coverage of obligations for T2 2025 (May–August), as of 31 August 2025',
    );
    expect(text).toMatch(/Measures assessed yellow or red\s+2/);
    expect(text).toMatch(/ID\s+Obligation\s+Source\s+Strength\s+Coverage\s+Measures and status/);
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
    expectNoBokmal(text);
  }, 30_000); // launches a real Chromium, slow on a busy machine

  it('JSON: the same codes as the bokmål edition, and the edition named', async () => {
    const en = JSON.parse((await write('json', '--period', '2025-T2', '--lang', 'en')).toString('utf8'));
    const nb = JSON.parse((await write('json', '--period', '2025-T2')).toString('utf8'));
    expect(en.lang).toBe('en');
    expect(nb.lang).toBe('nb');
    expect({ ...en, lang: 'nb', generatedAt: nb.generatedAt }).toEqual(nb);
  });

  it('names the file in English as the report pack does, and refuses an unknown language at --lang', async () => {
    const ctx = fileContext(db, { now: () => FIXED_NOW, user: () => 'Kari' });
    const named = async (input: Record<string, unknown>) =>
      (await call<ExportedFile>(ctx, 'obligations:export', { format: 'csv', ...input })).fileName;
    expect(await named({ period: '2025-T2', lang: 'en' })).toBe('obligations-coverage-2025-T2.csv');
    expect(await named({ asOf: '2025-08-31', lang: 'en' })).toBe('obligations-coverage-as-of-2025-08-31.csv');
    expect(await named({ asOf: '2025-08-31' })).toBe('dekning-forpliktelser-per-2025-08-31.csv');
    ctx.db.close();
    const file = join(tmp.dir, 'nei.csv');
    const r = await cli('coverage', '--db', db, '--format', 'csv', '--out', file, '--lang', 'de');
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/^--lang: Ukjent språk\. Velg nb \(bokmål\) eller en \(engelsk\)\.$/);
    expect(() => readFileSync(file)).toThrow();
  });
});
