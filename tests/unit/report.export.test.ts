// Status tables in every format, read back with independent readers and compared with the database's
// state on the as-of date: a measure updated in 2023 and again in 2024, exported as of 31.12.2023.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportOptions, type ReportFormat } from '../../shared/api/reports.contract.ts';
import { ASSESSMENT_LABELS, STATUS_LABELS } from '../../shared/domain/vocabulary.ts';
import { formatDate } from '../../shared/format/nb.ts';
import { exportFormats } from '../../electron/core/export/formats.ts';
import { chromiumPdfRenderer } from '../../electron/core/export/pdf-chromium.ts';
import { insertBudgetLine } from '../../electron/core/repositories/budget.repo.ts';
import { measureIdByNumber } from '../../electron/core/repositories/measures.repo.ts';
import { planIdByCode } from '../../electron/core/repositories/plans.repo.ts';
import { listMeasures } from '../../electron/core/services/measures.service.ts';
import { buildReport } from '../../electron/core/services/report.service.ts';
import { recordStatus } from '../../electron/core/services/status.service.ts';
import { memoryPortfolio, type TestPortfolio } from '../support/portfolio.ts';
import { parseCsv, pdfText, readDocx, readXlsx } from '../support/read-exports.ts';

const AS_OF = '2023-12-31';
const PLAN = 'handlingsplan-2016';
const NOW = new Date('2026-11-23T09:00:00.000Z');

let p: TestPortfolio;
let m16: number;

function opts(extra: Record<string, unknown> = {}) {
  return reportOptions.parse({
    planCodes: [PLAN],
    asOf: AS_OF,
    columns: [
      'number',
      'title',
      'part',
      'owner',
      'agencies',
      'status',
      'assessment',
      'comment',
      'lastUpdated',
      'budget',
    ],
    budgetYear: 2023,
    ...extra,
  });
}

async function write(format: ReportFormat, extra: Record<string, unknown> = {}): Promise<Uint8Array> {
  const out = await exportFormats[format].write(p.db, opts(extra), { now: NOW, pdf: chromiumPdfRenderer() });
  return typeof out === 'string' ? new TextEncoder().encode(out) : out;
}

/** What the database says each measure of the plan looked like on the as-of date, in the report's words. */
function expectedRows() {
  return listMeasures(p.db, { planCode: PLAN, asOf: AS_OF }).map((m) => ({
    number: m.number,
    owner: m.owner?.abbrev ?? '',
    status: STATUS_LABELS[m.status],
    assessment: ASSESSMENT_LABELS[m.assessment],
    comment: m.lastUpdate?.comment ?? '',
    lastUpdated: formatDate(m.lastUpdate?.effectiveDate),
  }));
}

beforeAll(() => {
  p = memoryPortfolio({ now: NOW });
  m16 = measureIdByNumber(p.db, planIdByCode(p.db, PLAN)!, '16')!;
  const actor = { now: NOW, user: 'Kari' };
  recordStatus(
    p.db,
    {
      measureId: m16,
      status: 'pagar',
      assessment: 'gul',
      comment: 'Forsinket; venter på "avklaring"',
      effectiveDate: '2023-03-01',
    },
    actor,
  );
  recordStatus(
    p.db,
    { measureId: m16, status: 'fullfort', assessment: 'gronn', comment: 'Ferdig 2024', effectiveDate: '2024-06-01' },
    actor,
  );
  const m3 = measureIdByNumber(p.db, planIdByCode(p.db, PLAN)!, '3')!;
  recordStatus(
    p.db,
    { measureId: m3, status: 'pagar', assessment: 'gronn', comment: '', effectiveDate: '2023-11-30' },
    actor,
  );
  insertBudgetLine(p.db, {
    measure_id: m16,
    year: 2023,
    allocated_nok: 1_000_000,
    spent_nok: 0,
    chapter: 732,
    post: 70,
    within_existing: 0,
  });
  insertBudgetLine(p.db, {
    measure_id: m16,
    year: 2023,
    allocated_nok: 234_567,
    spent_nok: 0,
    chapter: 732,
    post: 21,
    within_existing: 0,
  });
  insertBudgetLine(p.db, {
    measure_id: m16,
    year: 2024,
    allocated_nok: 9_999_999,
    spent_nok: 0,
    chapter: 732,
    post: 70,
    within_existing: 0,
  });
});
afterAll(() => p.db.close());

