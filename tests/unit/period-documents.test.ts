// The status grid, a period comparison and a period «as reported / as corrected» as files, read back with
// independent readers (exceljs, jszip): the cells say status and assessment in words, the assessment also with a
// pattern (never colour alone), and the figures match what the core says.
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PeriodComparison, StatusGrid } from '../../shared/api/periods.contract.ts';
import type { ExportedFile } from '../../shared/api/reports.contract.ts';
import { call, refused } from '../support/api.ts';
import { memoryPortfolio, type TestPortfolio } from '../support/portfolio.ts';
import { readDocx, readXlsx } from '../support/read-exports.ts';

let p: TestPortfolio;

async function exported(document: Record<string, unknown>, format: string): Promise<ExportedFile & { bytes: Buffer }> {
  const f = await call<ExportedFile>(p, 'documents:export', { document, format });
  return { ...f, bytes: Buffer.from(f.base64, 'base64') };
}

beforeAll(async () => {
  p = memoryPortfolio({ example: true });
  await call(p, 'periods:close', { period: '2025-T2' });
  await call(p, 'status:record', {
    measureId: 3,
    status: 'avbrutt',
    assessment: 'rod',
    comment: 'Stanset',
    effectiveDate: '2025-08-31',
    correctionReason: 'Meldt etter lukking',
  });
});

describe('the status grid as XLSX', () => {
  it('has a row per measure and a column per period, each cell in words with the assessment’s pattern', async () => {
    const grid = await call<StatusGrid>(p, 'periods:grid', { last: '2026-T1', count: 4 });
    const f = await exported({ kind: 'grid', last: '2026-T1', count: 4 }, 'xlsx');
    expect(f.fileName).toBe('status-per-periode-2025-T1-2026-T1.xlsx');
    const wb = await readXlsx(f.bytes);
    const ws = wb.worksheets[1];
    // Under the title row (tests/unit/period-documents.workbook.test.ts), the header.
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual([
      'Plan',
      'Nr.',
      'Tiltak',
      'T1 2025',
      'T2 2025',
      'T3 2025',
      'T1 2026',
    ]);
    expect(ws.rowCount).toBe(2 + grid.rows.length);
    const m3 = ws.getRow(2 + grid.rows.findIndex((r) => r.measureId === 3) + 1);
    expect(m3.getCell(5).value).toBe('Avbrutt · Rød (korrigert etter lukking)');
    expect(m3.getCell(5).fill).toMatchObject({ type: 'pattern', pattern: 'lightTrellis' });
    // A strategy measure has no cell before the strategy started (01.05.2025).
    const s1 = ws.getRow(2 + grid.rows.findIndex((r) => r.planCode === 'strategi-2025-2030') + 1);
    expect(s1.getCell(4).value).toBe('Ikke startet ennå');
    const gul = grid.rows.flatMap((r) => r.cells).filter((c) => c?.assessment === 'gul').length;
    let seen = 0;
    ws.eachRow((row, n) => {
      if (n > 2) for (let c = 4; c <= 7; c++) if (/· Gul/.test(String(row.getCell(c).value))) seen++;
    });
    expect(seen).toBe(gul);
  });

  it('refuses a bad request at its field, writing nothing', async () => {
    const e = await refused(p, 'documents:export', { document: { kind: 'grid', count: 0 }, format: 'xlsx' });
    expect(e.fields?.['document.count']).toBe('Vis minst én periode.');
    const f = await refused(p, 'documents:export', { document: { kind: 'pack', period: '2025' }, format: 'csv' });
    expect(f.fields?.format).toBe('Ukjent format. Gyldige formater: docx, pdf, xlsx.');
  });
});

describe('a comparison and a period view as DOCX', () => {
  it('counts the changed measures per field as the core does', async () => {
    const c = await call<PeriodComparison>(p, 'periods:compare', { from: '2025-T1', to: '2025-T2' });
    const doc = await readDocx((await exported({ kind: 'compare', from: '2025-T1', to: '2025-T2' }, 'docx')).bytes);
    const counts = doc.tables[0].rows;
    expect(counts[0]).toEqual(['Endret', 'Sum']);
    expect(counts.slice(1).map((r) => [r[0], Number(r[1])])).toEqual([
      ['status', c.counts.status],
      ['vurdering', c.counts.assessment],
      ['kommentar', c.counts.comment],
      ['budsjett', c.counts.budget],
      ['Sum', c.counts.any],
    ]);
    expect(doc.tables[1].rows).toHaveLength(1 + c.rows.length);
  });

  it('shows T2 2025 as reported beside as corrected, the correction with its reason', async () => {
    const doc = await readDocx((await exported({ kind: 'period', period: '2025-T2', lang: 'en' }, 'docx')).bytes);
    expect(doc.paragraphs).toContain(
      '1 measure has a status for the period recorded or changed after the period was closed.',
    );
    const rows = doc.tables[0].rows;
    expect(rows[0]).toEqual(['Plan', 'No.', 'Measure', 'As reported', 'As corrected', 'Reason']);
    const row = rows.find((r) => r[1] === '3' && r[0] === 'Action plan 2016')!;
    expect(row[4]).toBe('Cancelled · Red (corrected after closing) (31 Aug 2025)');
    expect(row[5]).toBe('Meldt etter lukking');
  });
});

describe('text that starts like a formula in a document’s XLSX', () => {
  it('stays as written, in a cell with Excel’s own quote-prefix style', async () => {
    const reason = '=1+1 – meldt sent';
    await call(p, 'status:record', {
      measureId: 5,
      status: 'pagar',
      assessment: 'gul',
      comment: '- venter på tilskudd',
      effectiveDate: '2025-07-01',
      correctionReason: reason,
    });
    const { bytes } = await exported({ kind: 'period', period: '2025-T2' }, 'xlsx');
    const texts: unknown[] = [];
    (await readXlsx(bytes)).worksheets.forEach((ws) =>
      ws.eachRow((row) => row.eachCell((c) => void texts.push(c.value))),
    );
    expect(texts).toContain(reason);
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)))
      expect(await zip.file(name)!.async('string')).not.toContain('<f>');
    const styles = await zip.file('xl/styles.xml')!.async('string');
    const xfs = [...styles.match(/<cellXfs\b[\s\S]*?<\/cellXfs>/)![0].matchAll(/<xf\b[^>]*>/g)].map((m) => m[0]);
    const text = xfs.filter((x) => x.includes('numFmtId="49"'));
    expect(text.length).toBeGreaterThan(0);
    expect(text.every((x) => x.includes('quotePrefix="1"'))).toBe(true);
  });
});
