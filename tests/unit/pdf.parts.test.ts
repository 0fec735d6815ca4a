// A long PDF is printed in parts (Chromium holds every page of a print job in memory) and joined. For a reader it
// must be the same document as one printed whole: tagged, every measure's row in the structure tree with its
// header cells resolved, the bookmarks nested as the headings are, the table header on every page, and the running
// footer «Side n av N» counting the whole document. Printed here in parts of 7 rows, against the same report whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportOptions } from '../../shared/api/reports.contract.ts';
import { packRequest } from '../../shared/api/documents.contract.ts';
import { writeDocument } from '../../electron/core/export/documents.ts';
import { chromiumPdfRenderer } from '../../electron/core/export/pdf-chromium.ts';
import { cutIntoParts } from '../../electron/core/export/pdf-parts.ts';
import { reportPdf } from '../../electron/core/export/pdf.ts';
import { reportHtmlParts } from '../../electron/core/export/report-html.ts';
import { buildDocument } from '../../electron/core/services/documents.service.ts';
import { buildReport } from '../../electron/core/services/report.service.ts';
import { memoryPortfolio, type TestPortfolio } from '../support/portfolio.ts';
import { pdfBookmarks, pdfStructure, type Bookmark } from '../support/pdf-structure.ts';
import { pdfFooterWords, pdfPages, type PdfWord } from '../support/read-exports.ts';

const NOW = new Date('2026-11-23T09:00:00.000Z');
let ex: TestPortfolio;

beforeAll(() => {
  ex = memoryPortfolio({ example: true, now: NOW });
});
afterAll(() => ex.db.close());

/** Reading a PDF back (pdf-lib, poppler per page) takes seconds on a busy machine. */
const SLOW = { timeout: 60_000 };
const model = () => buildReport(ex.db, reportOptions.parse({ asOf: '2025-12-31', landscape: false }), NOW);
const outline = (marks: Bookmark[]): unknown[] => marks.map((m) => [m.title, outline(m.children)]);

describe('cutting a document into parts', () => {
  type B = { heading?: string; rows?: number[] };
  const slicer = {
    rows: (b: B) => b.rows?.length ?? 0,
    slice: (b: B, from: number, to: number) => ({ rows: b.rows!.slice(from, to) }),
  };
  const blocks: B[] = [
    { heading: 'h1' },
    { heading: 'a' },
    { rows: [1, 2, 3, 4, 5] },
    { heading: 'b' },
    { rows: [6, 7] },
    { heading: 'c' },
    { rows: [8, 9, 10, 11, 12, 13, 14, 15] },
  ];

  it('keeps every row once and in order, at most N rows a part, and never ends a part with a heading', () => {
    const parts = cutIntoParts(blocks, 4, slicer);
    expect(parts.flat().flatMap((b) => b.rows ?? [])).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    for (const part of parts) {
      expect(part.reduce((n, b) => n + (b.rows?.length ?? 0), 0)).toBeLessThanOrEqual(4);
      expect(part.at(-1)!.heading).toBeUndefined();
    }
    expect(parts.map((p) => p.map((b) => b.heading ?? b.rows!.join(',')))).toEqual([
      ['h1', 'a', '1,2,3,4'],
      ['5', 'b', '6,7', 'c', '8'],
      ['9,10,11,12'],
      ['13,14,15'],
    ]);
  });

  it('is one part when the document is short enough', () => {
    expect(cutIntoParts(blocks, 100, slicer)).toEqual([blocks]);
    expect(reportHtmlParts(model())).toHaveLength(1);
  });
});

