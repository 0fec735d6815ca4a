// A decided answer is shown as it was decided (QA rounds §4): accepting or rejecting an answer stores, per change,
// the decision and the value before and in the answer, and the answer's page reads that instead of recomputing the
// review against today's portfolio (no false conflicts, the old value kept). Answers decided before decisions were
// stored say so instead of listing changes.
import { describe, expect, it, vi } from 'vitest';
import type { AnswerReview } from '../../shared/api/rounds.contract.ts';
import { decideAnswer } from '../../electron/core/repositories/rounds.repo.ts';
import { call } from '../support/api.ts';
import { memoryPortfolio } from '../support/portfolio.ts';
import { acceptAll as accept, fillForm, hodSetup, itemOf as item, readAnswer } from '../support/rounds.ts';

// Each answer is parsed in a worker of its own, which takes a moment on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const review = (p: ReturnType<typeof memoryPortfolio>, answerId: number) =>
  call<AnswerReview>(p, 'rounds:review', { answerId });

/** HOD answers for two measures: a new status on the first, a new contact person on both. */
async function answered() {
  const p = memoryPortfolio({ example: true, user: 'Kari Koordinator' });
  const { round, form, ids } = await hodSetup(p);
  const [a, b] = ids;
  const filled = await fillForm(form, {
    [a]: { 'Ny status': 'Fullført', 'Ny vurdering': 'Grønn', Kommentar: 'Levert.', 'Rapportert av': 'Per Helse' },
    [b]: { Kontaktperson: 'Siri Helse' },
  });
  const { review: r } = await readAnswer(p, round.id, filled, 'Svar fra HOD.xlsx');
  return { p, round, form, a, b, r };
}

