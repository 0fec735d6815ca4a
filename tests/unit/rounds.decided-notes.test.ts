// A decided answer's page shows the review's notes on each change as they were shown when it was decided (a newer
// status stays the status now, a closed period is corrected), stored with the decision (migration 0015); changes
// decided before the notes were stored show none.
import { describe, expect, it, vi } from 'vitest';
import type { AnswerReview } from '../../shared/api/rounds.contract.ts';
import { decideAnswer } from '../../electron/core/repositories/rounds.repo.ts';
import { call } from '../support/api.ts';
import { memoryPortfolio } from '../support/portfolio.ts';
import {
  acceptAll as accept,
  fillForm,
  formOf,
  hodSetup,
  itemOf as item,
  newRound,
  readAnswer,
} from '../support/rounds.ts';

// Each answer is parsed in a worker of its own, which takes a moment on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const NOTES = [
  'Tiltaket har en nyere status (Pågår Gul, 22.10.2026). Oppdateringen registreres per 30.08.2026 og endrer ' +
    'ikke status nå.',
  '30.08.2026 er i en lukket periode (T2 2026): godtar du, registreres oppdateringen som korrigert etter lukking.',
];

/** HOD answers T2 (closed) with an update dated 30.08 on a measure that stands as Pågår, Gul from 22.10. */
async function answered() {
  const p = memoryPortfolio({ example: true, user: 'Kari Koordinator' });
  const { ids } = await hodSetup(p);
  const id = ids[0];
  await call(p, 'status:record', {
    measureId: id,
    status: 'pagar',
    assessment: 'gul',
    comment: 'Venter på avklaring.',
    effectiveDate: '2026-10-22',
    author: 'Ola Annen',
  });
  await call(p, 'periods:close', { period: '2026-T2' });
  const round = await newRound(p, '2026-T2', ['HOD']);
  const filled = await fillForm(await formOf(p, round.id, 'HOD'), {
    [id]: {
      'Ny status': 'Fullført',
      'Ny vurdering': 'Grønn',
      'Dato (dd.mm.åååå)': new Date(Date.UTC(2026, 7, 30)),
      'Rapportert av': 'Per Helse',
    },
  });
  const { review } = await readAnswer(p, round.id, filled);
  expect(item(review, `${id}:status`).notes).toEqual(NOTES);
  return { p, id, review };
}

const decidedReview = (p: ReturnType<typeof memoryPortfolio>, answerId: number) =>
  call<AnswerReview>(p, 'rounds:review', { answerId });

describe('input rounds: a decided answer shows the review’s notes as they were when it was decided', () => {
  it('shows each accepted change’s notes under it, also after the portfolio has moved on', async () => {
    const { p, id, review } = await answered();
    await accept(p, review);
    const decided = await decidedReview(p, review.answer.id);
    expect(decided.basis).toBe('stored');
    expect(item(decided, `${id}:status`)).toMatchObject({ decision: 'accepted', notes: NOTES });
    // A newer status now would give other notes if recomputed; the stored ones stay.
    await call(p, 'status:record', { measureId: id, status: 'avbrutt', assessment: 'ikke-vurdert', author: 'Ola' });
    expect(item(await decidedReview(p, review.answer.id), `${id}:status`).notes).toEqual(NOTES);
  });

  it('keeps the notes with a change rejected with the whole answer', async () => {
    const { p, id, review } = await answered();
    await call(p, 'rounds:reject', { answerId: review.answer.id });
    expect(item(await decidedReview(p, review.answer.id), `${id}:status`)).toMatchObject({
      decision: 'rejected',
      notes: NOTES,
    });
  });

  it('shows no notes on a change decided before notes were stored', async () => {
    const { p, id, review } = await answered();
    decideAnswer(p.db, review.answer.id, {
      state: 'accepted',
      at: '2026-11-20T10:00:00.000Z',
      by: 'Kari Koordinator',
      accepted: 1,
      rejected: 0,
    });
    // As such a row is in the file: written before the notes column, which then gave it none.
    p.db
      .prepare(
        `INSERT INTO round_answer_items (answer_id, seq, measure_id, item_key, label, decision, fields)
         VALUES (?, 0, ?, ?, 'Statusoppdatering', 'accepted', ?)`,
      )
      .run(
        review.answer.id,
        id,
        `${id}:status`,
        JSON.stringify([{ label: 'Status', before: 'Pågår', after: 'Fullført', changed: true, problem: null }]),
      );
    const decided = await decidedReview(p, review.answer.id);
    expect(decided.basis).toBe('stored');
    expect(item(decided, `${id}:status`)).toMatchObject({ decision: 'accepted', notes: [] });
  });
});