describe('a status table PDF printed in parts', () => {
  let whole: Uint8Array;
  let parts: Uint8Array;
  beforeAll(async () => {
    expect(reportHtmlParts(model(), 7).length).toBe(7); // 44 measures in parts of 7 rows
    whole = await reportPdf(model(), chromiumPdfRenderer());
    parts = await reportPdf(model(), chromiumPdfRenderer(), 7);
  }, 120_000); // real Chromium, twice

  it(
    'is tagged, with every row and header cell in the structure tree, each header reference resolved',
    SLOW,
    async () => {
      expect(pdfPages(parts).info.Tagged).toBe('yes');
      const [one, joined] = [await pdfStructure(whole), await pdfStructure(parts)];
      expect(joined.top[0]).toBe('H1');
      // One table per group, and one more for each cut: each with its header row.
      expect(joined.counts.TD).toBe(one.counts.TD);
      expect(joined.counts.TD).toBeGreaterThan(44 * 5);
      expect(joined.counts.TR - joined.counts.Table).toBe(44);
      expect(joined.counts.TH).toBe(joined.counts.Table * (one.counts.TH / one.counts.Table));
      for (const h of ['H1', 'H2', 'H3']) expect(joined.counts[h]).toBe(one.counts[h]);
      expect(joined.duplicateIds).toEqual([]);
      expect(joined.unresolvedHeaders).toEqual([]);
      expect(joined.pagesWithoutParentTreeEntry).toEqual([]);
      expect(joined.foreignPageRefs).toBe(0);
    },
  );

  it('has the bookmarks of the whole document, nested as its headings, each leading to its page', SLOW, async () => {
    const [one, joined] = [await pdfBookmarks(whole), await pdfBookmarks(parts)];
    expect(outline(joined)).toEqual(outline(one));
    const pages = pdfPages(parts).pages;
    const flat = (marks: Bookmark[]): Bookmark[] => marks.flatMap((m) => [m, ...flat(m.children)]);
    for (const mark of flat(joined)) expect(pages[mark.page - 1]).toContain(mark.title.slice(0, 30));
  });

  it(
    'counts «Side n av N» over the whole document, with the example-data footer and the table header on every page',
    SLOW,
    () => {
      const { pages } = pdfPages(parts);
      expect(pages.length).toBeGreaterThan(pdfPages(whole).pages.length);
      pages.forEach((text, i) => {
        const foot = text.trimEnd().split('\n').at(-1)!;
        expect(foot).toContain('Status for tiltak mot menneskehandel per 31.12.2025 · Eksempeldata – ikke reelle tall');
        expect(foot).toMatch(new RegExp(`Side ${i + 1} av ${pages.length}\\s*$`));
        expect(text).toMatch(/Nr\.\s+Tiltak\s+Ansvarlig/);
      });
      // Every measure's title, as printed whole.
      for (const row of model().plans.flatMap((p) => p.groups.flatMap((g) => g.rows)))
        expect(pages.join('\n')).toContain(`Eksempeltiltak ${row.number}:`);
    },
  );

  it('has its footer where the document printed whole has it', SLOW, () => {
    // The joined document's footers are drawn from a sheet of their own, the whole one's by Chromium's template.
    const [one, joined] = [pdfFooterWords(whole, 1), pdfFooterWords(parts, 1)];
    expect(joined.map((w) => w.text).join(' ')).toMatch(/Eksempeldata – ikke reelle tall Side 1 av \d+$/);
    const left = (words: PdfWord[]) =>
      words.slice(
        0,
        words.findIndex((w) => w.text === 'Side'),
      );
    expect(left(joined).map((w) => w.text)).toEqual(left(one).map((w) => w.text));
    left(joined).forEach((w, i) => {
      expect(w.xMin).toBeCloseTo(left(one)[i].xMin, 1);
      expect(w.yMin).toBeCloseTo(left(one)[i].yMin, 1);
    });
    // «Side n av N» ends at the right margin, on the same line.
    expect(joined.at(-1)!.xMax).toBeCloseTo(one.at(-1)!.xMax, 1);
    expect(joined.at(-1)!.yMin).toBeCloseTo(one.at(-1)!.yMin, 1);
  });
});

describe('the report pack in English printed in parts', () => {
  it('counts «Page n of N» over the whole document and keeps its tags', { timeout: 120_000 }, async () => {
    const doc = buildDocument(ex.db, packRequest.parse({ kind: 'pack', period: '2025', lang: 'en' }), {
      now: NOW,
      user: 'Test',
    });
    const { info, pages } = pdfPages(await writeDocument(doc, 'pdf', chromiumPdfRenderer(), 10));
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe(doc.title);
    pages.forEach((text, i) => expect(text).toMatch(new RegExp(`Page ${i + 1} of ${pages.length}\\s*$`)));
    expect(pages.join('\n')).toContain('Example data – not real figures');
  });
});
