// The report pack's workbook read back with exceljs: short sheet names in bokmål and English with each full caption as
// the first row and on «Innhold»; the deviations' dates as Excel dates and durations and numbers as numbers, «Laget» a
// date and time and the corrections' statuses beside their dates, as the Word edition says them; counts and amounts
// that add up to their sums.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORRECTED, exportPackOf, packPortfolio, readWord, type Word } from '../support/report-pack.ts';
import type { TestPortfolio } from '../support/portfolio.ts';
import { ddmmyyyy, sheetRows } from '../support/read-exports.ts';

let p: TestPortfolio;
const exportPack = (format: 'docx' | 'xlsx', document: Record<string, unknown>) => exportPackOf(p, format, document);

beforeAll(async () => {
  p = await packPortfolio();
});

describe('the report pack workbook (XLSX)', () => {
  let wb: ExcelJS.Workbook;
  let word: Word;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportPack('xlsx', {})).buffer as ArrayBuffer);
    word = await readWord(await exportPack('docx', {}));
  });

  it('names each sheet shortly in bokmål, its full caption the first row, all listed on «Innhold»', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Innhold',
      'Per hoveddel og innsatsområde',
      'Per plan',
      'Per ansvarlig departement',
      'Per medansvarlig departement',
      'Budsjett',
      'Avvik',
      'Korrigeringer',
      'Statustabeller',
    ]);
    // No measure changed since 2024: no «Endringer» sheet, as the Word edition has no table of them.
    expect(wb.getWorksheet('Avvik')!.getCell('A1').value).toBe('Avvik: tiltak vurdert gul eller rød');
    expect(sheetRows(wb.getWorksheet('Korrigeringer')!).slice(2)).toHaveLength(1);
    expect(wb.getWorksheet('Per hoveddel og innsatsområde')!.getCell('A1').value).toBe(
      'Tiltak per status og hoveddel / innsatsområde: Handlingsplanen 2016, Strategien 2025–2030',
    );
    const contents = sheetRows(wb.getWorksheet('Innhold')!).map((r) => r.values);
    const listed = contents.slice(contents.findIndex((r) => r[0] === 'Arkene') + 1);
    expect(listed).toEqual(wb.worksheets.slice(1).map((ws) => [ws.name, ws.getCell('A1').value]));
  });

  it('writes the deviations’ dates as dates, durations and numbers as numbers, as the Word edition says them', () => {
    const rows = sheetRows(wb.getWorksheet('Avvik')!);
    expect(rows[1].values).toEqual([
      'Plan',
      'Nr.',
      'Tiltak',
      'Ansvarlig',
      'Vurdering',
      'Kommentar',
      'Gul/rød siden',
      'Varighet',
    ]);
    // Every plan's deviations in one list, each row led by its plan, in the Word edition's order.
    const inWord = word.tables.filter((t) => t.rows[0].includes('Gul/rød siden')).flatMap((t) => t.rows.slice(1));
    const list = rows.slice(2);
    expect(list).toHaveLength(inWord.length);
    expect(new Set(list.map((r) => r.values[0]))).toEqual(new Set(['Handlingsplanen 2016', 'Strategien 2025–2030']));
    list.forEach(({ values, formats }, i) => {
      const [number, , , , , since, duration] = inWord[i];
      expect(values[1]).toBe(Number(number));
      expect(values[6]).toBeInstanceOf(Date);
      expect(ddmmyyyy(values[6] as Date)).toBe(since);
      expect(formats[6]).toBe('dd.mm.yyyy');
      expect(typeof values[7]).toBe('number');
      const n = values[7] as number;
      expect(duration).toBe(n === 0 ? 'under\u00a01\u00a0måned' : n === 1 ? '1\u00a0måned' : `${n}\u00a0måneder`);
      expect(formats[7]).toBe('[=0]"under 1 måned";[=1]"1 måned";0" måneder"');
    });
  });

  it('writes «Laget» as a date and time, and each correction’s dates as dates beside its status, as in Word', () => {
    const made = sheetRows(wb.getWorksheet('Innhold')!).find((r) => r.values[0] === 'Laget')!;
    expect(made.values[1]).toBeInstanceOf(Date);
    expect(made.formats[1]).toBe('dd.mm.yyyy "kl." hh:mm');
    const at = made.values[1] as Date;
    const hhmm = [at.getUTCHours(), at.getUTCMinutes()].map((n) => String(n).padStart(2, '0')).join(':');
    expect(word.paragraphs.map((p) => p.text)).toContain(`Laget: ${ddmmyyyy(at)} kl. ${hhmm}`);
    const rows = sheetRows(wb.getWorksheet('Korrigeringer')!);
    expect(rows[1].values).toEqual([
      'Plan',
      'Nr.',
      'Tiltak',
      'Som rapportert',
      'Dato, som rapportert',
      'Som korrigert',
      'Dato, som korrigert',
      'Begrunnelse',
    ]);
    // The status and its date in two cells; the Word cell says both. The reason is a sentence: text.
    const inWord = word.tables.find((t) => t.rows[0].includes('Som korrigert'))!.rows[1];
    const { values, formats } = rows[2];
    expect(values[1]).toBe(CORRECTED);
    for (const [c, w] of [
      [3, 2],
      [5, 3],
    ]) {
      expect(values[c + 1]).toBeInstanceOf(Date);
      expect(formats[c + 1]).toBe('dd.mm.yyyy');
      expect(`${values[c]} (${ddmmyyyy(values[c + 1] as Date)})`).toBe(inWord[w]);
    }
    expect(values.slice(5)).toEqual([
      'Avbrutt · Rød (korrigert etter lukking)',
      new Date(Date.UTC(2025, 11, 31)),
      'Meldt etter lukking',
    ]);
  });

  it('writes counts and amounts as numbers that add up to their sums, amounts as kroner', () => {
    const byPlan = sheetRows(wb.getWorksheet('Per plan')!).slice(2);
    const sum = byPlan.at(-1)!.values;
    expect(sum[0]).toBe('Sum');
    for (let c = 1; c < sum.length; c++)
      expect(byPlan.slice(0, -1).reduce((n, r) => n + (r.values[c] as number), 0)).toBe(sum[c]);
    expect(sum.at(-1)).toBe(44);
    const budget = sheetRows(wb.getWorksheet('Budsjett')!);
    expect(budget[1].values).toEqual(['Departement', 'År', 'Bevilget', 'Forbrukt']);
    const lines = budget.slice(2).filter((r) => typeof r.values[1] === 'number');
    expect(lines.length).toBeGreaterThan(0);
    const total = budget.at(-1)!;
    expect(total.values[0]).toBe('Sum');
    expect(lines.reduce((n, r) => n + (r.values[2] as number), 0)).toBe(total.values[2]);
    expect(new Set([...lines, total].map((r) => r.formats[2]))).toEqual(new Set(['#,##0 "kr"']));
    // The status tables: every measure once, its number a number, under its plan and part.
    const status = sheetRows(wb.getWorksheet('Statustabeller')!);
    expect(status[1].values.slice(0, 3)).toEqual(['Plan', 'Hoveddel / Innsatsområde', 'Nr.']);
    expect(status.slice(2)).toHaveLength(44);
    expect(status.slice(2).every((r) => typeof r.values[2] === 'number')).toBe(true);
  });

  it('in English: English sheet names, dates «1 Dec 2022», months in words whatever Excel’s language', async () => {
    const en = new ExcelJS.Workbook();
    await en.xlsx.load((await exportPack('xlsx', { lang: 'en' })).buffer as ArrayBuffer);
    expect(en.worksheets.map((w) => w.name)).toEqual([
      'Contents',
      'By main part and focus area',
      'By plan',
      'By responsible ministry',
      'By co-responsible ministry',
      'Budget',
      'Deviations',
      'Corrections',
      'Status tables',
    ]);
    const list = sheetRows(en.getWorksheet('Deviations')!).slice(2);
    expect(list.length).toBeGreaterThan(0);
    for (const { values, formats } of list) {
      expect(values[6]).toBeInstanceOf(Date);
      expect(formats[6]).toBe('[$-809]d mmm yyyy');
      expect(typeof values[7]).toBe('number');
      expect(formats[7]).toBe('[=0]"less than 1 month";[=1]"1 month";0" months"');
    }
    const asOf = sheetRows(en.getWorksheet('Contents')!).find((r) => r.values[0] === 'As of')!;
    expect(asOf.values[1]).toEqual(new Date(Date.UTC(2025, 11, 31)));
    expect(asOf.formats[1]).toBe('[$-809]d mmmm yyyy');
    const made = sheetRows(en.getWorksheet('Contents')!).find((r) => r.values[0] === 'Made')!;
    expect(made.values[1]).toBeInstanceOf(Date);
    expect(made.formats[1]).toBe('[$-809]d mmmm yyyy", "hh:mm');
    const corrections = sheetRows(en.getWorksheet('Corrections')!);
    expect(corrections[1].values.slice(3, 7)).toEqual([
      'As reported',
      'Date, as reported',
      'As corrected',
      'Date, as corrected',
    ]);
    expect(corrections[2].formats[6]).toBe('[$-809]d mmm yyyy');
  });
});
