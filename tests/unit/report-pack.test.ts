// The annual report pack for 2025, read back by an independent reader (jszip and the raw WordprocessingML, pdftotext):
// its sections, figure captions and counts are there, the counts match the database (the closing's snapshot, counted
// here with SQL), it is built on Word's styles with the document language set, and the English edition says the same
// in English with titles and comments as written.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../shared/api/reports.contract.ts';
import { latestClosing } from '../../electron/core/repositories/periods.repo.ts';
import { call, refused } from '../support/api.ts';
import type { TestPortfolio } from '../support/portfolio.ts';
import { pagesWithPatterns } from '../support/pdf-structure.ts';
import { pdfPages } from '../support/read-exports.ts';
import { CODES, exportPackOf, packPortfolio, readWord, STATUS_NB, type Word } from '../support/report-pack.ts';

let p: TestPortfolio;

const exportPack = (format: 'docx' | 'pdf' | 'xlsx', document: Record<string, unknown>) =>
  exportPackOf(p, format, document);

/** Measures per status in each plan, counted with SQL from the 2025 closing's snapshot: the independent truth. */
function snapshotCounts(): Map<string, number[]> {
  const event = latestClosing(p.db, '2025')!.id;
  const rows = p.db
    .prepare(
      `SELECT pl.title AS plan, s.status, count(*) AS n FROM period_snapshots s
       JOIN measures m ON m.id = s.measure_id JOIN plans pl ON pl.id = m.plan_id
       WHERE s.event_id = ? GROUP BY pl.title, s.status`,
    )
    .all(event) as { plan: string; status: string | null; n: number }[];
  const out = new Map<string, number[]>();
  for (const r of rows) {
    const counts = out.get(r.plan) ?? CODES.map(() => 0);
    counts[CODES.indexOf(r.status)] = r.n;
    out.set(r.plan, counts);
  }
  return out;
}

beforeAll(async () => {
  p = await packPortfolio();
});

