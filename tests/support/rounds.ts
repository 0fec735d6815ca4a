// Input-round helpers for tests: a form filled in as a ministry would (opened and saved by exceljs), by column
// heading, so tests say what a reporter types.
import ExcelJS from 'exceljs';
import type { CoreContext } from '../../electron/core/context.ts';
import type { ExportedFile } from '../../shared/api/reports.contract.ts';
import type { AcceptResult, AnswerReview, ReadAnswerResult, RoundInfo } from '../../shared/api/rounds.contract.ts';
import { FORM_SHEET } from '../../shared/domain/rounds.ts';
import { call } from './api.ts';

export type Fill = Record<
  string,
  Record<string, string | number | Date | { formula: string; result?: unknown } | null>
>;

/** Fills the form's rows: `fill[measureId][heading] = value` (by the hidden «Tiltaks-ID» column). */
export async function fillForm(form: Buffer, fill: Fill): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(form as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(FORM_SHEET)!;
  const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const col = (h: string) => {
    const i = headers.indexOf(h);
    if (i < 1) throw new Error(`no column ${h}: ${headers.join('|')}`);
    return i;
  };
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const id = String(row.getCell(col('Tiltaks-ID')).value);
    for (const [h, v] of Object.entries(fill[id] ?? {})) row.getCell(col(h)).value = v as ExcelJS.CellValue;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function newRound(p: CoreContext, period = '2026-T3', recipients: string[] = []): Promise<RoundInfo> {
  return call<RoundInfo>(p, 'rounds:create', { period, deadline: '2026-12-15', recipients });
}

export async function formOf(p: CoreContext, roundId: number, recipient: string): Promise<Buffer> {
  const f = await call<ExportedFile>(p, 'rounds:forms', { roundId, recipient });
  return Buffer.from(f.base64, 'base64');
}

export function readAnswer(p: CoreContext, roundId: number, bytes: Buffer, fileName = 'svar.xlsx') {
  return call<ReadAnswerResult>(p, 'rounds:readAnswer', { roundId, fileName, base64: bytes.toString('base64') });
}

/** A round for T3 2026 to HOD and JD, and HOD's form with the ids of its measures (the example data). */
export async function hodSetup(p: CoreContext) {
  const round = await newRound(p, '2026-T3', ['HOD', 'JD']);
  const form = await formOf(p, round.id, 'HOD');
  return { round, form, ...(await formMeasures(form)) };
}

/** A form's workbook and the ids of the measures it lists (the first column of its form sheet). */
export async function formMeasures(form: Buffer): Promise<{ wb: ExcelJS.Workbook; ids: number[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(form as unknown as ArrayBuffer);
  const ids: number[] = [];
  wb.getWorksheet(FORM_SHEET)!.eachRow((r, n) => void (n > 1 && ids.push(Number(r.getCell(1).value))));
  return { wb, ids };
}

/** Accepts the given items of a review (all of them by default). */
export const acceptAll = (
  p: CoreContext,
  r: AnswerReview,
  keys = r.measures.flatMap((m) => m.items.map((i) => i.key)),
) => call<AcceptResult>(p, 'rounds:accept', { answerId: r.answer.id, token: r.token, accept: keys });

/** One item of a review by its key («12:status»). */
export const itemOf = (r: AnswerReview, key: string) => r.measures.flatMap((m) => m.items).find((i) => i.key === key)!;
