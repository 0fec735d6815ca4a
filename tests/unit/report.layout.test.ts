// Tables that can go straight into a government report: column widths come from the content, so no number, date
// or amount breaks inside itself on portrait pages; a table too wide for the page is refused with the way out;
// the grouping column is not repeated; grouped by ministry, a co-owned measure is listed under each co-owner too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportOptions } from '../../shared/api/reports.contract.ts';
import { DEFAULT_REPORT_COLUMNS, REPORT_COLUMNS } from '../../shared/report/columns.ts';
import { formatDate } from '../../shared/format/nb.ts';
import { pageFit } from '../../shared/report/layout.ts';
import { planRows } from '../../shared/report/model.ts';
import { textWidthPt } from '../../shared/report/text-metrics.ts';
import { exportFormats } from '../../electron/core/export/formats.ts';
import { chromiumPdfRenderer } from '../../electron/core/export/pdf-chromium.ts';
import { buildReport } from '../../electron/core/services/report.service.ts';
import { listMeasures } from '../../electron/core/services/measures.service.ts';
import { memoryPortfolio, type TestPortfolio } from '../support/portfolio.ts';
import { pdfPages, pdfText, readDocx, readXlsx } from '../support/read-exports.ts';

const NOW = new Date('2026-11-23T09:00:00.000Z');
const AS_OF = '2025-12-31';
let ex: TestPortfolio;

beforeAll(() => {
  ex = memoryPortfolio({ example: true, now: NOW });
});
afterAll(() => ex.db.close());

const req = (extra: Record<string, unknown> = {}) => reportOptions.parse({ asOf: AS_OF, landscape: false, ...extra });
const write = async (format: 'docx' | 'pdf' | 'xlsx' | 'csv', extra: Record<string, unknown> = {}) =>
  (await exportFormats[format].write(ex.db, req(extra), { now: NOW, pdf: chromiumPdfRenderer() })) as Uint8Array;

/** Each table's grid (twips), its text size (points) and its rows of cell texts, read from the raw XML. */
async function docxTables(bytes: Uint8Array) {
  const doc = await readDocx(bytes);
  const raw = [...doc.xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]);
  return doc.tables.map((t, i) => ({
    grid: [...raw[i].matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])),
    sizePt: Number(/<w:sz w:val="(\d+)"\/>/.exec(raw[i])![1]) / 2,
    rows: t.rows,
  }));
}

/** Tokens that must never break: anything with a digit (numbers, dates, amounts), split only at plain spaces. */
const numberTokens = (text: string) => text.split(/[ \n]+/).filter((t) => /\d/.test(t));

describe('column widths from the content', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['portrait, default columns, grouped by part', { columns: DEFAULT_REPORT_COLUMNS }],
    ['portrait, default columns, grouped by ministry', { columns: DEFAULT_REPORT_COLUMNS, groupBy: 'ministry' }],
    ['landscape, every column', { columns: [...REPORT_COLUMNS], landscape: true, budgetYear: 2024 }],
  ];
  for (const [name, extra] of cases) {
    it(`DOCX, ${name}: every number, date and amount fits its column`, async () => {
      const tables = await docxTables(await write('docx', extra));
      expect(tables.length).toBeGreaterThan(3);
      let checked = 0;
      for (const t of tables) {
        expect(t.grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual((extra.landscape ? 16838 : 11906) - 2 * 1134);
        for (const row of t.rows.slice(1))
          row.forEach((text, i) => {
            for (const token of numberTokens(text)) {
              // The text area of a cell is its width less 4 pt of margin on each side.
              expect(textWidthPt(token, t.sizePt), `${token} in column ${i + 1}`).toBeLessThanOrEqual(
                t.grid[i] / 20 - 8,
              );
              checked++;
            }
          });
      }
      expect(checked).toBeGreaterThan(44);
    });
  }

  it('PDF, portrait, default columns: every measure number and date prints whole', async () => {
    const text = pdfText(await write('pdf'));
    const rows = buildReport(ex.db, req(), NOW).plans.flatMap(planRows);
    const lines = text.split('\n');
    for (const r of rows) {
      expect(
        lines.some((l) => new RegExp(`^\\s*${r.number}\\s+Eksempeltiltak ${r.number}:`).test(l)),
        r.number,
      ).toBe(true);
      if (r.lastUpdated) expect(text).toContain(formatDate(r.lastUpdated));
    }
    // Every date in the text is whole: nothing like «07.08.202» at a line's end with the last digit below.
    expect(text).not.toMatch(/\b\d{2}\.\d{2}\.\d{1,3}\s*$/m);
  }, 60_000); // launches a real Chromium, slow on a busy machine

  it('PDF, landscape, every column: amounts print whole', async () => {
    const text = pdfText(await write('pdf', { landscape: true, columns: [...REPORT_COLUMNS], budgetYear: 2024 }));
    const amounts = buildReport(ex.db, req({ landscape: true, columns: [...REPORT_COLUMNS], budgetYear: 2024 }), NOW)
      .plans.flatMap(planRows)
      .filter((r) => r.budget && (r.budget.allocatedNok ?? 0) > 0);
    expect(amounts.length).toBeGreaterThan(5);
    for (const r of amounts) {
      const nok = r.budget!.allocatedNok!.toLocaleString('nb-NO').replace(/\s/g, '\\s?');
      expect(text).toMatch(new RegExp(`${nok} kr`));
    }
  }, 60_000);

  it('a table too wide for portrait pages is refused in Word and PDF with the way out, never broken', async () => {
    const all = { columns: [...REPORT_COLUMNS] };
    const fit = pageFit(buildReport(ex.db, req(all), NOW));
    expect(fit).toMatchObject({ fits: false, landscapeFits: true });
    expect(fit.drop.length).toBeGreaterThan(0);
    const message =
      'Kolonnene får ikke plass på stående sider uten at tall eller datoer deles: velg liggende sider eller ' +
      'færre kolonner (for eksempel uten Kontaktperson, E-post, Medansvarlig og Budsjett).';
    await expect(write('docx', all)).rejects.toThrow(message);
    await expect(write('pdf', all)).rejects.toThrow(message);
    // Landscape takes them all; the spreadsheet formats have no page to fit.
    expect((await readDocx(await write('docx', { ...all, landscape: true }))).tables.length).toBeGreaterThan(3);
    expect((await readXlsx(await write('xlsx', all))).worksheets).toHaveLength(3);
    // The suggested columns do fit.
    const fewer = REPORT_COLUMNS.filter((c) => !fit.drop.includes(c));
    expect(pageFit(buildReport(ex.db, req({ columns: fewer }), NOW)).fits).toBe(true);
  });
});

