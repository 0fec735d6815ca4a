// What the report documents say about a closed period and its corrections after closing (qa-m1 M1, M3, M4, L3): the
// front page's basis is true in each case, the «korrigert etter lukking» mark is only on a closed period's value that
// was corrected while it was closed, and wherever the pack prints the mark, its reason is in the corrections section.
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StatusGrid } from '../../shared/api/periods.contract.ts';
import type { DocModel, DocTable } from '../../shared/report/document.ts';
import { docTables } from '../../shared/report/document.ts';
import { call } from '../support/api.ts';
import { memoryPortfolio, type TestPortfolio } from '../support/portfolio.ts';
import { exportPackOf, readWord } from '../support/report-pack.ts';

const MARK = 'korrigert etter lukking';
let p: TestPortfolio;

function measureId(plan: string, number: string): number {
  return (
    p.db
      .prepare('SELECT m.id FROM measures m JOIN plans pl ON pl.id = m.plan_id WHERE pl.code = ? AND m.number = ?')
      .get(plan, number) as { id: number }
  ).id;
}

const at = (iso: string) => p.setNow(new Date(iso));

/** T2 2026 closed at 10:18 UTC (the tests run in UTC), then two corrections with reasons, as qa-m1 did. */
async function closeAndCorrect(): Promise<{ hp6: number; s5: number }> {
  const hp6 = measureId('handlingsplan-2016', '6');
  const s5 = measureId('strategi-2025-2030', '5');
  at('2026-11-28T10:18:00Z');
  await call(p, 'periods:close', { period: '2026-T2' });
  at('2026-11-28T10:20:00Z');
  for (const [id, assessment, date, reason] of [
    [hp6, 'rod', '2026-08-25', 'Rapportert feil av UD'],
    [s5, 'gul', '2026-07-15', 'Innspill fra BFD kom etter lukking av T2 2026.'],
  ] as const)
    await call(p, 'status:record', {
      measureId: id,
      status: 'pagar',
      assessment,
      comment: 'Forsinket',
      effectiveDate: date,
      correctionReason: reason,
    });
  return { hp6, s5 };
}

const pack = (period: string, extra: Record<string, unknown> = {}) =>
  call<DocModel>(p, 'documents:preview', { kind: 'pack', period, ...extra });

function fact(doc: DocModel, label: string): string | undefined {
  for (const b of doc.blocks) if (b.kind === 'facts') return b.rows.find((r) => r.label === label)?.value;
  return undefined;
}

const cellTexts = (tables: DocTable[]) => tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text)));
const statusTables = (doc: DocModel) => docTables(doc).filter((t) => t.sheet?.name === 'Statustabeller');
const correctionTables = (doc: DocModel) => docTables(doc).filter((t) => t.sheet?.name === 'Korrigeringer');

beforeEach(() => {
  p = memoryPortfolio({ example: true, user: 'Kari Koordinator' });
});

describe('the pack’s front page says what its basis is', () => {
  it('as corrected for a closed period: when it was closed, and that later corrections are in (M1)', async () => {
    await closeAndCorrect();
    const nb = await pack('2026-T2', { basis: 'corrected' });
    expect(fact(nb, 'Grunnlag')).toBe(
      'Som korrigert: perioden ble lukket 28.11.2026 kl. 10:18 av Kari Koordinator; korrigeringer registrert etter ' +
        'lukkingen er med',
    );
    const en = await pack('2026-T2', { basis: 'corrected', lang: 'en' });
    expect(fact(en, 'Basis')).toBe(
      'As corrected: the period was closed on 28 November 2026, 10:18 by Kari Koordinator; corrections recorded ' +
        'after closing are included',
    );
  });

  it('as reported, open, and reopened: each says what is true', async () => {
    await closeAndCorrect();
    expect(fact(await pack('2026-T2'), 'Grunnlag')).toBe(
      'Som rapportert: perioden ble lukket 28.11.2026 kl. 10:18 av Kari Koordinator',
    );
    // T3 2026 runs, and has never been closed.
    expect(fact(await pack('2026-T3', { basis: 'corrected' }), 'Grunnlag')).toBe(
      'Perioden er ikke lukket: status slik den er registrert',
    );
    at('2026-11-28T10:30:00Z');
    await call(p, 'periods:reopen', { period: '2026-T2', reason: 'Sen korrigering' });
    expect(fact(await pack('2026-T2'), 'Grunnlag')).toBe(
      'Som rapportert ved lukkingen 28.11.2026 kl. 10:18 av Kari Koordinator; perioden ble åpnet igjen ' +
        '28.11.2026 kl. 10:30 og er ikke lukket nå',
    );
    expect(fact(await pack('2026-T2', { basis: 'corrected' }), 'Grunnlag')).toBe(
      'Perioden er ikke lukket: den ble lukket 28.11.2026 kl. 10:18 og åpnet igjen 28.11.2026 kl. 10:30; status ' +
        'slik den er registrert nå',
    );
    expect(fact(await pack('2026-T2', { basis: 'corrected', lang: 'en' }), 'Basis')).toBe(
      'The period is not closed: it was closed on 28 November 2026, 10:18 and reopened on 28 November 2026, 10:30; ' +
        'status as recorded now',
    );
  });

  it('in the Word document and the workbook too', async () => {
    await closeAndCorrect();
    const word = await readWord(await exportPackOf(p, 'docx', { period: '2026-T2', basis: 'corrected' }));
    expect(word.paragraphs.map((x) => x.text)).toContain(
      'Grunnlag: Som korrigert: perioden ble lukket 28.11.2026 kl. 10:18 av Kari Koordinator; korrigeringer ' +
        'registrert etter lukkingen er med',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await exportPackOf(p, 'xlsx', { period: '2026-T2', basis: 'corrected', lang: 'en' })).buffer as ArrayBuffer,
    );
    const values = book.getWorksheet('Contents')!.getSheetValues().flat().map(String);
    expect(values).toContain(
      'As corrected: the period was closed on 28 November 2026, 10:18 by Kari Koordinator; corrections recorded ' +
        'after closing are included',
    );
  });
});

