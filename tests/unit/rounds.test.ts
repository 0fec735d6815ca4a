// Input rounds: the form's cells from the field registry, identification by content, every rule break, the conflict
// case, idempotent re-import, a corrected second answer, and accepting with a history that names the source.
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import type { RoundInfo } from '../../shared/api/rounds.contract.ts';
import { fieldDef } from '../../shared/domain/measure-fields.ts';
import { ASSESSMENT_CHOICES, FORM_SHEET, HELP_SHEET, META_SHEET, STATUS_CHOICES } from '../../shared/domain/rounds.ts';
import type { BudgetSummary, Measure, StatusUpdate, TimelineEntry } from '../../shared/domain/types.ts';
import { call, refused } from '../support/api.ts';
import { memoryPortfolio, snapshot } from '../support/portfolio.ts';
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

describe('input rounds: the form', () => {
  it('has the registry’s headings, locked and open cells, drop-down lists, a frozen header, a hidden id', async () => {
    const p = memoryPortfolio({ example: true });
    const m = await call<Measure>(p, 'measures:get', { id: 42 }).catch(() => null);
    const { round, wb, ids } = await hodSetup(p);
    expect(round.recipients.map((r) => r.abbrev)).toEqual(['HOD', 'JD']);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      [HELP_SHEET, 'visible'],
      [FORM_SHEET, 'visible'],
      [META_SHEET, 'veryHidden'],
    ]);
    const ws = wb.getWorksheet(FORM_SHEET)!;
    const headers = (ws.getRow(1).values as string[]).slice(1);
    for (const key of ['title', 'part', 'owner', 'contactName', 'contactEmail'] as const)
      expect(headers).toContain(fieldDef(key).sheet!.header);
    expect(headers).toEqual(expect.arrayContaining(['Ny status', 'Ny vurdering', 'Kommentar', 'Rapportert av']));
    expect(ids.length).toBe(round.recipients[0].measureCount);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(1).hidden).toBe(true);
    const col = (h: string) => headers.indexOf(h) + 1;
    const row = ws.getRow(2);
    expect(row.getCell(col('Tittel')).protection?.locked).not.toBe(false);
    expect(row.getCell(col('Ny status')).protection?.locked).toBe(false);
    expect(row.getCell(col('Kontaktperson')).protection?.locked).toBe(false);
    const validations = (ws as unknown as { dataValidations: { model: Record<string, { formulae?: string[] }> } })
      .dataValidations.model;
    const lists = Object.values(validations).map((v) => String(v.formulae?.[0]));
    expect(lists).toContain(`"${STATUS_CHOICES.join(',')}"`);
    expect(lists).toContain(`"${ASSESSMENT_CHOICES.join(',')}"`);
    expect((ws as unknown as { sheetProtection: object }).sheetProtection).toMatchObject({ sheet: true });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '1:1' });
    const meta = wb.getWorksheet(META_SHEET)!;
    expect(meta.getRow(2).getCell(2).value).toBe(round.uid);
    expect(m === null || typeof m.version === 'number').toBe(true);
  });

  it('fills locked cells blue and open ones yellow, and prompts every open cell with what to write', async () => {
    const p = memoryPortfolio({ example: true });
    const { wb } = await hodSetup(p);
    const ws = wb.getWorksheet(FORM_SHEET)!;
    const headers = (ws.getRow(1).values as string[]).slice(1);
    const fill = (h: string) => {
      const argb = (ws.getRow(2).getCell(headers.indexOf(h) + 1).fill as ExcelJS.FillPattern | undefined)?.fgColor
        ?.argb;
      if (!argb) return 'white';
      const [r, , b] = [2, 4, 6].map((i) => parseInt(argb.slice(i, i + 2), 16));
      return b > r ? 'blue' : r > b ? 'yellow' : 'grey';
    };
    // «De blå kolonnene viser hva porteføljen har i dag», and the officer writes in the yellow ones.
    for (const h of ['Tittel', 'Status nå', 'Vurdering nå', 'Siste kommentar', 'Dato for siste status'])
      expect([h, fill(h)]).toEqual([h, 'blue']);
    for (const h of ['Ny status', 'Ny vurdering', 'Kommentar', 'Dato (dd.mm.åååå)', 'Rapportert av'])
      expect([h, fill(h)]).toEqual([h, 'yellow']);
    const prompts = Object.entries(
      (ws as unknown as { dataValidations: { model: Record<string, { prompt?: string; showInputMessage?: boolean }> } })
        .dataValidations.model,
    ).filter(([, v]) => v.showInputMessage && v.prompt);
    const promptAt = (h: string) => {
      const letter = ws.getColumn(headers.indexOf(h) + 1).letter;
      return prompts.find(([cell]) => cell === `${letter}2`)?.[1].prompt;
    };
    expect(promptAt('Ny status')).toMatch(/Tom = dagens status/);
    expect(promptAt('Ny vurdering')).toMatch(/Tom = dagens vurdering/);
    expect(promptAt('Kommentar')).toMatch(/^Påkrevd ved gul og rød.*Tom sammen med tom vurdering = dagens kommentar/);
    expect(promptAt('Dato (dd.mm.åååå)')).toMatch(/Tom = dagen svaret leses inn, eller 31\.12\.2026/);
    expect(promptAt('Rapportert av')).toBe('Påkrevd: navnet ditt.');
    expect(promptAt('Brukt 2026, linje 1 (kr)')).toMatch(/Hele kroner/);
  });

  it('lists a co-owned measure for the co-owner, marked «Medansvarlig», and this year’s budget lines', async () => {
    const p = memoryPortfolio({ example: true });
    const measure = await call<Measure>(p, 'measures:update', {
      id: 1,
      version: (await call<Measure>(p, 'measures:get', { id: 1 })).version,
      changes: { owner: 'JD', coOwners: ['HOD'] },
    });
    await call<BudgetSummary>(p, 'budget:add', {
      measureId: 1,
      year: 2026,
      allocatedNok: 500_000,
      spentNok: 100_000,
      chapterPost: '440.70',
    });
    const { wb, ids } = await hodSetup(p);
    expect(ids).toContain(measure.id);
    const ws = wb.getWorksheet(FORM_SHEET)!;
    const headers = (ws.getRow(1).values as string[]).slice(1);
    const row = ws.getRows(2, ids.length)!.find((r) => Number(r.getCell(1).value) === 1)!;
    expect(row.getCell(headers.indexOf('Rolle') + 1).value).toBe('Medansvarlig');
    expect(String(row.getCell(headers.indexOf('Budsjett 2026, linje 1') + 1).value)).toMatch(/kap\. 440, post 70/);
    expect(row.getCell(headers.indexOf('Brukt 2026, linje 1 (kr)') + 1).value).toBe(100_000);
  });
});