describe('grouping', () => {
  it('leaves the grouping column out of the tables: the part when grouped by part, the owner by ministry', async () => {
    const byPart = await readDocx(await write('docx', { landscape: true }));
    for (const t of byPart.tables) expect(t.rows[0]).not.toContain('Hoveddel / innsatsområde');
    expect(byPart.tables[0].rows[0]).toContain('Ansvarlig departement');
    const byMinistry = await readDocx(
      await write('docx', {
        landscape: true,
        groupBy: 'ministry',
        columns: ['number', 'title', 'part', 'owner', 'status'],
      }),
    );
    // The part column in the plans' own words (the example file has both plans).
    for (const t of byMinistry.tables)
      expect(t.rows[0]).toEqual(['Nr.', 'Tiltak', 'Hoveddel / innsatsområde', 'Status']);
  });

  it('grouped by ministry, a co-owned measure is listed under its owner and, marked, under each co-owner', async () => {
    const shared = listMeasures(ex.db, { asOf: AS_OF }).filter((m) => m.coOwners.length > 0);
    expect(shared.length).toBeGreaterThan(2);
    const model = buildReport(ex.db, req({ groupBy: 'ministry' }), NOW);
    for (const m of shared) {
      const plan = model.plans.find((p) => p.code === m.planCode)!;
      const owner = plan.groups.find((g) => g.heading.endsWith(`(${m.owner!.abbrev})`))!;
      expect(owner.rows.map((r) => r.measureId)).toContain(m.id);
      for (const co of m.coOwners) {
        const group = plan.groups.find((g) => g.heading === `${co.name} (${co.abbrev}) – som medansvarlig`);
        expect(group, `${m.planCode} ${m.number} under ${co.abbrev}`).toBeDefined();
        expect(group!.rows.find((r) => r.measureId === m.id)).toMatchObject({ coOwned: true });
      }
    }
    const doc = await readDocx(await write('docx', { landscape: true, groupBy: 'ministry' }));
    const marked = doc.tables
      .flatMap((t) => t.rows.slice(1))
      .filter((r) => / \(medansvarlig; ansvarlig: [A-ZÆØÅa-zæøå]+\)$/.test(r[1]));
    expect(marked).toHaveLength(shared.reduce((n, m) => n + m.coOwners.length, 0));
    expect(doc.paragraphs.filter((p) => p.endsWith('– som medansvarlig')).length).toBeGreaterThan(0);
    // The flat formats list every measure once.
    const wb = await readXlsx(await write('xlsx', { groupBy: 'ministry' }));
    expect(wb.worksheets.slice(1).reduce((n, ws) => n + ws.rowCount - 1, 0)).toBe(44);
  });
});

describe('the PDF', () => {
  it('is tagged and has the running footer with «Side n av N» on every page, naming example data', async () => {
    const { info, pages } = pdfPages(await write('pdf'));
    expect(info.Tagged).toBe('yes');
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((text, i) => {
      const foot = text.trimEnd().split('\n').at(-1)!;
      expect(foot).toContain('Status for tiltak mot menneskehandel per 31.12.2025 · Eksempeldata – ikke reelle tall');
      expect(foot).toMatch(new RegExp(`Side ${i + 1} av ${pages.length}\\s*$`));
    });
  }, 60_000); // launches a real Chromium, slow on a busy machine

  it('of real data says «Registrerte data» in the footer', async () => {
    const real = memoryPortfolio({ now: NOW });
    try {
      const bytes = (await exportFormats.pdf.write(real.db, req({ planCodes: ['handlingsplan-2016'] }), {
        now: NOW,
        pdf: chromiumPdfRenderer(),
      })) as Uint8Array;
      const { pages } = pdfPages(bytes);
      for (const text of pages) expect(text).toMatch(/per 31\.12\.2025 · Registrerte data\s+Side \d+ av \d+/);
      expect(pages.join('\n')).not.toContain('Eksempeldata');
    } finally {
      real.db.close();
    }
  }, 60_000);
});
