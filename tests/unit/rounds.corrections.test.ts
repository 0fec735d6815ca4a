// The coordinator corrects a value in the review before accepting it (QA rounds §6): «Brukt 2026: ca. 6 mill» or an
// e-mail written «(at)» no longer means asking the ministry for a new file. The corrected value meets the field's own
// rules, a rule break it fixes may be accepted, accepting writes the corrected value and stores the answer's value
// beside it (with who corrected it), and the measure's history names the correction. Amounts read from an answer
// have the budget line's bound.
import { describe, expect, it, vi } from 'vitest';
import { reviewText } from '../../electron/core/cli/round-commands.ts';
import { correctionText } from '../../electron/core/services/round-answers.service.ts';
import type { AnswerReview, Correction } from '../../shared/api/rounds.contract.ts';
import { AMOUNT_TOO_LARGE_MESSAGE } from '../../shared/domain/budget.ts';
import { readAmount } from '../../shared/domain/rounds.ts';
import type { BudgetSummary, Measure, TimelineEntry } from '../../shared/domain/types.ts';
import { formatNok } from '../../shared/format/nb.ts';
import { call, refused } from '../support/api.ts';
import { memoryPortfolio, snapshot } from '../support/portfolio.ts';
import { fillForm, formOf, hodSetup, itemOf as item, newRound, readAnswer } from '../support/rounds.ts';

vi.setConfig({ testTimeout: 60_000 });

const SPENT = 'Brukt 2026, linje 1 (kr)';
const EMAIL = 'E-post til kontaktperson';

/** HOD's answer for one measure with a 2026 budget line: the given cells filled in. */
async function answered(fill: Record<string, string | number>) {
  const p = memoryPortfolio({ example: true, user: 'Kari Koordinator' });
  const id = (await hodSetup(p)).ids[0];
  await call(p, 'budget:add', { measureId: id, year: 2026, allocatedNok: 8_000_000, spentNok: 5_221_000 });
  const lineId = (await call<BudgetSummary>(p, 'budget:list', { measureId: id })).lines.find(
    (l) => l.year === 2026,
  )!.id;
  const round = await newRound(p, '2026-T3', ['HOD']);
  const filled = await fillForm(await formOf(p, round.id, 'HOD'), { [id]: fill });
  const { review } = await readAnswer(p, round.id, filled, 'Svar fra HOD.xlsx');
  return { p, id, lineId, review, budgetKey: `${id}:budget:${lineId}` };
}

const reviewWith = (p: ReturnType<typeof memoryPortfolio>, r: AnswerReview, corrections: Correction[]) =>
  call<AnswerReview>(p, 'rounds:review', { answerId: r.answer.id, corrections });

const acceptWith = (p: ReturnType<typeof memoryPortfolio>, r: AnswerReview, keys: string[], c: Correction[]) =>
  call<{ accepted: number; rejected: number }>(p, 'rounds:accept', {
    answerId: r.answer.id,
    token: r.token,
    accept: keys,
    corrections: c,
  });