describe('the report pack for 2025 (DOCX)', () => {
  let word: Word;
  beforeAll(async () => {
    word = await readWord(await exportPack('docx', {}));
  });

  it('has a front page, then each section under its Heading 1, on Word’s own styles', () => {
    expect(word.paragraphs[0]).toEqual({ style: 'Title', text: 'Status for tiltak mot menneskehandel' });
    expect(word.paragraphs[1]).toEqual({ style: 'Subtitle', text: 'Rapportpakke for 2025' });
    const facts = word.paragraphs.filter((x) => x.style === 'Fact').map((x) => x.text);
    expect(facts).toEqual([
      'Periode: 2025 (01.01.2025–31.12.2025)',
      'Per dato: 31.12.2025',
      'Planer: Regjeringens handlingsplan mot menneskehandel; Nasjonal strategi mot menneskehandel (2025–2030)',
      expect.stringMatching(
        /^Grunnlag: Som rapportert: perioden ble lukket 23\.11\.2026 kl\. \d\d:00 av Kari Koordinator$/,
      ),
      // 2024 was never closed: as reported, it is what was recorded when 2025 was closed.
      expect.stringMatching(
        new RegExp(
          String.raw`^Forrige periode: 2024, slik status var registrert da 2025 ble lukket 23\.11\.2026 kl\. \d\d:00 ` +
            String.raw`\(2024 var ikke lukket da; korrigeringer registrert senere er ikke med\)$`,
        ),
      ),
      'Laget av: Kari Koordinator',
      expect.stringMatching(/^Laget: 23\.11\.2026 kl\. \d\d:00$/),
      'Datagrunnlag: Eksempeldata – ikke reelle tall',
    ]);
    expect(word.paragraphs.filter((x) => x.style === 'Heading1').map((x) => x.text)).toEqual([
      'Sammendrag',
      'Figurer',
      'Avvik: tiltak vurdert gul eller rød',
      'Endringer siden forrige periode',
      'Korrigert etter lukking',
      'Statustabeller',
    ]);
    // Styles, not direct formatting: runs name a character style at most; every table uses the table style.
    for (const rPr of word.xml.match(/<w:rPr>[\s\S]*?<\/w:rPr>/g) ?? [])
      expect(rPr).toMatch(/^<w:rPr><w:rStyle w:val="\w+"\/><\/w:rPr>$/);
    expect(word.tables.every((t) => t.style === 'Tiltakstabell')).toBe(true);
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Caption', 'Tiltakstabell', 'TableText'])
      expect(word.styles).toContain(`w:styleId="${id}"`);
    expect(word.styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="nb-NO"\/>/);
  });

  it('numbers the figures with captions in the Caption style (a SEQ field), in the words of each plan', () => {
    expect(word.paragraphs.filter((x) => x.style === 'Caption').map((x) => x.text)).toEqual([
      'Figur 1: Status per hoveddel, per 31.12.2025 (Handlingsplanen 2016)',
      'Figur 2: Status per innsatsområde, per 31.12.2025 (Strategien 2025–2030)',
    ]);
    expect(word.xml.match(/<w:fldSimple w:instr="SEQ Figur \\\* ARABIC"/g)).toHaveLength(2);
    expect(word.xml.match(/<pic:pic\b/g)).toHaveLength(2);
  });

  it('summarises the measures per status and plan with the counts of the closing’s snapshot', () => {
    const table = word.tables.find((t) => t.rows[0][0] === 'Plan')!;
    expect(table.rows[0]).toEqual(['Plan', ...STATUS_NB, 'Sum']);
    const truth = snapshotCounts();
    for (const [plan, counts] of truth) {
      const row = table.rows.find((r) => r[0] === plan)!;
      expect(row.slice(1).map(Number)).toEqual([...counts, counts.reduce((a, b) => a + b, 0)]);
    }
    expect(table.rows.at(-1)!.at(-1)).toBe('44');
  });

  it('lists every gul and rød measure of the snapshot as a deviation, with since when', () => {
    const event = latestClosing(p.db, '2025')!.id;
    const flagged = p.db
      .prepare("SELECT count(*) AS n FROM period_snapshots WHERE event_id = ? AND assessment IN ('gul', 'rod')")
      .get(event) as { n: number };
    // One table per plan, under the plan's heading.
    const tables = word.tables.filter((t) => t.rows[0].includes('Gul/rød siden'));
    expect(tables.length).toBeGreaterThan(0);
    const rows = tables.flatMap((t) => t.rows.slice(1));
    expect(rows).toHaveLength(flagged.n);
    for (const row of rows) {
      expect(['Gul', 'Rød']).toContain(row[3]);
      expect(row[5]).toMatch(/^\d\d\.\d\d\.20\d\d$/);
      expect(row[6]).toMatch(/^(under\u00a01\u00a0måned|\d+\u00a0måned(er)?)$/); // one unit: no-break spaces
    }
  });

  it('shows the correction after closing apart, with its reason, while the tables stay as reported', () => {
    const table = word.tables.find((t) => t.rows[0].includes('Begrunnelse'))!;
    expect(table.rows[0]).toEqual(['Nr.', 'Tiltak', 'Som rapportert', 'Som korrigert', 'Begrunnelse']);
    expect(table.rows).toHaveLength(2);
    expect(table.rows[1][2]).not.toMatch(/^Avbrutt/);
    expect(table.rows[1][3]).toBe('Avbrutt · Rød (korrigert etter lukking) (31.12.2025)');
    expect(table.rows[1][4]).toBe('Meldt etter lukking');
    // Every measure once in the status tables (grouped by part), as reported.
    const statusRows = word.tables.filter((t) => t.rows[0][3] === 'Status').flatMap((t) => t.rows.slice(1));
    expect(statusRows).toHaveLength(44);
    expect(statusRows.some((r) => r.some((c) => c.includes('korrigert etter lukking')))).toBe(false);
  });

  it('as corrected, the tables carry the correction, marked', async () => {
    const w = await readWord(await exportPack('docx', { basis: 'corrected', sections: ['tables'] }));
    expect(w.paragraphs.filter((x) => x.style === 'Heading1').map((x) => x.text)).toEqual(['Statustabeller']);
    const rows = w.tables.flatMap((t) => t.rows.slice(1));
    expect(rows.filter((r) => r.includes('Avbrutt (korrigert etter lukking)'))).toHaveLength(1);
  });

  it('groups by ministry, with the description and implementation period as columns when asked', async () => {
    const w = await readWord(
      await exportPack('docx', {
        groupBy: 'ministry',
        columns: ['description', 'implementation'],
        sections: ['tables'],
        landscape: true,
      }),
    );
    expect(w.tables[0].rows[0]).toEqual([
      'Nr.',
      'Tiltak',
      'Status',
      'Vurdering',
      'Kommentar',
      'Beskrivelse',
      'Gjennomføring',
      'Endring',
    ]);
    expect(w.paragraphs.filter((x) => x.style === 'Heading3').map((x) => x.text)).toContain(
      'Justis- og beredskapsdepartementet (JD)',
    );
    // The example's measures run from their plan's start year to its end (handlingsplanen 2016–2025).
    const implementation = w.tables.flatMap((t) => t.rows.slice(1)).map((r) => r[6]);
    expect(implementation).toContain('2016–2025');
    expect(implementation.every((x) => /^20\d\d–20\d\d$/.test(x))).toBe(true);
  });
});

