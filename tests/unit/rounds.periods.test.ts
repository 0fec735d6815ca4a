// Input rounds across periods: a past period's form shows the status in force on its last day, and the review says
// what the old → new table cannot (a newer status stays the status now, a closed period is corrected); a new status
// alone keeps today's rating and comment.
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import type { Measure, StatusUpdate } from '../../shared/domain/types.ts';
import { FORM_SHEET, HELP_SHEET } from '../../shared/domain/rounds.ts';
import type { CoreContext } from '../../electron/core/context.ts';
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

/** The measure stands as Pågår, Gul («Venter på avklaring.») from 22.10.2026: in T3, after the T2 of the round. */
const gulSince2210 = (p: CoreContext, id: number) =>
  call(p, 'status:record', {
    measureId: id,
    status: 'pagar',
    assessment: 'gul',
    comment: 'Venter på avklaring.',
    effectiveDate: '2026-10-22',
  });

describe('input rounds across periods', () => {
  it('for a past period shows the status in force on its last day, named so; its review sees no conflict', async () => {
    const p = memoryPortfolio({ example: true });
    const { ids } = await hodSetup(p);
    const id = ids[0];
    const record = (status: string, assessment: string, effectiveDate: string, comment = '') =>
      call(p, 'status:record', { measureId: id, status, assessment, comment, effectiveDate, author: 'Ola Annen' });
    await record('pagar', 'gul', '2026-08-15', 'Venter på avklaring.');
    await record('avbrutt', 'ikke-vurdert', '2026-10-22');
    const round = await newRound(p, '2026-T2', ['HOD']);
    const form = await formOf(p, round.id, 'HOD');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(form as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(FORM_SHEET)!;
    const headers = (ws.getRow(1).values as string[]).slice(1);
    expect(headers).toEqual(
      expect.arrayContaining([
        'Status per 31.08.2026',
        'Vurdering per 31.08.2026',
        'Kommentar per 31.08.2026',
        'Statusdato per 31.08.2026',
      ]),
    );
    expect(headers).not.toContain('Status nå');
    const row = ws.getRows(2, ws.rowCount - 1)!.find((r) => Number(r.getCell(1).value) === id)!;
    const at = (h: string) => row.getCell(headers.indexOf(h) + 1).value;
    // T2 is reported from the status T2 ended with, not the T3 one recorded on 22.10.
    expect([at('Status per 31.08.2026'), at('Vurdering per 31.08.2026'), at('Statusdato per 31.08.2026')]).toEqual([
      'Pågår',
      'Gul',
      '15.08.2026',
    ]);
    expect(at('Kommentar per 31.08.2026')).toBe('Venter på avklaring.');
    const help: string[] = [];
    wb.getWorksheet(HELP_SHEET)!.eachRow((r) => void help.push(String(r.getCell(1).value)));
    expect(help.join('\n')).toMatch(/statusen slik den var per 31\.08\.2026/);

    const filled = await fillForm(form, {
      [id]: { 'Ny status': 'Fullført', 'Ny vurdering': 'Grønn', 'Rapportert av': 'Per Helse' },
    });
    const { review } = await readAnswer(p, round.id, filled);
    const i = item(review, `${id}:status`);
    expect(i.conflict).toBeNull();
    expect(review.counts.conflicts).toBe(0);
    expect(i.parts.find((x) => x.label === 'Status')).toMatchObject({ old: 'Pågår', new: 'Fullført' });
    expect(i.notes[0].text).toMatch(/^Tiltaket har en nyere status \(Avbrutt Ikke vurdert, 22\.10\.2026\)/);

    // A change inside T2 after the form was made is still a conflict.
    await record('pagar', 'rod', '2026-08-20', 'Stanset.');
    const again = await readAnswer(
      p,
      round.id,
      await fillForm(form, { [id]: { 'Ny status': 'Fullført', 'Ny vurdering': 'Grønn', 'Rapportert av': 'Kari' } }),
    );
    expect(item(again.review, `${id}:status`).conflict).toMatchObject({ now: 'Pågår Rød', at: '2026-08-20' });
  });

  it('says what old → new cannot show: a newer status stays the status now; a closed period is corrected', async () => {
    const p = memoryPortfolio({ example: true });
    const { ids } = await hodSetup(p);
    const id = ids[0];
    await gulSince2210(p, id);
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
    expect(item(review, `${id}:status`).notes.map((n) => n.text)).toEqual([
      'Tiltaket har en nyere status (Pågår Gul, 22.10.2026). Oppdateringen registreres per 30.08.2026 og endrer ' +
        'ikke status nå.',
      '30.08.2026 er i en lukket periode (T2 2026): godtar du, registreres oppdateringen som korrigert etter lukking.',
    ]);
    await accept(p, review);
    // As the notes said: the measure still stands as of 22.10, and the update is in its history as a correction.
    expect(await call<Measure>(p, 'measures:get', { id })).toMatchObject({ status: 'pagar', assessment: 'gul' });
    const history = await call<StatusUpdate[]>(p, 'status:history', { measureId: id });
    expect(history.find((u) => u.author === 'Per Helse')).toMatchObject({
      status: 'fullfort',
      effectiveDate: '2026-08-30',
      correctionReason: 'Innspill T2 2026 fra HOD',
    });
  });

  it('keeps today’s rating and comment when an answer gives a new status alone', async () => {
    const p = memoryPortfolio({ example: true });
    const { round, ids } = await hodSetup(p);
    const id = ids[0];
    await gulSince2210(p, id);
    const fresh = await formOf(p, round.id, 'HOD');
    const filled = await fillForm(fresh, { [id]: { 'Ny status': 'Videreført', 'Rapportert av': 'Per Helse' } });
    const { review } = await readAnswer(p, round.id, filled);
    const i = item(review, `${id}:status`);
    expect(i.problems).toEqual([]);
    expect(i.parts.find((x) => x.label === 'Kommentar')).toMatchObject({ new: 'Venter på avklaring.', changed: false });
    await accept(p, review);
    expect((await call<StatusUpdate[]>(p, 'status:history', { measureId: id }))[0]).toMatchObject({
      status: 'viderefort',
      assessment: 'gul',
      comment: 'Venter på avklaring.',
    });
  });
});