describe('the «korrigert etter lukking» mark', () => {
  it('is in the closed T2 2026 column of the grid, not in the running T3 2026 nor the year (M4)', async () => {
    const { hp6, s5 } = await closeAndCorrect();
    for (const basis of ['corrected', 'reported'] as const) {
      const grid = await call<StatusGrid>(p, 'periods:grid', { last: '2026-T3', count: 3, basis });
      const t2 = grid.periods.findIndex((x) => x.key === '2026-T2');
      const t3 = grid.periods.findIndex((x) => x.key === '2026-T3');
      for (const id of [hp6, s5]) {
        const row = grid.rows.find((r) => r.measureId === id)!;
        expect(row.cells[t2]!.corrected).toBe(basis === 'corrected');
        expect(row.cells[t3]!.corrected).toBe(false);
      }
      const doc = await call<DocModel>(p, 'documents:preview', { kind: 'grid', last: '2026-T3', count: 3, basis });
      const [table] = docTables(doc);
      const marked = table.rows.flatMap((r) =>
        r.cells.flatMap((c, i) => (c.text.includes(MARK) ? [table.columns[i].label] : [])),
      );
      expect(marked).toEqual(basis === 'corrected' ? ['T2 2026', 'T2 2026'] : []);
    }
    const years = await call<StatusGrid>(p, 'periods:grid', { periodKind: 'year', last: '2026', count: 2 });
    expect(years.rows.flatMap((r) => r.cells).some((c) => c?.corrected)).toBe(false);
  });

  it('in the grid document, comes with its reason in a table under the grid', async () => {
    await closeAndCorrect();
    for (const lang of ['nb', 'en'] as const) {
      const doc = await call<DocModel>(p, 'documents:preview', { kind: 'grid', last: '2026-T3', count: 3, lang });
      const [, reasons] = docTables(doc);
      expect(reasons.sheet?.name).toBe(lang === 'nb' ? 'Korrigeringer' : 'Corrections');
      expect(reasons.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
        [
          lang === 'nb' ? 'Handlingsplanen 2016' : 'Action plan 2016',
          '6',
          'Eksempeltiltak 6: informasjonsmateriell for politiet (fiktivt)',
          'T2 2026',
          lang === 'nb' ? 'Pågår · Rød' : 'In progress · Red',
          'Rapportert feil av UD',
        ],
        [
          lang === 'nb' ? 'Strategien 2025–2030' : 'Strategy 2025–2030',
          '5',
          'Eksempeltiltak 5: nettverksmøter i helsetjenesten (fiktivt)',
          'T2 2026',
          lang === 'nb' ? 'Pågår · Gul' : 'In progress · Yellow',
          'Innspill fra BFD kom etter lukking av T2 2026.',
        ],
      ]);
    }
    // As reported, nothing in the grid is marked, so there is no such table.
    const reported = await call<DocModel>(p, 'documents:preview', {
      kind: 'grid',
      last: '2026-T3',
      count: 3,
      basis: 'reported',
    });
    expect(docTables(reported)).toHaveLength(1);
  });

  it('is not in the pack of the open T3 2026, whose values were never corrected after closing', async () => {
    await closeAndCorrect();
    const doc = await pack('2026-T3');
    expect(cellTexts(statusTables(doc)).filter((t) => t.includes('Pågår'))).not.toHaveLength(0);
    expect(cellTexts(statusTables(doc)).some((t) => t.includes(MARK))).toBe(false);
    expect(correctionTables(doc)).toEqual([]);
  });

  it('after reopening and closing again, still comes with its reason and what was first reported (M3)', async () => {
    const { hp6, s5 } = await closeAndCorrect();
    const first = (await pack('2026-T2')).blocks;
    at('2026-11-28T10:30:00Z');
    await call(p, 'periods:reopen', { period: '2026-T2', reason: 'Sen korrigering' });
    at('2026-11-28T10:32:00Z');
    await call(p, 'periods:close', { period: '2026-T2' });
    for (const lang of ['nb', 'en'] as const) {
      const doc = await pack('2026-T2', { lang });
      const mark = lang === 'nb' ? MARK : 'corrected after closing';
      const sheet = (name: string) => docTables(doc).filter((t) => t.sheet?.name === name);
      const tables = sheet(lang === 'nb' ? 'Statustabeller' : 'Status tables');
      const marked = tables.flatMap((t) => t.rows.filter((r) => r.cells.some((c) => c.text.includes(mark))));
      expect(marked.map((r) => r.cells[0].text).sort()).toEqual(['5', '6']);
      // Every marked measure is in the corrections section, with the closing it corrected, what that closing
      // reported, and its reason.
      const [hpTable, sTable] = sheet(lang === 'nb' ? 'Korrigeringer' : 'Corrections');
      expect(hpTable.columns.map((c) => c.label)).toEqual(
        lang === 'nb'
          ? ['Nr.', 'Tiltak', 'Lukket', 'Som rapportert', 'Som korrigert', 'Begrunnelse']
          : ['No.', 'Measure', 'Closed', 'As reported', 'As corrected', 'Reason'],
      );
      const row = (t: DocTable, n: string) => t.rows.find((r) => r.cells[0].text === n)!.cells.map((c) => c.text);
      const hp = row(hpTable, '6');
      expect(hp[2]).toBe(lang === 'nb' ? '28.11.2026 kl. 10:18' : '28 November 2026, 10:18');
      expect(hp[3]).not.toContain(mark);
      expect(hp[4]).toContain(mark);
      expect(hp[5]).toBe('Rapportert feil av UD');
      expect(row(sTable, '5')[5]).toBe('Innspill fra BFD kom etter lukking av T2 2026.');
      expect(hpTable.rows).toHaveLength(1);
      expect(sTable.rows).toHaveLength(1);
    }
    // What the first closing's pack reported is what the section now calls «Som rapportert».
    const firstRows = first
      .filter((b): b is DocTable => b.kind === 'table' && b.sheet?.name === 'Statustabeller')
      .flatMap((t) => t.rows);
    const hpFirst = firstRows.find((r) => r.cells[0].text === '6' && r.cells[3].text !== '')!;
    const doc = await pack('2026-T2');
    const hpNow = correctionTables(doc)[0].rows[0].cells;
    expect(hpNow[3].text.startsWith(hpFirst.cells[3].text)).toBe(true);
    expect([hp6, s5]).toHaveLength(2);
  });

  it('in the workbook, the closing a correction is listed against is a date and time', async () => {
    await closeAndCorrect();
    at('2026-11-28T10:30:00Z');
    await call(p, 'periods:reopen', { period: '2026-T2', reason: 'Sen korrigering' });
    at('2026-11-28T10:32:00Z');
    await call(p, 'periods:close', { period: '2026-T2' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exportPackOf(p, 'xlsx', { period: '2026-T2' })).buffer as ArrayBuffer);
    const sheet = book.getWorksheet('Korrigeringer')!;
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(header).toEqual([
      'Plan',
      'Nr.',
      'Tiltak',
      'Lukket',
      'Som rapportert',
      'Dato, som rapportert',
      'Som korrigert',
      'Dato, som korrigert',
      'Begrunnelse',
    ]);
    const closed = sheet.getRow(3).getCell(4);
    expect(closed.value).toEqual(new Date('2026-11-28T10:18:00Z'));
    expect(closed.numFmt).toBe('dd.mm.yyyy "kl." hh:mm');
    expect(sheet.getRow(3).getCell(9).value).toBe('Rapportert feil av UD');
  });

  it('without a reopening, the corrections section is as before: no «Lukket» column', async () => {
    await closeAndCorrect();
    const [table] = correctionTables(await pack('2026-T2'));
    expect(table.columns.map((c) => c.label)).toEqual([
      'Nr.',
      'Tiltak',
      'Som rapportert',
      'Som korrigert',
      'Begrunnelse',
    ]);
  });
});

describe('the pack’s summary tables (L3)', () => {
  it('name the plan the same way in the heading and the caption', async () => {
    for (const lang of ['nb', 'en'] as const) {
      const doc = await pack('2026-T2', { lang, sections: ['summary'] });
      const byPart = doc.blocks.flatMap((b, i) => {
        const next = doc.blocks[i + 1];
        return b.kind === 'heading' &&
          next?.kind === 'table' &&
          /^(Tiltak per status og (hoveddel|innsatsområde)|Measures by status and (main part|focus area))/.test(b.text)
          ? [[b.text, next.caption]]
          : [];
      });
      expect(byPart).toHaveLength(2);
      for (const [heading, caption] of byPart) expect(caption).toBe(heading);
      expect(byPart[0][0]).toContain('Regjeringens handlingsplan mot menneskehandel');
    }
  });
});
