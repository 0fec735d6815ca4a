// A decided answer's page shows the review's notes on each change, stored with the decision (migration 0015) as what
// they are (a kind and its values), and worded for what happened: an accepted change's update «ble registrert», a
// rejected one's notes say nothing about what accepting would do. Notes stored as the review's sentences (before
// kinds) are read back as their kind; changes decided before notes were stored show none.
import { describe, expect, it, vi } from 'vitest';
import type { AnswerReview, ReviewItem } from '../../shared/api/rounds.contract.ts';
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

/** The notes in review: what accepting will do. */
const NOTES = [
  'Tiltaket har en nyere status (Pågår Gul, 22.10.2026). Oppdateringen registreres per 30.08.2026 og endrer ' +
    'ikke status nå.',
  '30.08.2026 er i en lukket periode (T2 2026): godtar du, registreres oppdateringen som korrigert etter lukking.',
];
/** The same notes on the accepted change: what was done. */
const ACCEPTED = [
  'Tiltaket hadde en nyere status (Pågår Gul, 22.10.2026), så oppdateringen ble registrert per 30.08.2026 uten å ' +
    'endre tiltakets status.',
  '30.08.2026 var i en lukket periode (T2 2026) da svaret ble avgjort: oppdateringen ble registrert med denne ' +
    'datoen, som korrigert etter lukking.',
];
/** On the rejected change: the facts, nothing about accepting. */
const REJECTED = [
  'Tiltaket hadde en nyere status (Pågår Gul, 22.10.2026) enn oppdateringen, som var datert 30.08.2026.',
  '30.08.2026 var i en lukket periode (T2 2026) da svaret ble avgjort.',
];
/** What is stored: each note's kind and values. */
const FACTS = [
  { kind: 'newer-status', status: 'Pågår Gul', newerDate: '2026-10-22', date: '2026-08-30' },
  { kind: 'closed-period', date: '2026-08-30', periods: ['T2 2026'] },
];

const texts = (i: ReviewItem) => i.notes.map((n) => n.text);
const storedNotes = (p: ReturnType<typeof memoryPortfolio>, answerId: number, key: string) =>
  JSON.parse(
    (
      p.db.prepare('SELECT notes FROM round_answer_items WHERE answer_id = ? AND item_key = ?').get(answerId, key) as {
        notes: string;
      }
    ).notes,
  ) as unknown;

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
  expect(texts(item(review, `${id}:status`))).toEqual(NOTES);
  return { p, id, review };
}

const decidedReview = (p: ReturnType<typeof memoryPortfolio>, answerId: number) =>
  call<AnswerReview>(p, 'rounds:review', { answerId });

describe('input rounds: a decided answer shows the review’s notes worded for what was decided', () => {
  it('says what was done on an accepted change, also after the portfolio has moved on', async () => {
    const { p, id, review } = await answered();
    await accept(p, review);
    const decided = await decidedReview(p, review.answer.id);
    expect(decided.basis).toBe('stored');
    expect(item(decided, `${id}:status`).decision).toBe('accepted');
    expect(texts(item(decided, `${id}:status`))).toEqual(ACCEPTED);
    expect(storedNotes(p, review.answer.id, `${id}:status`)).toEqual(FACTS);
    // A newer status now would give other notes if recomputed; the stored ones stay.
    await call(p, 'status:record', { measureId: id, status: 'avbrutt', assessment: 'ikke-vurdert', author: 'Ola' });
    expect(texts(item(await decidedReview(p, review.answer.id), `${id}:status`))).toEqual(ACCEPTED);
  });

  it('says only the facts on a change rejected with the whole answer', async () => {
    const { p, id, review } = await answered();
    await call(p, 'rounds:reject', { answerId: review.answer.id });
    const decided = item(await decidedReview(p, review.answer.id), `${id}:status`);
    expect(decided.decision).toBe('rejected');
    expect(texts(decided)).toEqual(REJECTED);
    for (const t of texts(decided)) expect(t).not.toMatch(/godtar|registreres|endrer/);
    expect(storedNotes(p, review.answer.id, `${id}:status`)).toEqual(FACTS);
  });

  /** The answer decided, with one change stored as an older version of the app stored it (`notes`: as then). */
  function decidedAsBefore(p: ReturnType<typeof memoryPortfolio>, answerId: number, id: number, notes?: unknown[]) {
    decideAnswer(p.db, answerId, {
      state: 'accepted',
      at: '2026-11-20T10:00:00.000Z',
      by: 'Kari Koordinator',
      accepted: 1,
      rejected: 0,
    });
    const fields = JSON.stringify([
      { label: 'Status', before: 'Pågår', after: 'Fullført', changed: true, problem: null },
    ]);
    // Before 0015 a row had no notes column (which then gave it none); from 0015 the review's sentences.
    if (notes === undefined)
      p.db
        .prepare(
          `INSERT INTO round_answer_items (answer_id, seq, measure_id, item_key, label, decision, fields)
           VALUES (?, 0, ?, ?, 'Statusoppdatering', 'accepted', ?)`,
        )
        .run(answerId, id, `${id}:status`, fields);
    else
      p.db
        .prepare(
          `INSERT INTO round_answer_items (answer_id, seq, measure_id, item_key, label, decision, fields, notes)
           VALUES (?, 0, ?, ?, 'Statusoppdatering', 'accepted', ?, ?)`,
        )
        .run(answerId, id, `${id}:status`, fields, JSON.stringify(notes));
  }

  it('shows no notes on a change decided before notes were stored', async () => {
    const { p, id, review } = await answered();
    decidedAsBefore(p, review.answer.id, id);
    const decided = await decidedReview(p, review.answer.id);
    expect(decided.basis).toBe('stored');
    expect(item(decided, `${id}:status`)).toMatchObject({ decision: 'accepted', notes: [] });
  });

  it('words notes stored as the review’s sentences for the decision; another sentence stays as it was', async () => {
    const { p, id, review } = await answered();
    const formula = '«Kommentar» inneholdt en formel; verdien er lest som tekst: «Se vedlegg».';
    const unlikely =
      '«Fullført» med vurderingen «Gul» er uvanlig: gul og rød betyr risiko eller forsinkelse, ' +
      'og tiltaket er fullført.';
    decidedAsBefore(p, review.answer.id, id, [...NOTES, formula, unlikely]);
    expect(texts(item(await decidedReview(p, review.answer.id), `${id}:status`))).toEqual([
      ...ACCEPTED,
      '«Kommentar» inneholdt en formel; verdien ble lest som tekst: «Se vedlegg».',
      unlikely,
    ]);
  });
});