describe('tables too wide for the page', () => {
  it('are refused at «landscape» rather than break a number or a word, and fit on landscape pages', async () => {
    const document = { kind: 'pack', period: '2025', lang: 'en', columns: ['description', 'implementation'] };
    const e = await refused(p, 'documents:export', { document, format: 'docx' });
    expect(e.fields?.landscape).toBe(
      'Tabellene får ikke plass på stående sider uten at tall eller ord deles: ' +
        'velg liggende sider eller færre kolonner.',
    );
    const f = await call<ExportedFile>(p, 'documents:export', {
      document: { ...document, landscape: true },
      format: 'docx',
    });
    expect(f.fileName).toBe('report-pack-2025-as-reported.docx');
    // XLSX has room for every column.
    await call(p, 'documents:export', { document, format: 'xlsx' });
  });
});

describe('the English edition', () => {
  it('writes amounts in the workbook as NOK, and names its sheets without a trailing space', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportPack('xlsx', { lang: 'en' })).buffer as ArrayBuffer);
    const formats = new Set<string>();
    wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => void (c.numFmt && formats.add(c.numFmt)))));
    expect([...formats].filter((f) => f.includes('NOK'))).toEqual(['"NOK" #,##0']);
    expect([...formats].filter((f) => f.includes('kr'))).toEqual([]);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.filter((n) => n !== n.trim() || n.length > 31)).toEqual([]);
  });

  it('has the same sections, captions and counts in English; titles and comments stay as written', async () => {
    const w = await readWord(await exportPack('docx', { lang: 'en' }));
    expect(w.styles).toMatch(/<w:lang w:val="en-GB"\/>/);
    expect(w.paragraphs[0].text).toBe('Status of measures against human trafficking');
    expect(w.paragraphs.filter((x) => x.style === 'Fact').map((x) => x.text)).toContain('As of: 31 December 2025');
    // The summary names each plan's parts by the plan's own word, and says how the budget is counted.
    expect(w.paragraphs.filter((x) => x.style === 'Heading2').map((x) => x.text)).toEqual(
      expect.arrayContaining([
        'Measures by status and main part: Regjeringens handlingsplan mot menneskehandel',
        expect.stringMatching(/^Measures by status and focus area: /),
      ]),
    );
    expect(w.paragraphs.map((x) => x.text)).toContain(
      'Budget lines are counted under the measure’s responsible ministry, not its co-responsible ones, so each ' +
        'krone is counted once. The dashboard in the application also shows measures a ministry is co-responsible for.',
    );
    expect(w.paragraphs.filter((x) => x.style === 'Heading1').map((x) => x.text)).toEqual([
      'Summary',
      'Figures',
      'Deviations: measures assessed yellow or red',
      'Changes since the previous period',
      'Corrected after closing',
      'Status tables',
    ]);
    expect(w.paragraphs.filter((x) => x.style === 'Caption').map((x) => x.text)).toEqual([
      'Figure 1: Status by main part, as of 31 December 2025 (Action plan 2016)',
      'Figure 2: Status by focus area, as of 31 December 2025 (Strategy 2025–2030)',
    ]);
    const plan = w.tables.find((t) => t.rows[0][0] === 'Plan')!;
    expect(plan.rows[0]).toEqual([
      'Plan',
      'No status recorded',
      'Not started',
      'In progress',
      'Completed',
      'Cancelled',
      'Continued',
      'Total',
    ]);
    for (const [title, counts] of snapshotCounts())
      expect(
        plan.rows
          .find((r) => r[0] === title)!
          .slice(1, 7)
          .map(Number),
      ).toEqual(counts);
    const rows = w.tables.filter((t) => t.rows[0][3] === 'Status').flatMap((t) => t.rows.slice(1));
    expect(rows).toHaveLength(44);
    expect(rows.every((r) => /\(fiktivt\)$/.test(r[1]))).toBe(true); // the example titles, in Norwegian
    expect(rows.some((r) => r[5].startsWith('Fiktiv kommentar'))).toBe(true);
    expect(
      rows.every((r) =>
        ['No status recorded', 'Not started', 'In progress', 'Completed', 'Cancelled', 'Continued'].includes(r[3]),
      ),
    ).toBe(true);
  });
});

