// An answer may move a measure's Startår and Sluttår (open columns prefilled with the years, as the contact person
// is). A year far after the plan's period is what the measure page asks about before saving (measure-years.ts): the
// core accepts it, so the review says the page's sentence as a note on the change, not as a rule break, and the
// decided answer keeps it. Sluttår before Startår is the measure page's rule break here too. An answer to a form made
// before the form had the years is read as before.
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import type { AnswerReview, ReviewItem } from '../../shared/api/rounds.contract.ts';
import type { Measure } from '../../shared/domain/types.ts';
import { FORM_SHEET, META_SHEET } from '../../shared/domain/rounds.ts';
import { call, refused } from '../support/api.ts';
import { memoryPortfolio } from '../support/portfolio.ts';
import { acceptAll, fillForm, hodSetup, itemOf as item, readAnswer } from '../support/rounds.ts';

vi.setConfig({ testTimeout: 60_000 });

const texts = (i: ReviewItem) => i.notes.map((n) => n.text);

/** HOD's form, and a measure of its from each plan: the strategy (2025–2030) and the 2016 plan (no end year). */
async function setup() {
  const p = memoryPortfolio({ example: true, user: 'Kari Koordinator' });
  const { round, form, ids } = await hodSetup(p);
  const measures = await Promise.all(ids.map((id) => call<Measure>(p, 'measures:get', { id })));
  const strategy = measures.find((m) => m.planCode === 'strategi-2025-2030' && m.endYear === 2030)!;
  const plan2016 = measures.find((m) => m.planCode === 'handlingsplan-2016' && m.endYear === 2025)!;
  return { p, round, form, strategy: strategy.id, plan2016: plan2016.id };
}

