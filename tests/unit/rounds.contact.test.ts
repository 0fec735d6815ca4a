// A measure's contact person in an input round's review (QA MED-6): the name and the e-mail belong to one person, so
// the review shows them as one change («12:contact»), accepted or rejected together, and the stored decision and the
// history say so. A coordinator can no longer reject HOD's new name and accept its e-mail, leaving Kari's name with
// Per's e-mail. Startår and Sluttår stay changes of their own. Real SQLite and real answer XLSX files throughout.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { withContactPairs } from '../../electron/core/services/round-contact-item.ts';
import type { AnswerReview, ReviewItem } from '../../shared/api/rounds.contract.ts';
import type { Measure, TimelineEntry } from '../../shared/domain/types.ts';
import { call, refused } from '../support/api.ts';
import { cli } from '../support/cli.ts';
import { memoryPortfolio, portfolioFile, snapshot, tempDir } from '../support/portfolio.ts';
import { acceptAll, fillForm, formMeasures, formOf, itemOf as item, newRound, readAnswer } from '../support/rounds.ts';

// Each answer is parsed in a worker of its own, which takes a moment on a busy machine.
vi.setConfig({ testTimeout: 120_000 });
const tmp = tempDir('tiltak-rounds-contact-');
afterAll(() => tmp.cleanup());

const NAME = 'Kontaktperson';
const EMAIL = 'E-post til kontaktperson';
const OLA = { contactName: 'Ola Helse', contactEmail: 'ola.helse@hod.dep.no' };

type Portfolio = ReturnType<typeof memoryPortfolio>;

async function setContact(p: Portfolio, id: number, changes: Partial<typeof OLA>) {
  const m = await call<Measure>(p, 'measures:get', { id });
  await call(p, 'measures:update', { id, version: m.version, changes });
}

/**
 * HOD's form for a measure whose contact is Ola Helse, and HOD's answer with `fill` in its row; `meanwhile` is what JD
 * changed in the app after the form was made.
 */
async function answered(fill: Record<string, string>, meanwhile: Partial<typeof OLA> = {}) {
  const p = memoryPortfolio({ example: true, user: 'Kari Koordinator' });
  const round = await newRound(p, '2026-T3', ['HOD']);
  const id = (await formMeasures(await formOf(p, round.id, 'HOD'))).ids[0];
  await setContact(p, id, OLA);
  const form = await formOf(p, round.id, 'HOD');
  if (Object.keys(meanwhile).length) await setContact(p, id, meanwhile);
  const { review } = await readAnswer(p, round.id, await fillForm(form, { [id]: fill }), 'Svar fra HOD.xlsx');
  return { p, id, review, key: `${id}:contact` };
}

const contactOf = async (p: Portfolio, id: number) => {
  const m = await call<Measure>(p, 'measures:get', { id });
  return { contactName: m.contactName, contactEmail: m.contactEmail };
};

/** The measure's history of field changes to the contact person, oldest first: [field, new value]. */
async function contactHistory(p: Portfolio, id: number) {
  const timeline = await call<TimelineEntry[]>(p, 'measures:timeline', { id });
  return timeline
    .filter((e) => e.kind === 'change' && (e.field === 'contactName' || e.field === 'contactEmail'))
    .map((e) => [(e as { field: string }).field, (e as { newValue: string }).newValue])
    .reverse();
}

const storedRows = (p: Portfolio, r: AnswerReview) =>
  (
    p.db
      .prepare('SELECT item_key, decision, fields FROM round_answer_items WHERE answer_id = ? ORDER BY seq')
      .all(r.answer.id) as { item_key: string; decision: string; fields: string }[]
  ).map((x) => ({ key: x.item_key, decision: x.decision, fields: JSON.parse(x.fields) as object[] }));

const PER = { [NAME]: 'Per Helsesen', [EMAIL]: 'per.helsesen@hod.dep.no' };