describe('input rounds: a decided answer shows what was decided', () => {
  it('stores each change’s decision with its values before and in the answer, and shows them afterwards', async () => {
    const { p, a, b, r } = await answered();
    const status = item(r, `${a}:status`);
    const before = status.parts.map((x) => x.old);
    expect(r).toMatchObject({ basis: 'now', counts: { items: 2, conflicts: 0 } });
    expect(status.decision).toBeNull();
    await accept(p, r, [`${a}:status`]);

    const rows = p.db
      .prepare('SELECT item_key, decision, fields FROM round_answer_items WHERE answer_id = ? ORDER BY seq')
      .all(r.answer.id) as { item_key: string; decision: string; fields: string }[];
    expect(rows.map((x) => [x.item_key, x.decision])).toEqual([
      [`${a}:status`, 'accepted'],
      [`${b}:contact`, 'rejected'],
    ]);
    expect(JSON.parse(rows[0].fields)[0]).toMatchObject({ label: 'Status', after: 'Fullført', changed: true });

    const decided = await review(p, r.answer.id);
    expect(decided).toMatchObject({
      basis: 'stored',
      answer: { state: 'accepted', accepted: 1, rejected: 1, decidedBy: 'Kari Koordinator' },
      counts: { items: 2, problems: 0, conflicts: 0 },
      unchanged: r.unchanged,
    });
    const shown = item(decided, `${a}:status`);
    expect(shown.decision).toBe('accepted');
    expect(shown.conflict).toBeNull();
    // «Før» is the portfolio's value when it was decided, not today's (which now equals the answer).
    expect(shown.parts.map((x) => x.old)).toEqual(before);
    expect(shown.parts.find((x) => x.label === 'Status')).toMatchObject({ new: 'Fullført', changed: true });
    // The contact person is one change: the new name with the e-mail the answer left as it was.
    expect(item(decided, `${b}:contact`)).toMatchObject({
      decision: 'rejected',
      conflict: null,
      parts: [
        { label: 'Kontaktperson', new: 'Siri Helse', changed: true },
        { label: 'E-post til kontaktperson', changed: false },
      ],
    });
    // Under the same headings as in the review.
    const head = ({ items: _, ...m }: AnswerReview['measures'][number]) => m;
    expect(decided.measures.map(head)).toEqual(r.measures.map(head));
  });

  it('is not recomputed when the portfolio moves on after the decision', async () => {
    const { p, a, b, r } = await answered();
    await accept(p, r);
    const decided = await review(p, r.answer.id);
    await call(p, 'status:record', { measureId: a, status: 'avbrutt', assessment: 'ikke-vurdert', author: 'Ola' });
    const m = await call<{ version: number }>(p, 'measures:get', { id: b });
    await call(p, 'measures:update', { id: b, version: m.version, changes: { contactName: 'Noen Andre' } });
    expect(await review(p, r.answer.id)).toEqual(decided);
    expect(decided.measures.flatMap((x) => x.items).map((i) => i.decision)).toEqual(['accepted', 'accepted']);
  });

  it('stores every change as rejected when the whole answer is rejected', async () => {
    const { p, a, b, r } = await answered();
    await call(p, 'rounds:reject', { answerId: r.answer.id });
    const decided = await review(p, r.answer.id);
    expect(decided.basis).toBe('stored');
    expect(decided.measures.flatMap((m) => m.items).map((i) => [i.key, i.decision])).toEqual([
      [`${a}:status`, 'rejected'],
      [`${b}:contact`, 'rejected'],
    ]);
  });

  it('keeps a rule break with the rejected change, so the page can say why', async () => {
    const p = memoryPortfolio({ example: true });
    const { round, form, ids } = await hodSetup(p);
    const { review: r } = await readAnswer(p, round.id, await fillForm(form, { [ids[0]]: { 'Ny vurdering': 'Rød' } }));
    await accept(p, r, []);
    const shown = item(await review(p, r.answer.id), `${ids[0]}:status`);
    expect(shown.decision).toBe('rejected');
    expect(shown.problems[0]).toMatch(/^Kommentar: Gul og rød vurdering må begrunnes/);
    expect(shown.parts.find((x) => x.label === 'Kommentar')!.problem).toMatch(/^Gul og rød/);
  });

  it('says plainly that an answer decided before decisions were stored has none; nothing is recomputed', async () => {
    const { p, r } = await answered();
    // As such an answer is in the file: decided, with its counts, and no stored decisions.
    decideAnswer(p.db, r.answer.id, {
      state: 'accepted',
      at: '2026-11-20T10:00:00.000Z',
      by: 'Kari Koordinator',
      accepted: 1,
      rejected: 1,
    });
    const old = await review(p, r.answer.id);
    expect(old).toMatchObject({ basis: 'unstored', measures: [], counts: { items: 0, conflicts: 0 } });
    expect(old.answer).toMatchObject({ state: 'accepted', accepted: 1, rejected: 1 });
  });

  it('keeps stored decisions as they were: no change, no removal, none for an answer in review', async () => {
    const { p, r } = await answered();
    const insert = () =>
      p.db
        .prepare(
          `INSERT INTO round_answer_items (answer_id, seq, measure_id, item_key, label, decision, fields)
           VALUES (?, 99, 1, 'x', 'x', 'accepted', '[]')`,
        )
        .run(r.answer.id);
    expect(insert).toThrow(/only an accepted or rejected answer has decisions/);
    await accept(p, r);
    expect(() => p.db.prepare("UPDATE round_answer_items SET decision = 'rejected'").run()).toThrow(/append-only/);
    expect(() => p.db.prepare('DELETE FROM round_answer_items').run()).toThrow(/append-only/);
  });

  it('reviews a corrected answer against an accepted first one from what was stored', async () => {
    const { p, a, r, round, form } = await answered();
    await accept(p, r);
    const second = await readAnswer(
      p,
      round.id,
      await fillForm(form, { [a]: { 'Ny status': 'Fullført', 'Ny vurdering': 'Gul', Kommentar: 'Litt igjen.' } }),
    );
    const parts = item(second.review, `${a}:status`).parts;
    expect(parts.find((x) => x.label === 'Vurdering')).toMatchObject({ new: 'Gul', earlier: 'Grønn' });
  });
});
