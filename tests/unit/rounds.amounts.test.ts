// An answer's spent amounts are read as the budget form reads an amount (parseNok): the same text is the same amount
// in both places, and what neither takes is a rule break the coordinator can correct («Rett verdien»).
import { describe, expect, it, vi } from 'vitest';
import { AMOUNT_TOO_LARGE_MESSAGE, MAX_NOK, parseNok } from '../../shared/domain/budget.ts';
import { readAmount } from '../../shared/domain/rounds.ts';
import { formatNok } from '../../shared/format/nb.ts';
import { call } from '../support/api.ts';
import { memoryPortfolio } from '../support/portfolio.ts';
import { fillForm, formOf, hodSetup, itemOf as item, newRound, readAnswer } from '../support/rounds.ts';

vi.setConfig({ testTimeout: 60_000 });

const read = (text: string) => readAmount(text);
const notRead = (text: string) => ({
  ok: false,
  message: `Beløpet «${text}» er ikke et helt antall kroner (0 eller mer).`,
});

describe('an answer’s amount and the budget form’s amount', () => {
  const same: [string, number][] = [
    ['1 234 567', 1_234_567],
    ['1234567', 1_234_567],
    ['1234567 kr', 1_234_567],
    ['1 234 567 kr.', 1_234_567],
    ['1.234.567', 1_234_567],
    ['1.234.567 kr', 1_234_567],
    ['1\u00a0234\u00a0567', 1_234_567],
    ['1\u202f234\u202f567 kr', 1_234_567],
    ['1 234 567,-', 1_234_567],
    ['1 234 567,00', 1_234_567],
    ['1 234 567,00 kr', 1_234_567],
    ['0', 0],
    ['1 000 000 000 000', MAX_NOK],
  ];
  it.each(same)('«%s» is %d kr in both', (text, n) => {
    expect(parseNok(text)).toBe(n);
    expect(read(text)).toEqual({ ok: true, value: n });
  });

  const neither = ['-6 000 000', '-5', 'ca. 6 mill', '6 mill', '1 234 567,50', '10,5', '1234.567', '1.5', 'mye'];
  it.each(neither)('«%s» is no amount in either', (text) => {
    expect(typeof parseNok(text)).toBe('string');
    expect(read(text)).toEqual(notRead(text));
  });

  it('an amount over the bound has the budget form’s message in both', () => {
    for (const text of ['1 000 000 000 001', '999 999 999 999 999', '1.000.000.000.001']) {
      expect(parseNok(text)).toBe(AMOUNT_TOO_LARGE_MESSAGE);
      expect(read(text)).toEqual({ ok: false, message: AMOUNT_TOO_LARGE_MESSAGE });
    }
  });

  it('a number cell is a whole number of kroner, 0 or more, within the bound', () => {
    expect(readAmount(1_234_567)).toEqual({ ok: true, value: 1_234_567 });
    expect(readAmount(0)).toEqual({ ok: true, value: 0 });
    expect(readAmount(-5)).toEqual(notRead('-5'));
    expect(readAmount(10.5)).toEqual(notRead('10.5'));
    expect(readAmount(MAX_NOK + 1)).toEqual({ ok: false, message: AMOUNT_TOO_LARGE_MESSAGE });
    expect(readAmount(null)).toEqual({ ok: true, value: null });
    expect(readAmount('  ')).toEqual({ ok: true, value: null });
  });
});

describe('an answer’s amount in the review', () => {
  async function answered(spent: string) {
    const p = memoryPortfolio({ example: true, user: 'Kari Koordinator' });
    const id = (await hodSetup(p)).ids[0];
    await call(p, 'budget:add', { measureId: id, year: 2026, allocatedNok: 10_000_000, spentNok: 1 });
    const round = await newRound(p, '2026-T3', ['HOD']);
    const filled = await fillForm(await formOf(p, round.id, 'HOD'), { [id]: { 'Brukt 2026, linje 1 (kr)': spent } });
    const { review } = await readAnswer(p, round.id, filled);
    const key = review.measures[0].items.find((i) => i.key.includes(':budget:'))!.key;
    return { p, review, key };
  }

  it('reads «1.234.567 kr» and «1 234 567,00» as the budget form does', async () => {
    for (const text of ['1.234.567 kr', '1 234 567,00']) {
      const { review, key } = await answered(text);
      expect(item(review, key).problems).toEqual([]);
      expect(item(review, key).parts[0].new).toBe(formatNok(1_234_567));
    }
  });

  it('«ca. 6 mill» is a rule break at the field that «Rett verdien» fixes', async () => {
    const { p, review, key } = await answered('ca. 6 mill');
    const field = item(review, key).parts[0].label;
    expect(item(review, key).parts[0].problem).toBe(`${field}: ${notRead('ca. 6 mill').message}`);
    const fixed = await call<typeof review>(p, 'rounds:review', {
      answerId: review.answer.id,
      corrections: [{ key, field, value: '6 000 000' }],
    });
    expect(item(fixed, key).problems).toEqual([]);
    expect(item(fixed, key).parts[0].correction).toMatchObject({ typed: '6 000 000', shown: formatNok(6_000_000) });
  });
});