describe('input rounds: the contact person is one change', () => {
  it('shows a new name and e-mail as one change, with the conflict on the pair', async () => {
    const { p, id, review, key } = await answered(PER, { contactName: 'Kari Endret i JD' });
    const items = review.measures.flatMap((m) => m.items).map((i) => i.key);
    expect(items).toEqual([key]);
    expect(item(review, key)).toMatchObject({
      label: 'Kontaktperson',
      problems: [],
      parts: [
        { label: NAME, old: 'Kari Endret i JD', new: 'Per Helsesen', changed: true, problem: null },
        { label: EMAIL, old: 'ola.helse@hod.dep.no', new: 'per.helsesen@hod.dep.no', changed: true, problem: null },
      ],
      conflict: { atForm: 'Ola Helse, ola.helse@hod.dep.no', now: 'Kari Endret i JD, ola.helse@hod.dep.no' },
    });
    expect(review.counts).toEqual({ items: 1, problems: 0, conflicts: 1 });
    // Half of it cannot be accepted: the review has no such change, and nothing is written.
    const before = snapshot(p.db);
    const e = await refused(p, 'rounds:accept', {
      answerId: review.answer.id,
      token: review.token,
      accept: [`${id}:field:contactEmail`],
    });
    expect(e.message).toBe('Gjennomgangen nevner ikke en av endringene som skulle godtas.');
    expect(snapshot(p.db)).toBe(before);
  });

  it('rejected, keeps the name and the e-mail the measure has; stored as one rejected change with both', async () => {
    const { p, id, review, key } = await answered(PER, { contactName: 'Kari Endret i JD' });
    await acceptAll(p, review, []);
    expect(await contactOf(p, id)).toEqual({ contactName: 'Kari Endret i JD', contactEmail: 'ola.helse@hod.dep.no' });
    expect(storedRows(p, review)).toEqual([
      {
        key,
        decision: 'rejected',
        fields: [
          { label: NAME, before: 'Kari Endret i JD', after: 'Per Helsesen', changed: true, problem: null },
          {
            label: EMAIL,
            before: 'ola.helse@hod.dep.no',
            after: 'per.helsesen@hod.dep.no',
            changed: true,
            problem: null,
          },
        ],
      },
    ]);
  });

  it('accepted, writes the name and the e-mail together, each in the history', async () => {
    const { p, id, review, key } = await answered(PER, { contactName: 'Kari Endret i JD' });
    await acceptAll(p, review);
    expect(await contactOf(p, id)).toEqual({ contactName: 'Per Helsesen', contactEmail: 'per.helsesen@hod.dep.no' });
    expect((await contactHistory(p, id)).slice(-2)).toEqual([
      ['contactName', 'Per Helsesen'],
      ['contactEmail', 'per.helsesen@hod.dep.no'],
    ]);
    const decided = await call<AnswerReview>(p, 'rounds:review', { answerId: review.answer.id });
    expect(item(decided, key)).toMatchObject({ decision: 'accepted', parts: [{ label: NAME }, { label: EMAIL }] });
  });

  it('a new e-mail alone is shown with the name it belongs to, and only the e-mail is written', async () => {
    const { p, id, review, key } = await answered({ [EMAIL]: 'ola.helse@helse.no' });
    expect(item(review, key)).toMatchObject({
      conflict: null,
      parts: [
        { label: NAME, old: 'Ola Helse', new: 'Ola Helse', changed: false },
        { label: EMAIL, old: 'ola.helse@hod.dep.no', new: 'ola.helse@helse.no', changed: true },
      ],
    });
    const before = await contactHistory(p, id);
    await acceptAll(p, review);
    expect(await contactOf(p, id)).toEqual({ contactName: 'Ola Helse', contactEmail: 'ola.helse@helse.no' });
    expect(await contactHistory(p, id)).toEqual([...before, ['contactEmail', 'ola.helse@helse.no']]);
  });

  it('a new e-mail alone, where JD changed the name since, restores the name the e-mail came with', async () => {
    const { p, id, review, key } = await answered({ [EMAIL]: 'ola.helse@helse.no' }, { contactName: 'Kari JD' });
    // The name the answer left as the form had it is part of the change, and the conflict shows whose it was.
    expect(item(review, key)).toMatchObject({
      parts: [
        { label: NAME, old: 'Kari JD', new: 'Ola Helse', changed: true },
        { label: EMAIL, old: 'ola.helse@hod.dep.no', new: 'ola.helse@helse.no', changed: true },
      ],
      conflict: { atForm: 'Ola Helse, ola.helse@hod.dep.no', now: 'Kari JD, ola.helse@hod.dep.no' },
    });
    await acceptAll(p, review);
    expect(await contactOf(p, id)).toEqual({ contactName: 'Ola Helse', contactEmail: 'ola.helse@helse.no' });
  });

  it('a bad e-mail blocks the name with it until corrected; the correction is in the history', async () => {
    const { p, id, review, key } = await answered({ [NAME]: 'Per Helsesen', [EMAIL]: 'per.helsesen(at)hod.dep.no' });
    const change = item(review, key);
    expect(change.parts.map((x) => [x.label, x.problem === null])).toEqual([
      [NAME, true],
      [EMAIL, false],
    ]);
    expect(change.problems).toEqual([`${EMAIL}: ${change.parts[1].problem}`]);
    const before = snapshot(p.db);
    const e = await refused(p, 'rounds:accept', { answerId: review.answer.id, token: review.token, accept: [key] });
    expect(e.message).toContain(change.parts[1].problem!);
    expect(snapshot(p.db)).toBe(before);

    const fix = [{ key, field: EMAIL, value: 'per.helsesen@hod.dep.no' }];
    const corrected = await call<AnswerReview>(p, 'rounds:review', { answerId: review.answer.id, corrections: fix });
    expect(item(corrected, key)).toMatchObject({
      problems: [],
      parts: [
        { label: NAME, new: 'Per Helsesen', correction: null },
        { label: EMAIL, new: 'per.helsesen(at)hod.dep.no', correction: { shown: 'per.helsesen@hod.dep.no' } },
      ],
    });
    await call(p, 'rounds:accept', {
      answerId: review.answer.id,
      token: corrected.token,
      accept: [key],
      corrections: fix,
    });
    expect(await contactOf(p, id)).toEqual({ contactName: 'Per Helsesen', contactEmail: 'per.helsesen@hod.dep.no' });
    const timeline = await call<TimelineEntry[]>(p, 'measures:timeline', { id });
    expect(timeline.find((x) => x.kind === 'change' && x.action === 'round-correction')).toMatchObject({
      newValue:
        `${EMAIL}: «per.helsesen(at)hod.dep.no» fra innspill HOD T3 2026, rettet av koordinator til ` +
        'per.helsesen@hod.dep.no',
    });
  });

  it('an earlier answer that stored name and e-mail apart is compared as one contact person', () => {
    const part = (label: string, now: string) => ({
      label,
      old: '',
      new: now,
      changed: true,
      problem: null,
      earlier: null,
      correction: null,
    });
    const stored = (key: string, label: string, now: string): ReviewItem => ({
      key,
      label,
      parts: [part(label, now)],
      problems: [],
      conflict: null,
      notes: [],
      decision: 'accepted',
    });
    const merged = withContactPairs([
      stored('12:status', 'Statusoppdatering', 'Pågår'),
      stored('12:field:contactName', NAME, 'Per'),
      stored('12:field:contactEmail', EMAIL, 'per@hod.dep.no'),
      stored('12:field:endYear', 'Sluttår', '2030'),
    ]);
    expect(merged.map((i) => [i.key, i.parts.map((x) => x.new)])).toEqual([
      ['12:status', ['Pågår']],
      ['12:contact', ['Per', 'per@hod.dep.no']],
      ['12:field:endYear', ['2030']],
    ]);
  });
});