describe('input rounds: a value corrected in the review', () => {
  it('a rule-broken amount corrected is accepted, written and stored beside the answer’s value', async () => {
    const { p, id, lineId, review, budgetKey } = await answered({ [SPENT]: 'ca. 6 mill' });
    const field = item(review, budgetKey).parts[0].label;
    expect(item(review, budgetKey).problems[0]).toMatch(/Beløpet «ca\. 6 mill» er ikke et helt antall kroner/);

    const fix = [{ key: budgetKey, field, value: '6 000 000' }];
    const corrected = await reviewWith(p, review, fix);
    const change = item(corrected, budgetKey);
    expect(change.problems).toEqual([]);
    expect(change.parts[0]).toMatchObject({
      old: formatNok(5_221_000),
      new: 'ca. 6 mill',
      correction: { typed: '6 000 000', shown: formatNok(6_000_000), by: null },
      problem: null,
      changed: true,
    });
    expect(corrected.counts.problems).toBe(0);

    expect(await acceptWith(p, corrected, [budgetKey], fix)).toMatchObject({ accepted: 1, rejected: 0 });
    const lines = (await call<BudgetSummary>(p, 'budget:list', { measureId: id })).lines;
    expect(lines.find((l) => l.id === lineId)?.spentNok).toBe(6_000_000);

    // Stored: the answer's value and the coordinator's, and who corrected it.
    const row = p.db
      .prepare('SELECT decision, fields, problems FROM round_answer_items WHERE answer_id = ? AND item_key = ?')
      .get(review.answer.id, budgetKey) as { decision: string; fields: string; problems: string };
    expect(row.decision).toBe('accepted');
    expect(JSON.parse(row.problems)).toEqual([]);
    expect(JSON.parse(row.fields)[0]).toMatchObject({
      before: formatNok(5_221_000),
      after: 'ca. 6 mill',
      correction: { typed: '6 000 000', shown: formatNok(6_000_000), by: 'Kari Koordinator' },
    });
    const decided = await call<AnswerReview>(p, 'rounds:review', { answerId: review.answer.id });
    expect(item(decided, budgetKey)).toMatchObject({
      decision: 'accepted',
      parts: [
        { new: 'ca. 6 mill', correction: { shown: formatNok(6_000_000), by: 'Kari Koordinator' }, problem: null },
      ],
    });

    // `round import` of the same file again says it too.
    expect(reviewText(decided)).toContain(
      `    ${field}: ${formatNok(5_221_000)} → ca. 6 mill · Rettet til: ${formatNok(6_000_000)} (av Kari Koordinator)`,
    );

    // The history names the correction, beside the budget change it made.
    const timeline = await call<TimelineEntry[]>(p, 'measures:timeline', { id });
    const entry = timeline.find((e) => e.kind === 'change' && e.action === 'round-correction');
    expect(entry).toMatchObject({
      author: 'Kari Koordinator',
      newValue: `${field}: «ca. 6 mill» fra innspill HOD T3 2026, rettet av koordinator til ${formatNok(6_000_000)}`,
    });
  });

  it('a bad correction gets the field’s own message and cannot be accepted', async () => {
    const { p, review, budgetKey, id } = await answered({ [SPENT]: 'ca. 6 mill', [EMAIL]: 'ola.hansen(at)hod.dep.no' });
    const field = item(review, budgetKey).parts[0].label;
    // The e-mail is part of the contact person, one change with the name.
    const emailKey = `${id}:contact`;
    const at = (i: ReturnType<typeof item>, key: string) => (key === budgetKey ? i.parts[0] : i.parts[1]);
    const cases: [string, string, string][] = [
      [budgetKey, 'ca. 6 mill', 'Beløpet må være hele kroner.'],
      [budgetKey, '-6 000 000', 'Beløpet kan ikke være negativt.'],
      [budgetKey, '2 000 000 000 000', AMOUNT_TOO_LARGE_MESSAGE],
      [emailKey, 'ola.hansen(at)hod.dep.no', ''],
    ];
    const emailMessage = at(item(review, emailKey), emailKey).problem!;
    expect(emailMessage).toBeTruthy();
    for (const [key, value, message] of cases) {
      const label = key === budgetKey ? field : 'E-post til kontaktperson';
      const fix = [{ key, field: label, value }];
      const r = await reviewWith(p, review, fix);
      const change = item(r, key);
      expect(at(change, key).correction?.typed).toBe(value);
      // At the field, in its own words (a budget line's led by the line, as every amount of an answer).
      expect(at(change, key).problem).toBe(key === budgetKey ? `${field}: ${message}` : emailMessage);
      const before = snapshot(p.db);
      const e = await refused(p, 'rounds:accept', {
        answerId: review.answer.id,
        token: r.token,
        accept: [key],
        corrections: fix,
      });
      expect(e.message).toContain(message || emailMessage);
      expect(snapshot(p.db)).toBe(before);
    }
    // Corrected well, the e-mail is accepted as corrected.
    const fix = [{ key: emailKey, field: 'E-post til kontaktperson', value: 'ola.hansen@hod.dep.no' }];
    const r = await reviewWith(p, review, fix);
    expect(item(r, emailKey).problems).toEqual([]);
    await acceptWith(p, r, [emailKey], fix);
    expect((await call<Measure>(p, 'measures:get', { id })).contactEmail).toBe('ola.hansen@hod.dep.no');
  });

  it('a status update’s missing comment is corrected; a correction on a rejected change is not kept', async () => {
    const { p, id, review, budgetKey } = await answered({ 'Ny status': 'Pågår', 'Ny vurdering': 'Rød', [SPENT]: 1 });
    const statusKey = `${id}:status`;
    expect(item(review, statusKey).problems[0]).toMatch(/^Kommentar: Gul og rød vurdering må begrunnes/);
    const field = item(review, budgetKey).parts[0].label;
    const fix = [
      { key: statusKey, field: 'Kommentar', value: 'Forsinket levering fra leverandøren.' },
      { key: budgetKey, field, value: '2' },
    ];
    const r = await reviewWith(p, review, fix);
    expect(item(r, statusKey).problems).toEqual([]);
    // The token is the corrected review's: what was shown is what is accepted.
    await refused(p, 'rounds:accept', {
      answerId: r.answer.id,
      token: review.token,
      accept: [statusKey],
      corrections: fix,
    });
    await acceptWith(p, r, [statusKey], fix);
    const history = await call<{ comment: string; assessment: string }[]>(p, 'status:history', { measureId: id });
    expect(history[0]).toMatchObject({ assessment: 'rod', comment: 'Forsinket levering fra leverandøren.' });
    const rows = p.db
      .prepare('SELECT item_key, decision, fields FROM round_answer_items WHERE answer_id = ? ORDER BY seq')
      .all(review.answer.id) as { item_key: string; decision: string; fields: string }[];
    const budget = rows.find((x) => x.item_key === budgetKey)!;
    expect(budget.decision).toBe('rejected');
    expect(JSON.parse(budget.fields)[0].correction).toBeUndefined();
    const comment = JSON.parse(rows.find((x) => x.item_key === statusKey)!.fields).find(
      (f: { label: string }) => f.label === 'Kommentar',
    );
    expect(comment).toMatchObject({ after: '', correction: { shown: 'Forsinket levering fra leverandøren.' } });
  });

  it('a correction that names no field of the review, or one on a decided answer, is refused', async () => {
    const { p, review, budgetKey } = await answered({ [SPENT]: 'ca. 6 mill' });
    await refused(p, 'rounds:review', {
      answerId: review.answer.id,
      corrections: [{ key: budgetKey, field: 'Status', value: 'Pågår' }],
    });
    await refused(p, 'rounds:review', {
      answerId: review.answer.id,
      corrections: [{ key: '999999:status', field: 'Status', value: 'Pågår' }],
    });
    await acceptWith(p, review, [], []);
    const e = await refused(p, 'rounds:review', {
      answerId: review.answer.id,
      corrections: [{ key: budgetKey, field: item(review, budgetKey).parts[0].label, value: '6 000 000' }],
    });
    expect(e.message).toBe('Svaret er allerede avgjort, så verdiene i det kan ikke rettes.');
  });
});