/** A sheet's rows as cell values (row 1 first), and each cell's number format. */
describe('the report pack as PDF', () => {
  it('prints the same sections, captions and page numbers', { timeout: 60_000 }, async () => {
    const bytes = await exportPack('pdf', {});
    // Small enough to mail: the assessment patterns are one image each, not drawn anew in every cell (16 MB).
    expect(bytes.length).toBeLessThan(2_000_000);
    const { info, pages } = pdfPages(bytes);
    const text = pages.join('\n');
    expect(info.Tagged).toBe('yes');
    for (const s of [
      'Rapportpakke for 2025',
      'Sammendrag',
      'Figurer',
      'Avvik: tiltak vurdert gul eller rød',
      'Statustabeller',
    ])
      expect(text).toContain(s);
    expect(text).toMatch(/Figur 1: Status per hoveddel, per 31\.12\.2025 \(Handlingsplanen 2016\)/);
    expect(text).toMatch(/Figur 2: Status per innsatsområde, per 31\.12\.2025 \(Strategien 2025–2030\)/);
    expect(pages[0]).toMatch(new RegExp(`Side 1 av ${pages.length}`));
    expect(pages[0]).toContain('Eksempeldata – ikke reelle tall');
    // An assessment cell's pattern stays in its style: none of it is printed as text («"), #FFF2C2;">Gul»).
    expect(text).not.toMatch(/#[0-9A-F]{6}|data:image|svg\+xml/i);
    expect(text).toMatch(/\bGul\b/);
    // …and is printed: every page with a yellow or red cell has the pattern (never colour alone), though the HTML is
    // laid out for print only and its pattern images are never shown on screen before printing.
    const withCells = pages.flatMap((page, i) =>
      /^\s*(Gul|Rød)\s*$|\s{2}(Gul|Rød)(\s{2}|\s*$)/m.test(page) ? [i + 1] : [],
    );
    expect(withCells.length).toBeGreaterThan(0);
    const patterned = await pagesWithPatterns(bytes);
    expect(withCells.filter((page) => !patterned.includes(page))).toEqual([]);
  });
});
