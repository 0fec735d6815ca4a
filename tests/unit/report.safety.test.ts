// Stored text is data in every export: formulas are neutralised in CSV and kept as text in XLSX, markup prints
// as text, and the operations refuse bad input with a Norwegian sentence.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportOptions } from '../../shared/api/reports.contract.ts';
import { exportFormats } from '../../electron/core/export/formats.ts';
import { neutraliseFormula } from '../../electron/core/export/neutralise.ts';
import { chromiumPdfRenderer } from '../../electron/core/export/pdf-chromium.ts';
import { reportHtml } from '../../electron/core/export/report-html.ts';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { measureIdByNumber } from '../../electron/core/repositories/measures.repo.ts';
import { planIdByCode } from '../../electron/core/repositories/plans.repo.ts';
import { buildReport } from '../../electron/core/services/report.service.ts';
import { recordStatus } from '../../electron/core/services/status.service.ts';
import { memoryPortfolio, snapshot, type TestPortfolio } from '../support/portfolio.ts';
import { parseCsv, pdfText, readDocx, readXlsx } from '../support/read-exports.ts';

const NOW = new Date('2026-11-23T09:00:00.000Z');
const XSS = '<img src=x onerror=alert(1)>';
const FORMULAS = ['=HYPERLINK("http://x.example","klikk")', '+47 22 00 00 00', '-1+1', '@SUM(A1)', '\t=1+1', '\r=1+1'];

let p: TestPortfolio;
const req = () =>
  reportOptions.parse({
    planCodes: ['handlingsplan-2016'],
    asOf: '2024-12-31',
    columns: ['number', 'title', 'status', 'comment'],
  });

beforeAll(() => {
  p = memoryPortfolio({ now: NOW });
  const plan = planIdByCode(p.db, 'handlingsplan-2016')!;
  // Titles are edited by the register feature; here the test writes them directly as hostile input.
  const setTitle = p.db.prepare('UPDATE measures SET title = ?, title_pending = 0 WHERE id = ?');
  setTitle.run(XSS, measureIdByNumber(p.db, plan, '1'));
  FORMULAS.forEach((f, i) => {
    const id = measureIdByNumber(p.db, plan, String(i + 2))!;
    setTitle.run(f, id);
    recordStatus(
      p.db,
      { measureId: id, status: 'pagar', assessment: 'gul', comment: f, effectiveDate: '2024-01-10' },
      { now: NOW, user: 'Test' },
    );
  });
  setTitle.run('Kontrolltegn\u0001 og\u000b tekst', measureIdByNumber(p.db, plan, '9'));
});
afterAll(() => p.db.close());

describe('formula injection', () => {
  it('prefixes text that starts with = + - @ tab or CR, and leaves other text alone', () => {
    for (const f of FORMULAS) expect(neutraliseFormula(f)).toBe(`'${f}`);
    expect(neutraliseFormula('Tiltak 16')).toBe('Tiltak 16');
    expect(neutraliseFormula('')).toBe('');
  });

  it('CSV: no field starts with a formula character', async () => {
    const text = (await exportFormats.csv.write(p.db, req(), { now: NOW })) as string;
    const rows = parseCsv(text.slice(1));
    const fields = rows.flat();
    // Titles keep their text; comments are trimmed when recorded, so "\t=1+1" is stored as "=1+1".
    for (const f of FORMULAS) expect(fields).toContain(`'${f}`);
    for (const f of FORMULAS.slice(0, 4)) expect(fields.filter((x) => x === `'${f}`)).toHaveLength(2);
    expect(fields.filter((x) => /^[=+\-@\t\r]/.test(x))).toEqual([]);
  });

  it('XLSX: no cell is a formula; text that looks like one stays as written, with the quote-prefix style', async () => {
    const bytes = (await exportFormats.xlsx.write(p.db, req(), { now: NOW })) as Uint8Array;
    const wb = await readXlsx(bytes);
    const cells: ExcelJS.Cell[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          cells.push(cell);
        }),
      ),
    );
    const texts = cells.filter((c) => typeof c.value === 'string');
    // XML turns a stored CR into a line feed when read back. Titles keep "\t=1+1"; comments are trimmed when
    // recorded, so that one is stored as "=1+1".
    for (const f of FORMULAS) {
      const found = texts.filter((c) => c.value === f.replace('\r', '\n'));
      expect(found.length, f).toBeGreaterThan(0);
      for (const c of found) expect(c.numFmt, f).toBe('@');
    }
    for (const f of FORMULAS.slice(0, 4)) expect(texts.filter((c) => c.value === f)).toHaveLength(2);
    // Nothing shows an apostrophe that was not typed.
    expect(texts.filter((c) => String(c.value).startsWith("'"))).toEqual([]);
    expect(texts.map((c) => c.value)).toContain('Kontrolltegn og tekst');
    // Ordinary text keeps the General format.
    expect(texts.find((c) => c.value === 'Kontrolltegn og tekst')!.numFmt).toBeUndefined();
    // The raw sheet holds no formula element at all.
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)))
      expect(await zip.file(name)!.async('string')).not.toContain('<f>');
    // Those cells' text-format styles (numFmtId 49) carry Excel's own quotePrefix flag; no other style does.
    const styles = await zip.file('xl/styles.xml')!.async('string');
    const xfs = [...styles.match(/<cellXfs\b[\s\S]*?<\/cellXfs>/)![0].matchAll(/<xf\b[^>]*>/g)].map((m) => m[0]);
    expect(xfs.filter((x) => x.includes('numFmtId="49"')).every((x) => x.includes('quotePrefix="1"'))).toBe(true);
    expect(xfs.some((x) => x.includes('quotePrefix="1"'))).toBe(true);
    expect(xfs.filter((x) => !x.includes('numFmtId="49"')).some((x) => x.includes('quotePrefix'))).toBe(false);
  });
});

