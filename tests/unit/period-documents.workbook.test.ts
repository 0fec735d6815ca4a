// The status grid, a period comparison and a period «as reported / as corrected» as workbooks, read back with exceljs
// in bokmål and English: short sheet names in the export's language (none cut in the middle of a word) with each full
// caption as the first row and on «Innhold»/«Contents»; measure numbers as numbers, the statuses' dates as dates and
// the amounts compared as amounts, as the Word edition says them.
import { beforeAll, describe, expect, it } from 'vitest';
import { sheetName } from '../../electron/core/export/xlsx-sheet-names.ts';
import type { PeriodComparison } from '../../shared/api/periods.contract.ts';
import type { ExportedFile } from '../../shared/api/reports.contract.ts';
import { call } from '../support/api.ts';
import { memoryPortfolio, type TestPortfolio } from '../support/portfolio.ts';
import { ddmmyyyy, dMmmYyyy, readDocx, readXlsx, sheetRows } from '../support/read-exports.ts';

let p: TestPortfolio;

async function exported(document: Record<string, unknown>, format: 'xlsx' | 'docx'): Promise<Buffer> {
  const f = await call<ExportedFile>(p, 'documents:export', { document, format });
  return Buffer.from(f.base64, 'base64');
}
const workbook = async (document: Record<string, unknown>) => readXlsx(await exported(document, 'xlsx'));

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

const GRID = { kind: 'grid', last: '2026-T1', count: 4 };
const COMPARE = { kind: 'compare', from: '2025-T1', to: '2025-T2' };
const PERIOD = { kind: 'period', period: '2025-T2' };

describe('the period workbooks’ sheets', () => {
  const cases = [
    {
      document: GRID,
      // The correction of T2 2025 is marked in its cell, and its reason is on a sheet of its own.
      nb: { Statusrutenett: 'Status per periode, T1 2025–T1 2026', Korrigeringer: 'Korrigert etter lukking' },
      en: { 'Status grid': 'Status per period, T1 2025–T1 2026', Corrections: 'Corrected after closing' },
    },
    {
      document: COMPARE,
      nb: {
        'Antall per felt': 'Antall endrede tiltak per felt fra T1 2025 til T2 2025',
        'Endringer per tiltak': 'Endringer fra T1 2025 til T2 2025',
      },
      en: {
        'Counts per field': 'Changed measures per field from T1 2025 to T2 2025',
        'Changes per measure': 'Changes from T1 2025 to T2 2025',
      },
    },
    {
      document: PERIOD,
      nb: { 'Rapportert og korrigert': 'T2 2025: som rapportert og som korrigert' },
      en: { 'Reported and corrected': 'T2 2025: as reported and as corrected' },
    },
  ];
  for (const { document, ...langs } of cases)
    for (const lang of ['nb', 'en'] as const)
      it(`${document.kind} (${lang}): short names in its language, the full caption the first row`, async () => {
        const wb = await workbook({ ...document, lang });
        const sheets = langs[lang];
        const contents = lang === 'nb' ? 'Innhold' : 'Contents';
        expect(wb.worksheets.map((ws) => ws.name)).toEqual([contents, ...Object.keys(sheets)]);
        for (const [name, title] of Object.entries(sheets)) {
          const ws = wb.getWorksheet(name)!;
          expect(ws.getCell('A1').value).toBe(title);
          // The header is the second row, and stays in view under the title.
          expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
          expect(ws.getCell('A2').value).toBe(
            /per (felt|field)$/.test(name) ? (lang === 'nb' ? 'Endret' : 'Changed') : 'Plan',
          );
        }
        // «Innhold» lists each sheet by its name with what it holds in full.
        const rows = sheetRows(wb.getWorksheet(contents)!).map((r) => r.values.slice(0, 2));
        const heading = lang === 'nb' ? 'Arkene' : 'Sheets';
        expect(rows.slice(rows.findIndex((r) => r[0] === heading) + 1)).toEqual(Object.entries(sheets));
      });
});