describe('amounts read from an answer', () => {
  it('have the budget line’s bound and message', () => {
    expect(readAmount(1_000_000_000_000)).toEqual({ ok: true, value: 1_000_000_000_000 });
    expect(readAmount('1 000 000 000 000 kr')).toEqual({ ok: true, value: 1_000_000_000_000 });
    expect(readAmount(1_000_000_000_001)).toEqual({ ok: false, message: AMOUNT_TOO_LARGE_MESSAGE });
    expect(readAmount('999 999 999 999 999')).toEqual({ ok: false, message: AMOUNT_TOO_LARGE_MESSAGE });
  });
});

describe("the history's note on a corrected value", () => {
  const review = { recipient: { abbrev: 'JD' }, periodLabel: 'T3 2026' } as AnswerReview;
  it('says «(tomt)» for an empty answer or correction, as the review does, and quotes what was written', () => {
    expect(correctionText(review, 'Kommentar', '', 'Ny tekst')).toBe(
      'Kommentar: (tomt) fra innspill JD T3 2026, rettet av koordinator til Ny tekst',
    );
    expect(correctionText(review, 'Kommentar', 'Gammel', '')).toBe(
      'Kommentar: «Gammel» fra innspill JD T3 2026, rettet av koordinator til (tomt)',
    );
  });
});