describe('stored markup is text', () => {
  it('HTML escapes it, so the printed page shows the characters and loads nothing', () => {
    const html = reportHtml(buildReport(p.db, req(), NOW));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<script/i);
  });

  it('PDF shows the title as written', async () => {
    const text = pdfText(
      (await exportFormats.pdf.write(p.db, req(), { now: NOW, pdf: chromiumPdfRenderer() })) as Uint8Array,
    );
    expect(text).toContain(XSS);
  }, 30_000); // launches a real Chromium, slow on a busy machine

  it('DOCX holds it as text in a run, and control characters do not break the file', async () => {
    const doc = await readDocx((await exportFormats.docx.write(p.db, req(), { now: NOW })) as Uint8Array);
    const titles = doc.tables.flatMap((t) => t.rows.slice(1).map((r) => r[1]));
    expect(titles).toContain(XSS);
    expect(titles).toContain('Kontrolltegn og tekst');
    expect(doc.xml).not.toContain('<img');
  });
});

describe('reports operations', () => {
  it('reports:export returns the file as base64 with a file name, and writes nothing to the portfolio', async () => {
    const before = snapshot(p.db);
    const r = await dispatch(
      'reports:export',
      { format: 'xlsx', planCodes: ['handlingsplan-2016'], asOf: '2024-12-31' },
      () => p,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value as { fileName: string; mime: string; base64: string };
    expect(v.fileName).toBe('statustabell-handlingsplan-2016-per-2024-12-31.xlsx');
    expect(v.mime).toMatch(/spreadsheetml/);
    const wb = await readXlsx(Buffer.from(v.base64, 'base64'));
    expect(wb.getWorksheet('Handlingsplan 2016')!.rowCount).toBe(27);
    expect(snapshot(p.db)).toBe(before);
  });

  it('reports:preview gives the model; bad input is refused in Norwegian at the field', async () => {
    const ok = await dispatch('reports:preview', { asOf: '2025-12-31' }, () => p);
    expect(ok.ok && (ok.value as { plans: unknown[] }).plans).toHaveLength(2);
    const cases: [unknown, string, string][] = [
      [{ asOf: '2024-02-30' }, 'asOf', 'Datoen er ikke en gyldig dato (bruk ÅÅÅÅ-MM-DD).'],
      [{ asOf: '2024-12-31', columns: [] }, 'columns', 'Velg minst én kolonne.'],
      [
        { asOf: '2024-12-31', planCodes: ['plan-1999'] },
        'planCodes',
        `Ukjent plan «plan-1999». Planene i filen er: handlingsplan-2016, strategi-2025-2030.`,
      ],
      [
        { asOf: '2024-12-31', groupBy: 'etat' },
        'groupBy',
        'Grupper etter del (part) eller ansvarlig departement (ministry).',
      ],
    ];
    for (const [input, field, message] of cases) {
      const r = await dispatch('reports:preview', input, () => p);
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid', fields: { [field]: message } } });
    }
    const badFormat = await dispatch('reports:export', { asOf: '2024-12-31', format: 'pptx' }, () => p);
    expect(badFormat).toMatchObject({
      ok: false,
      error: { message: 'Ukjent format. Gyldige formater: docx, xlsx, csv, pdf, json.' },
    });
  });

  it('PDF without a printing engine says so instead of failing silently', async () => {
    const r = await dispatch('reports:export', { asOf: '2024-12-31', format: 'pdf' }, () => ({ ...p, pdf: undefined }));
    expect(r).toMatchObject({
      ok: false,
      error: { message: 'PDF kan ikke lages her fordi utskriftsmotoren mangler. Velg et annet format.' },
    });
  });
});
