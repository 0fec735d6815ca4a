// Amounts in the workbooks are never «###»: each amount column is as wide as its widest value, a bold sum counted
// bold, in both editions. Checked as a person sees it: LibreOffice prints the workbook to PDF, and pdftotext reads it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ExportedFile } from '../../shared/api/reports.contract.ts';
import { call } from '../support/api.ts';
import { libreOfficePdf } from '../support/libreoffice.ts';
import { memoryPortfolio, type TestPortfolio } from '../support/portfolio.ts';
import { pdfText, readXlsx, sheetRows } from '../support/read-exports.ts';

vi.setConfig({ testTimeout: 180_000 });

let p: TestPortfolio;
const bytes = (f: ExportedFile) => new Uint8Array(Buffer.from(f.base64, 'base64'));

/** Every amount the printed text shows, its separators («12,345,678», «12 345 678») taken out. */
const printedAmounts = (text: string) =>
  new Set([...text.matchAll(/\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+/g)].map((m) => m[0].replace(/\D/g, '')));

beforeAll(async () => {
  p = memoryPortfolio({ example: true });
  // Ten million and more, on the first measure, in the pack's year: the sums grow past it.
  await call(p, 'budget:add', { measureId: 1, year: 2025, allocatedNok: 12_345_678, spentNok: 10_000_000 });
});
afterAll(() => p.db.close());

describe('amount columns in the workbooks', () => {
  for (const lang of ['en', 'nb'] as const) {
    it(`the report pack (${lang}): the bold sum row of the budget shows its amounts, not «###»`, async () => {
      const file = bytes(
        await call<ExportedFile>(p, 'documents:export', {
          document: { kind: 'pack', period: '2025', lang },
          format: 'xlsx',
        }),
      );
      const wb = await readXlsx(file);
      const sheet = wb.getWorksheet(lang === 'en' ? 'Budget' : 'Budsjett')!;
      const total = sheetRows(sheet).at(-1)!.values;
      expect(total[0]).toBe(lang === 'en' ? 'Total' : 'Sum');
      expect(total[2]).toBeGreaterThanOrEqual(12_345_678);
      const printed = pdfText(libreOfficePdf(file, 'xlsx'));
      expect(printed).not.toMatch(/##/);
      const amounts = printedAmounts(printed);
      expect(amounts).toContain(String(total[2]));
      expect(amounts).toContain(String(total[3]));
    });
  }

  it('the status table: the budget column shows ten million and more, not «###»', async () => {
    const file = bytes(
      await call<ExportedFile>(p, 'reports:export', {
        format: 'xlsx',
        asOf: '2025-12-31',
        budgetYear: 2025,
        columns: ['number', 'title', 'budget'],
      }),
    );
    const sheet = (await readXlsx(file)).worksheets[1];
    const budgets = sheetRows(sheet)
      .map((r) => r.values[2])
      .filter((v): v is number => typeof v === 'number');
    const largest = Math.max(...budgets);
    expect(largest).toBeGreaterThanOrEqual(12_345_678);
    const printed = pdfText(libreOfficePdf(file, 'xlsx'));
    expect(printed).not.toMatch(/##/);
    expect(printedAmounts(printed)).toContain(String(largest));
  });
});