describe('round import --accept-all and the contact person', () => {
  it('accepts a new name and e-mail as one change and writes both', async () => {
    const db = portfolioFile(tmp.dir, 'kontakt.tilt', true);
    expect((await cli('round', 'new', '--db', db, '--period', '2026-T3', '--deadline', '2099-12-15')).code).toBe(0);
    const out = join(tmp.dir, 'skjemaer');
    mkdirSync(out);
    expect((await cli('round', 'forms', '--db', db, '--round', '1', '--out', out, '--recipient', 'HOD')).code).toBe(0);
    const form = readFileSync(join(out, readdirSync(out)[0]));
    const id = (await formMeasures(form)).ids[0];
    const answer = join(tmp.dir, 'Svar HOD.xlsx');
    writeFileSync(answer, await fillForm(form, { [id]: PER }));
    const done = await cli('round', 'import', '--db', db, '--round', '1', '--accept-all', answer);
    expect(done).toMatchObject({ code: 0, err: '' });
    expect(done.out).toContain(`\n  Kontaktperson\n    ${NAME}: `);
    expect(done.out).toMatch(/Godtok 1 endring på 1 tiltak fra HOD\.$/);
    const file = new Database(db, { readonly: true });
    try {
      expect(file.prepare('SELECT contact_name, contact_email FROM measures WHERE id = ?').get(id)).toEqual({
        contact_name: 'Per Helsesen',
        contact_email: 'per.helsesen@hod.dep.no',
      });
    } finally {
      file.close();
    }
    // Read again: the decided change, accepted, with both fields.
    const again = await cli('round', 'import', '--db', db, '--round', '1', answer);
    expect(again.out).toContain(
      '\n  Kontaktperson – godtatt\n' +
        `    ${NAME}: (tomt) → Per Helsesen\n` +
        `    ${EMAIL}: (tomt) → per.helsesen@hod.dep.no\n`,
    );
  });
});