describe('input rounds: Startår and Sluttår in an answer', () => {
  it('the form has them open and prefilled with the measure’s years', async () => {
    const { form, strategy } = await setup();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(form as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(FORM_SHEET)!;
    const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const row = [...Array(ws.rowCount).keys()]
      .map((i) => ws.getRow(i + 1))
      .find((r) => String(r.getCell(1).value) === String(strategy))!;
    for (const [h, year] of [
      ['Startår', 2025],
      ['Sluttår', 2030],
    ] as const) {
      const cell = row.getCell(headers.indexOf(h));
      expect(cell.value).toBe(year);
      expect(cell.protection?.locked).toBe(false);
    }
  });

  it('a Sluttår far after the plan’s period is a note in the measure page’s words, kept when decided', async () => {
    const { p, round, form, strategy, plan2016 } = await setup();
    const { review } = await readAnswer(
      p,
      round.id,
      await fillForm(form, { [strategy]: { Sluttår: 2099 }, [plan2016]: { Sluttår: '2099' } }),
    );
    const far = item(review, `${strategy}:field:endYear`);
    expect(far.parts[0]).toMatchObject({ label: 'Sluttår', old: '2030', new: '2099', problem: null });
    expect(far.problems).toEqual([]);
    expect(texts(far)).toEqual(['Sluttår 2099 er 69 år etter planperioden (2025–2030).']);
    expect(texts(item(review, `${plan2016}:field:endYear`))).toEqual([
      'Sluttår 2099 er 73 år etter i år (2026), og planen har ikke noe sluttår.',
    ]);

    await acceptAll(p, review, [`${strategy}:field:endYear`]);
    expect(await call<Measure>(p, 'measures:get', { id: strategy })).toMatchObject({ endYear: 2099 });
    const decided = await call<AnswerReview>(p, 'rounds:review', { answerId: review.answer.id });
    expect(item(decided, `${strategy}:field:endYear`).decision).toBe('accepted');
    expect(texts(item(decided, `${strategy}:field:endYear`))).toEqual([
      'Sluttår 2099 er 69 år etter planperioden (2025–2030).',
    ]);
    expect(item(decided, `${plan2016}:field:endYear`).decision).toBe('rejected');
    expect(texts(item(decided, `${plan2016}:field:endYear`))).toEqual([
      'Sluttår 2099 er 73 år etter i år (2026), og planen har ikke noe sluttår.',
    ]);
    const stored = p.db
      .prepare('SELECT notes FROM round_answer_items WHERE answer_id = ? AND item_key = ?')
      .get(review.answer.id, `${strategy}:field:endYear`) as { notes: string };
    expect(JSON.parse(stored.notes)).toEqual([
      { kind: 'far-year', field: 'endYear', year: 2099, plan: { first: 2025, last: 2030 }, thisYear: 2026 },
    ]);
  });

  it('a year within reach has no note; Sluttår before Startår is a rule break at the field', async () => {
    const { p, round, form, strategy, plan2016 } = await setup();
    const { review } = await readAnswer(
      p,
      round.id,
      await fillForm(form, { [strategy]: { Sluttår: 2032 }, [plan2016]: { Startår: 2026, Sluttår: 2024 } }),
    );
    expect(item(review, `${strategy}:field:endYear`)).toMatchObject({ problems: [], notes: [] });
    const rule = 'Sluttåret (2024) kan ikke være før startåret (2026).';
    for (const field of ['startYear', 'endYear']) {
      const i = item(review, `${plan2016}:field:${field}`);
      expect(i.parts[0].problem).toBe(rule);
      expect(i.problems).toEqual([`${i.label}: ${rule}`]);
    }
    // Corrected in the review («Rett verdien»), it can be accepted.
    const fixed = await call<AnswerReview>(p, 'rounds:review', {
      answerId: review.answer.id,
      corrections: [{ key: `${plan2016}:field:endYear`, field: 'Sluttår', value: '2027' }],
    });
    expect(item(fixed, `${plan2016}:field:endYear`).problems).toEqual([]);
    expect(item(fixed, `${plan2016}:field:startYear`).problems).toEqual([]);
  });

  it('an answer to a form made before the form had the years is read as before', async () => {
    const { p, round, form, strategy } = await setup();
    // As such a form was made: no Startår and Sluttår columns, and no years in its data sheet.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(form as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(FORM_SHEET)!;
    for (const h of ['Sluttår', 'Startår']) {
      const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
      ws.spliceColumns(headers.indexOf(h), 1);
    }
    wb.getWorksheet(META_SHEET)!.eachRow((r) => {
      if (r.getCell(1).value === 'measure') r.splice(8, 2);
    });
    const old = Buffer.from(await wb.xlsx.writeBuffer());
    const { review } = await readAnswer(p, round.id, await fillForm(old, { [strategy]: { 'Ny status': 'Fullført' } }));
    const keys = review.measures.flatMap((m) => m.items.map((i) => i.key));
    expect(keys).toEqual([`${strategy}:status`]);
  });
});

describe('input rounds: the years accepted apart', () => {
  it('accepting Startår while rejecting the Sluttår it needs is refused in one sentence, nothing written', async () => {
    const { p, round, form, plan2016 } = await setup();
    const { review } = await readAnswer(
      p,
      round.id,
      await fillForm(form, { [plan2016]: { Startår: 2026, Sluttår: 2027 } }),
    );
    const e = await refused(p, 'rounds:accept', {
      answerId: review.answer.id,
      token: review.token,
      accept: [`${plan2016}:field:startYear`],
    });
    const { number } = await call<Measure>(p, 'measures:get', { id: plan2016 });
    expect(e.message).toBe(
      `Tiltak ${number} (Handlingsplanen 2016): ` +
        'Sluttåret (2025) kan ikke være før startåret (2026). ' +
        'Godta eller avvis startår og sluttår sammen.',
    );
    expect(await call<Measure>(p, 'measures:get', { id: plan2016 })).toMatchObject({ startYear: 2016, endYear: 2025 });
    // Both together are accepted.
    await acceptAll(p, review, [`${plan2016}:field:startYear`, `${plan2016}:field:endYear`]);
    expect(await call<Measure>(p, 'measures:get', { id: plan2016 })).toMatchObject({ startYear: 2026, endYear: 2027 });
  });
});