describe('input rounds: identification', () => {
  it('reads an answer by content whatever its name; refuses other rounds, recipients and tampering', async () => {
    const p = memoryPortfolio({ example: true });
    const { round, form, ids } = await hodSetup(p);
    const other = await newRound(p, '2026', ['HOD']);
    const filled = await fillForm(form, { [ids[0]]: { 'Ny status': 'Fullført', 'Rapportert av': 'Kari Helse' } });
    const before = snapshot(p.db);
    const wrongRound = await refused(p, 'rounds:readAnswer', {
      roundId: other.id,
      fileName: 'x.xlsx',
      base64: filled.toString('base64'),
    });
    expect(wrongRound.message).toMatch(/^Filen er et svar i runden for T3 2026 .*ikke i denne runden for 2026/);
    const wrongRecipient = await refused(p, 'rounds:readAnswer', {
      roundId: round.id,
      recipient: 'JD',
      fileName: 'x.xlsx',
      base64: filled.toString('base64'),
    });
    expect(wrongRecipient.message).toBe('Filen er svaret fra HOD, ikke fra JD.');
    // A locked cell changed (the title), as a reporter might after lifting the sheet protection.
    const tampered = await fillForm(form, { [ids[0]]: { Tittel: 'Et annet tiltak' } });
    const t = await refused(p, 'rounds:readAnswer', {
      roundId: round.id,
      fileName: 'x.xlsx',
      base64: tampered.toString('base64'),
    });
    expect(t.message).toMatch(/^Låste celler i skjemaet er endret/);
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Ark1').addRow(['Tiltak', 'Status']);
    const notOurs = await refused(p, 'rounds:readAnswer', {
      roundId: round.id,
      fileName: 'svar.xlsx',
      base64: Buffer.from(await plain.xlsx.writeBuffer()).toString('base64'),
    });
    expect(notOurs.message).toMatch(/^Filen er ikke et skjema fra en innspillsrunde/);
    expect(snapshot(p.db)).toBe(before);
    const ok = await readAnswer(p, round.id, filled, 'helt annet navn.xlsx');
    expect(ok.review.recipient.abbrev).toBe('HOD');
    expect(ok.review.answer.fileName).toBe('helt annet navn.xlsx');
  });
});