describe('the period workbooks’ cells', () => {
  it('as reported and as corrected: numbers as numbers, each status’s date a date beside it, as in Word', async () => {
    for (const lang of ['nb', 'en'] as const) {
      const wb = await workbook({ ...PERIOD, lang });
      const rows = sheetRows(wb.worksheets[1]);
      expect(rows[1].values).toEqual(
        lang === 'nb'
          ? [
              'Plan',
              'Nr.',
              'Tiltak',
              'Som rapportert',
              'Dato, som rapportert',
              'Som korrigert',
              'Dato, som korrigert',
              'Begrunnelse',
            ]
          : [
              'Plan',
              'No.',
              'Measure',
              'As reported',
              'Date, as reported',
              'As corrected',
              'Date, as corrected',
              'Reason',
            ],
      );
      const word = (await readDocx(await exported({ ...PERIOD, lang }, 'docx'))).tables[0].rows.slice(1);
      const list = rows.slice(2);
      expect(list).toHaveLength(word.length);
      const day = lang === 'nb' ? ddmmyyyy : dMmmYyyy;
      let dated = 0;
      list.forEach(({ values, formats }, i) => {
        expect(values[1]).toBe(Number(word[i][1]));
        // The workbook's status and its date in two columns; the Word cell says both (a status without a date,
        // «Ingen status registrert», stays whole).
        for (const [c, w] of [
          [3, 3],
          [5, 4],
        ]) {
          if (values[c + 1] === null) {
            expect(values[c]).toBe(word[i][w]);
            continue;
          }
          dated++;
          expect(values[c + 1]).toBeInstanceOf(Date);
          expect(formats[c + 1]).toBe(lang === 'nb' ? 'dd.mm.yyyy' : '[$-809]d mmm yyyy');
          expect(`${values[c]} (${day(values[c + 1] as Date)})`).toBe(word[i][w]);
        }
      });
      expect(dated).toBeGreaterThan(list.length);
      const m3 = list.find(
        (r) => r.values[0] === (lang === 'nb' ? 'Handlingsplanen 2016' : 'Action plan 2016') && r.values[1] === 3,
      )!;
      expect(m3.values.slice(5)).toEqual([
        lang === 'nb' ? 'Avbrutt · Rød (korrigert etter lukking)' : 'Cancelled · Red (corrected after closing)',
        new Date(Date.UTC(2025, 7, 31)),
        'Meldt etter lukking',
      ]);
    }
  });

  it('a comparison: each period’s status, comment and amount in a column of its own, amounts in kroner', async () => {
    const c = await call<PeriodComparison>(p, 'periods:compare', { from: '2025-T1', to: '2025-T2' });
    const rows = sheetRows((await workbook(COMPARE)).getWorksheet('Endringer per tiltak')!);
    expect(rows[1].values).toEqual([
      'Plan',
      'Nr.',
      'Tiltak',
      'Endret',
      'T1 2025',
      'T1 2025: kommentar',
      'T1 2025: bevilget',
      'T2 2025',
      'T2 2025: kommentar',
      'T2 2025: bevilget',
    ]);
    const list = rows.slice(2);
    expect(list).toHaveLength(c.rows.length);
    expect(c.rows.some((r) => r.to.allocatedNok !== null)).toBe(true);
    list.forEach(({ values, formats }, i) => {
      const { number, from, to } = c.rows[i];
      expect(values[1]).toBe(Number(number));
      for (const [at, s] of [
        [4, from],
        [7, to],
      ] as const) {
        expect(values[at + 1]).toBe(s?.comment || null);
        expect(values[at + 2]).toBe(s?.allocatedNok ?? null);
        if (s?.allocatedNok != null) expect(formats[at + 2]).toBe('#,##0 "kr"');
      }
    });
    const counts = sheetRows((await workbook(COMPARE)).getWorksheet('Antall per felt')!).slice(2);
    expect(counts.map((r) => r.values)).toEqual([
      ['status', c.counts.status],
      ['vurdering', c.counts.assessment],
      ['kommentar', c.counts.comment],
      ['budsjett', c.counts.budget],
      ['Sum', c.counts.any],
    ]);
  });

  it('the status grid: measure numbers as numbers, in the plan’s order', async () => {
    const list = sheetRows((await workbook(GRID)).worksheets[1]).slice(2);
    expect(list.length).toBeGreaterThan(40);
    expect(list.every((r) => typeof r.values[1] === 'number')).toBe(true);
    expect(list.filter((r) => r.values[0] === 'Handlingsplanen 2016').map((r) => r.values[1])).toEqual(
      Array.from({ length: 26 }, (_, i) => i + 1),
    );
  });
});

describe('a sheet name from a long caption', () => {
  it('is at most 31 characters, cut before a space or a hyphen between words, never in a word', () => {
    const taken = new Set<string>();
    const captions = [
      'Tiltak per status og hoveddel i handlingsplanen mot vold',
      'Handlingsplan-mot-vold-i-nære-relasjoner 2021–2024',
      'Tiltak per status og hoveddel i handlingsplanen mot vold',
    ];
    const names = captions.map((c) => sheetName(c, taken));
    expect(names).toEqual([
      'Tiltak per status og hoveddel i',
      'Handlingsplan-mot-vold-i-nære',
      'Tiltak per status og (2)',
    ]);
    for (const [i, name] of names.entries()) {
      expect(name.length).toBeLessThanOrEqual(31);
      const kept = name.replace(/ \(\d+\)$/, '');
      expect(captions[i].startsWith(kept)).toBe(true);
      expect(captions[i].charAt(kept.length)).toMatch(/^[ -]$/);
    }
  });
});