describe('report model', () => {
  it('shows each measure as recorded on the as-of date, not today', () => {
    const model = buildReport(p.db, opts(), NOW);
    const row = model.plans[0].groups.flatMap((g) => g.rows).find((r) => r.number === '16')!;
    expect(row).toMatchObject({
      status: 'pagar',
      assessment: 'gul',
      comment: 'Forsinket; venter på "avklaring"',
      lastUpdated: '2023-03-01',
      owner: { abbrev: 'HOD' },
    });
    expect(row.budget).toEqual({ allocatedNok: 1_234_567, spentNok: 0, withinExisting: false });
    const later = buildReport(p.db, opts({ asOf: '2024-12-31', budgetYear: 2024 }), NOW)
      .plans[0].groups.flatMap((g) => g.rows)
      .find((r) => r.number === '16')!;
    expect(later).toMatchObject({
      status: 'fullfort',
      assessment: 'gronn',
      comment: 'Ferdig 2024',
      budget: { allocatedNok: 9_999_999 },
    });
  });

  it('groups by part in plan order, or by owner ministry with the unowned last', () => {
    const byPart = buildReport(p.db, opts(), NOW).plans[0];
    // The real frame does not yet place measures in parts (the sources do not say where each belongs).
    expect(byPart.groups.map((g) => g.heading)).toEqual(['Ikke plassert']);
    expect(byPart.groups.flatMap((g) => g.rows)).toHaveLength(26);
    const byMinistry = buildReport(p.db, opts({ groupBy: 'ministry' }), NOW).plans[0];
    expect(byMinistry.groups.map((g) => g.heading)).toEqual([
      'Helse- og omsorgsdepartementet (HOD)',
      'Uten ansvarlig departement',
    ]);
    expect(byMinistry.groups[0].rows.map((r) => r.number)).toEqual(['16']);
  });

  it('counts measures per status and part for the chart', () => {
    const plan = buildReport(p.db, opts(), NOW).plans[0];
    const total = plan.statusByPart.reduce((n, s) => n + Object.values(s.counts).reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(26);
    expect(plan.statusByPart.reduce((n, s) => n + s.counts.pagar, 0)).toBe(2);
  });
});

describe('files read back with independent readers', () => {
  it('CSV: UTF-8 with BOM, ";" separated, one row per measure with the as-of values', async () => {
    const bytes = await write('csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([
      'Plan',
      'Nr.',
      'Tiltak',
      'Hoveddel',
      'Ansvarlig departement',
      'Etat',
      'Status',
      'Vurdering',
      'Kommentar',
      'Sist oppdatert',
      'Bevilget 2023',
    ]);
    const body = rows.slice(1);
    const cols = (r: string[]) => ({
      number: r[1],
      owner: r[4],
      status: r[6],
      assessment: r[7],
      comment: r[8],
      lastUpdated: r[9],
    });
    expect(body.map(cols).sort((a, b) => Number(a.number) - Number(b.number))).toEqual(expectedRows());
    expect(body.find((r) => r[1] === '16')!.slice(6)).toEqual([
      'Pågår',
      'Gul (risiko)',
      'Forsinket; venter på "avklaring"',
      '01.03.2023',
      '1234567',
    ]);
  });

  it(
    'XLSX: a first sheet with as-of date and dataset, then typed cells, ' + 'frozen header and autofilter per plan',
    async () => {
      const wb = await readXlsx(await write('xlsx', { planCodes: [] }));
      // The strategy started 01.05.2025: it has no sheet as of 31.12.2023, and «Om rapporten» says why.
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Om rapporten', 'Handlingsplan 2016']);
      const about = wb.getWorksheet('Om rapporten')!;
      const aboutValues = Object.fromEntries(
        about
          .getSheetValues()
          .filter(Boolean)
          .map((r) => [(r as unknown[])[1], (r as unknown[])[2]]),
      );
      expect(aboutValues['Per dato']).toEqual(new Date(Date.UTC(2023, 11, 31)));
      expect(aboutValues['Datagrunnlag']).toBe('Registrerte data');
      expect(aboutValues['Laget']).toBeInstanceOf(Date);
      expect(aboutValues['Ikke med']).toBe(
        'Nasjonal strategi mot menneskehandel (2025–2030) er ikke med: planen startet 01.05.2025, ' +
          'etter datoen rapporten gjelder for (31.12.2023).',
      );

      const ws = wb.getWorksheet('Handlingsplan 2016')!;
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.rowCount).toBe(27);
      const header = (ws.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual([
        'Nr.',
        'Tiltak',
        'Hoveddel',
        'Ansvarlig departement',
        'Etat',
        'Status',
        'Vurdering',
        'Kommentar',
        'Sist oppdatert',
        'Bevilget 2023',
      ]);
      const data = Array.from({ length: 26 }, (_, i) => ws.getRow(i + 2));
      const asRows = data.map((r) => ({
        number: String(r.getCell(1).value),
        owner: String(r.getCell(4).value ?? ''),
        status: r.getCell(6).value,
        assessment: r.getCell(7).value,
        comment: String(r.getCell(8).value ?? ''),
        lastUpdated: r.getCell(9).value instanceof Date ? formatDate((r.getCell(9).value as Date).toISOString()) : '',
      }));
      expect(asRows.sort((a, b) => Number(a.number) - Number(b.number))).toEqual(expectedRows());
      const r16 = data.find((r) => r.getCell(1).value === 16)!;
      expect(r16.getCell(1).type).toBe(ExcelJS.ValueType.Number);
      expect(r16.getCell(9).type).toBe(ExcelJS.ValueType.Date);
      expect(r16.getCell(9).value).toEqual(new Date(Date.UTC(2023, 2, 1)));
      expect(r16.getCell(9).numFmt).toBe('dd.mm.yyyy');
      expect(r16.getCell(10).type).toBe(ExcelJS.ValueType.Number);
      expect(r16.getCell(10).value).toBe(1_234_567);
      expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(40);
    },
  );

  it('DOCX: title, as-of date, dataset, a heading per group and tables whose header row repeats', async () => {
    const doc = await readDocx(await write('docx'));
    expect(doc.paragraphs.slice(0, 3)).toEqual([
      'Status for tiltak mot menneskehandel',
      'Per dato: 31.12.2023',
      'Datagrunnlag: Registrerte data',
    ]);
    expect(doc.paragraphs).toContain('Regjeringens handlingsplan mot menneskehandel');
    expect(doc.tables.length).toBe(buildReport(p.db, opts(), NOW).plans[0].groups.length);
    for (const t of doc.tables) {
      expect(t.headerRows).toBe(1);
      // Grouped by part: the part is each table's heading, not a column.
      expect(t.rows[0]).toEqual([
        'Nr.',
        'Tiltak',
        'Ansvarlig departement',
        'Etat',
        'Status',
        'Vurdering',
        'Kommentar',
        'Sist oppdatert',
        'Bevilget 2023',
      ]);
    }
    const body = doc.tables.flatMap((t) => t.rows.slice(1));
    const asRows = body.map((r) => ({
      number: r[0],
      owner: r[2],
      status: r[4],
      assessment: r[5],
      comment: r[6],
      lastUpdated: r[7],
    }));
    expect(asRows.sort((a, b) => Number(a.number) - Number(b.number))).toEqual(expectedRows());
    expect(body.find((r) => r[0] === '16')![8]).toBe('1\u202f234\u202f567 kr');
    expect(doc.xml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
    const columns = ['number', 'title', 'status', 'assessment', 'comment', 'lastUpdated'];
    const portrait = await readDocx(await write('docx', { landscape: false, columns }));
    expect(portrait.xml).not.toMatch(/w:orient="landscape"/);
  });

  it('DOCX and XLSX of example data say so', async () => {
    const ex = memoryPortfolio({ example: true, now: NOW });
    try {
      const req = reportOptions.parse({ asOf: '2024-12-31' });
      const doc = await readDocx((await exportFormats.docx.write(ex.db, req, { now: NOW })) as Uint8Array);
      expect(doc.paragraphs).toContain('Datagrunnlag: Eksempeldata – ikke reelle tall');
      const wb = await readXlsx((await exportFormats.xlsx.write(ex.db, req, { now: NOW })) as Uint8Array);
      expect(wb.getWorksheet('Om rapporten')!.getCell('B4').value).toBe('Eksempeldata – ikke reelle tall');
    } finally {
      ex.db.close();
    }
  });

  it('DOCX with charts carries an SVG with a PNG fallback and the numbers as text', async () => {
    const doc = await readDocx(await write('docx', { includeCharts: true }));
    expect(doc.xml).toMatch(/<a:blip r:embed=/);
    expect(doc.xml).toMatch(/svgBlip/);
    expect(doc.paragraphs.some((t) => /: 2 pågår/.test(t) || /pågår/.test(t))).toBe(true);
  });

  it('PDF: the same rows with the as-of values, printed by Chromium', async () => {
    const text = pdfText(await write('pdf'));
    expect(text).toContain('Status for tiltak mot menneskehandel');
    expect(text).toMatch(/Per dato\s+31\.12\.2023/);
    // The comment may wrap inside its cell (pdftotext keeps the layout), so its words are looked for as lines.
    expect(text).toMatch(/Forsinket; venter på[\s\S]{0,300}?"avklaring"/);
    expect(text).toContain('01.03.2023');
    expect(text).not.toContain('Ferdig 2024');
    expect(text).toMatch(/1\s?234\s?567 kr/);
    for (const r of expectedRows()) expect(text).toMatch(new RegExp(`^\\s*${r.number}\\s`, 'm'));
  }, 30_000); // launches a real Chromium, slow on a busy machine

  it('XLSX: a cell with nothing in it has no value, not an empty text', async () => {
    const bytes = await write('xlsx');
    const ws = (await readXlsx(bytes)).getWorksheet('Handlingsplan 2016')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const rows = Array.from({ length: 26 }, (_, i) => ws.getRow(i + 2));
    const m3 = rows.find((r) => r.getCell(1).value === 3)!;
    for (const name of ['Kommentar', 'Hoveddel', 'Etat', 'Bevilget 2023'])
      expect(m3.getCell(col(name)).type, name).toBe(ExcelJS.ValueType.Null);
    const zip = await JSZip.loadAsync(bytes);
    const shared = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
    expect(shared).not.toMatch(/<si><t(?: [^>]*)?\/>|<si><t(?: [^>]*)?><\/t><\/si>/);
    const sheet = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(sheet).not.toMatch(/<c [^>]*t="inlineStr"[^>]*><is><t\/>/);
  });

  it('JSON: the archival shape with the as-of values', async () => {
    const json = JSON.parse(new TextDecoder().decode(await write('json')));
    expect(json.plans.map((pl: { code: string }) => pl.code)).toEqual([PLAN]);
    expect(json.plans[0].measures[15]).toMatchObject({
      number: '16',
      status: 'pagar',
      assessment: 'gul',
      lastUpdate: { date: '2023-03-01' },
    });
    // Budget lines for a year after the as-of date are left out (the 2024 line of 9 999 999 kr).
    expect(json.plans[0].measures[15].budget).toEqual([
      { year: 2023, allocatedNok: 234_567, spentNok: 0, chapter: 732, post: 21 },
      { year: 2023, allocatedNok: 1_000_000, spentNok: 0, chapter: 732, post: 70 },
    ]);
  });
});

describe('report model on the example data', () => {
  it('groups by part under numbered headings, in plan order', () => {
    const ex = memoryPortfolio({ example: true, now: NOW });
    try {
      const plan = buildReport(
        ex.db,
        reportOptions.parse({ planCodes: ['strategi-2025-2030'], asOf: '2025-12-31' }),
        NOW,
      ).plans[0];
      expect(plan.groups.map((g) => g.heading)).toEqual([
        '1. Helhetlig og samordnet innsats',
        '2. Forebygging',
        '3. Bistand og beskyttelse',
        '4. Straffeforfølgning',
      ]);
      expect(plan.groups.flatMap((g) => g.rows)).toHaveLength(18);
    } finally {
      ex.db.close();
    }
  });
});