describe('input rounds: rule breaks', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['gul without a comment', { 'Ny vurdering': 'Gul (risiko)' }, /^Kommentar: Gul og rød vurdering må begrunnes/],
    ['rød without a comment', { 'Ny vurdering': 'Rød' }, /^Kommentar: Gul og rød/],
    ['a date outside the period', { 'Ny status': 'Pågår', 'Dato (dd.mm.åååå)': '15.03.2026' }, /utenfor perioden T3/],
    ['a date in the future', { 'Ny status': 'Pågår', 'Dato (dd.mm.åååå)': '20.12.2026' }, /er frem i tid/],
    ['a date that is no date', { 'Ny status': 'Pågår', 'Dato (dd.mm.åååå)': '31.09.2026' }, /ikke en dato/],
    ['an unknown status label', { 'Ny status': 'Nesten ferdig' }, /^Status: Ukjent status «Nesten ferdig»/],
    ['an unknown assessment label', { 'Ny vurdering': 'Blå' }, /^Vurdering: Ukjent vurdering «Blå»/],
    ['a negative amount', { 'Brukt 2026, linje 1 (kr)': -5 }, /Beløpet «-5» er ikke et helt antall kroner/],
    ['a non-numeric amount', { 'Brukt 2026, linje 1 (kr)': 'mye' }, /Beløpet «mye» er ikke/],
    ['an e-mail that is not one', { 'E-post til kontaktperson': 'kari(at)hod' }, /gyldig e-postadresse/],
  ];
  it.each(cases)('%s is shown at the field and cannot be accepted until rejected', async (_, fill, message) => {
    const p = memoryPortfolio({ example: true });
    const id = (await hodSetup(p)).ids[0];
    await call(p, 'budget:add', { measureId: id, year: 2026, allocatedNok: 10, spentNok: 1 });
    const round = await newRound(p, '2026-T3', ['HOD']);
    const form = await formOf(p, round.id, 'HOD');
    const { review } = await readAnswer(p, round.id, await fillForm(form, { [id]: fill as never }));
    const it_ = review.measures[0].items[0];
    expect(it_.problems[0]).toMatch(message);
    expect(it_.parts.some((x) => x.problem !== null)).toBe(true);
    expect(review.counts.problems).toBe(1);
    const before = snapshot(p.db);
    const e = await refused(p, 'rounds:accept', { answerId: review.answer.id, token: review.token, accept: [it_.key] });
    expect(e.message).toMatch(/Avvis endringen, eller be om et rettet svar\.$/);
    expect(snapshot(p.db)).toBe(before);
    // Rejected (not listed), the rest is accepted.
    expect(await accept(p, review, [])).toMatchObject({ accepted: 0, rejected: 1 });
  });
});

describe('input rounds: review and accept', () => {
  it('accepts status, contact and spent amount at once; the history names round, recipient and file', async () => {
    const p = memoryPortfolio({ example: true, user: 'Kari Koordinator' });
    const { ids } = await hodSetup(p);
    const id = ids[0];
    await call(p, 'budget:add', { measureId: id, year: 2026, allocatedNok: 1_000_000, spentNok: 0 });
    const round = await newRound(p, '2026-T3', ['HOD']);
    const filled = await fillForm(await formOf(p, round.id, 'HOD'), {
      [id]: {
        'Ny status': 'Pågår',
        'Ny vurdering': 'Rød (alvorlig forsinket)',
        Kommentar: 'Leverandøren er forsinket.',
        'Dato (dd.mm.åååå)': new Date(Date.UTC(2026, 9, 15)),
        'Rapportert av': 'Per Helse',
        Kontaktperson: 'Per Helse',
        'Brukt 2026, linje 1 (kr)': 250_000,
      },
    });
    const { review } = await readAnswer(p, round.id, filled, 'Svar fra HOD.xlsx');
    expect(review.measures).toHaveLength(1);
    expect(review.unchanged).toBe(ids.length - 1);
    expect(review.measures[0].items.map((i) => i.label)).toEqual([
      'Statusoppdatering',
      'Kontaktperson',
      'Brukt 2026 (linje 1)',
    ]);
    expect(item(review, `${id}:status`).parts.find((x) => x.label === 'Vurdering')).toMatchObject({
      new: 'Rød',
      changed: true,
    });
    const r = await accept(p, review);
    expect(r).toMatchObject({ accepted: 3, rejected: 0, measures: 1 });
    const history = await call<StatusUpdate[]>(p, 'status:history', { measureId: id });
    const status = history.find((u) => u.author === 'Per Helse');
    expect(status).toMatchObject({
      status: 'pagar',
      assessment: 'rod',
      comment: 'Leverandøren er forsinket.',
      effectiveDate: '2026-10-15',
      author: 'Per Helse',
    });
    expect((await call<Measure>(p, 'measures:get', { id })).contactName).toBe('Per Helse');
    const lines = (await call<BudgetSummary>(p, 'budget:list', { measureId: id })).lines;
    expect(lines.find((l) => l.year === 2026)?.spentNok).toBe(250_000);
    const timeline = await call<TimelineEntry[]>(p, 'measures:timeline', { id });
    const source = timeline.find((e) => e.kind === 'change' && e.action === 'round-import');
    expect(source).toMatchObject({ author: 'Kari Koordinator' });
    expect((source as { newValue: string }).newValue).toBe(
      `Innspillsrunde T3 2026, HOD, fil «Svar fra HOD.xlsx», SHA-256 ${review.answer.sha256}`,
    );
    const info = await call<RoundInfo>(p, 'rounds:get', { roundId: round.id });
    expect(info.recipients[0]).toMatchObject({ importedAt: '2026-11-23T09:00:00.000Z', late: false });
    expect(info.recipients[0].answers[0]).toMatchObject({ state: 'accepted', accepted: 3, reporter: 'Per Helse' });
  });

  it('reading the same file again is recognised and changes nothing, before and after accepting', async () => {
    const p = memoryPortfolio({ example: true });
    const { round, form, ids } = await hodSetup(p);
    const filled = await fillForm(form, { [ids[0]]: { 'Ny status': 'Fullført', 'Ny vurdering': 'Grønn' } });
    const first = await readAnswer(p, round.id, filled);
    expect(first.alreadyRead).toBe(false);
    const before = snapshot(p.db);
    const again = await readAnswer(p, round.id, filled, 'kopi.xlsx');
    expect(again).toMatchObject({ alreadyRead: true, review: { answer: { id: first.review.answer.id } } });
    expect(snapshot(p.db)).toBe(before);
    await accept(p, first.review);
    const afterAccept = snapshot(p.db);
    const third = await readAnswer(p, round.id, filled);
    expect(third.alreadyRead).toBe(true);
    expect(third.review.answer.state).toBe('accepted');
    expect(snapshot(p.db)).toBe(afterAccept);
    const e = await refused(p, 'rounds:accept', { answerId: first.review.answer.id, token: 'x', accept: [] });
    expect(e.message).toMatch(/^Svaret er allerede godkjent/);
  });

  it('shows a conflict where the measure changed after the form was made, with both values', async () => {
    const p = memoryPortfolio({ example: true, user: 'Kari Koordinator' });
    const { round, form, ids } = await hodSetup(p);
    await call(p, 'status:record', {
      measureId: ids[0],
      status: 'avbrutt',
      assessment: 'ikke-vurdert',
      author: 'Ola Annen',
      effectiveDate: '2026-11-01',
    });
    const filled = await fillForm(form, { [ids[0]]: { 'Ny status': 'Fullført', 'Ny vurdering': 'Grønn' } });
    const { review } = await readAnswer(p, round.id, filled);
    const i = item(review, `${ids[0]}:status`);
    expect(i.conflict).toMatchObject({ now: 'Avbrutt Ikke vurdert', by: 'Ola Annen', at: '2026-11-01' });
    expect(i.conflict!.atForm).not.toBe(i.conflict!.now);
    expect(review.counts.conflicts).toBe(1);
    await accept(p, review);
    expect((await call<StatusUpdate[]>(p, 'status:history', { measureId: ids[0] }))[0].status).toBe('fullfort');
  });

  it('refuses to accept a review the portfolio has moved past, writing nothing', async () => {
    const p = memoryPortfolio({ example: true });
    const { round, form, ids } = await hodSetup(p);
    const { review } = await readAnswer(p, round.id, await fillForm(form, { [ids[0]]: { 'Ny status': 'Fullført' } }));
    await call(p, 'status:record', { measureId: ids[0], status: 'avbrutt', assessment: 'gronn' });
    const before = snapshot(p.db);
    const e = await refused(p, 'rounds:accept', {
      answerId: review.answer.id,
      token: review.token,
      accept: [`${ids[0]}:status`],
    });
    expect(e.message).toMatch(/^Porteføljen eller svaret er endret siden gjennomgangen/);
    expect(snapshot(p.db)).toBe(before);
  });

  it('reviews a corrected second answer against the first, which it supersedes', async () => {
    const p = memoryPortfolio({ example: true });
    const { round, form, ids } = await hodSetup(p);
    const first = await readAnswer(
      p,
      round.id,
      await fillForm(form, { [ids[0]]: { 'Ny status': 'Fullført', 'Ny vurdering': 'Gul' } }),
    );
    expect(first.review.counts.problems).toBe(1);
    const second = await readAnswer(
      p,
      round.id,
      await fillForm(form, { [ids[0]]: { 'Ny status': 'Fullført', 'Ny vurdering': 'Grønn', 'Rapportert av': 'Kari' } }),
    );
    const parts = item(second.review, `${ids[0]}:status`).parts;
    expect(parts.find((x) => x.label === 'Vurdering')).toMatchObject({ new: 'Grønn', earlier: 'Gul' });
    expect(second.review.counts.problems).toBe(0);
    const info = await call<RoundInfo>(p, 'rounds:get', { roundId: round.id });
    expect(info.recipients[0].answers.map((a) => a.state)).toEqual(['review', 'superseded']);
  });

  it('takes a formula’s value in an open cell as text, and says so in the review', async () => {
    const p = memoryPortfolio({ example: true });
    const { round, form, ids } = await hodSetup(p);
    const filled = await fillForm(form, {
      [ids[0]]: { 'Ny status': 'Pågår', Kommentar: { formula: 'CONCAT("Se ","vedlegg")', result: 'Se vedlegg' } },
    });
    const { review } = await readAnswer(p, round.id, filled);
    const i = item(review, `${ids[0]}:status`);
    expect(i.parts.find((x) => x.label === 'Kommentar')!.new).toBe('Se vedlegg');
    expect(i.notes.map((n) => n.text)).toEqual([
      '«Kommentar» inneholdt en formel; verdien er lest som tekst: «Se vedlegg».',
    ]);
  });

  it('tracks recipients: forms made, marked sent, returned, and who is late after the deadline', async () => {
    const p = memoryPortfolio({ example: true });
    const { round, form, ids } = await hodSetup(p);
    await call(p, 'rounds:markSent', { roundId: round.id, recipient: 'JD', sent: true });
    await readAnswer(p, round.id, await fillForm(form, { [ids[0]]: { 'Ny status': 'Pågår' } }));
    p.setNow(new Date('2026-12-20T09:00:00Z'));
    const info = await call<RoundInfo>(p, 'rounds:get', { roundId: round.id });
    const [hod, jd] = info.recipients;
    expect(hod).toMatchObject({ formsAt: '2026-11-23T09:00:00.000Z', late: false, importedAt: null });
    expect(hod.returnedAt).not.toBeNull();
    expect(jd).toMatchObject({ sentAt: '2026-11-23T09:00:00.000Z', returnedAt: null, late: true });
    expect(info).toMatchObject({ late: 1, inReview: 1 });
  });
});
