// An input round for HOD made through the page's API, and its form as HOD receives it: the e2e tests of the review
// start from here and fill the form (tests/support/rounds.ts' fillForm) as a ministry would.
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import type { ExportedFile } from '../../../shared/api/reports.contract.ts';
import type { RoundInfo } from '../../../shared/api/rounds.contract.ts';
import { FORM_SHEET } from '../../../shared/domain/rounds.ts';
import { callApi } from './browser.ts';

/** A round for `period` asking HOD, HOD's form, and the ids of the measures it lists (its first column). */
export async function hodRoundForm(
  page: Page,
  period: string,
): Promise<{ round: RoundInfo; form: Buffer; ids: string[] }> {
  const round = await callApi<RoundInfo>(page, 'rounds:create', {
    period,
    deadline: '2026-12-15',
    recipients: ['HOD'],
  });
  const file = await callApi<ExportedFile>(page, 'rounds:forms', { roundId: round.id, recipient: 'HOD' });
  const form = Buffer.from(file.base64, 'base64');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(form as unknown as ArrayBuffer);
  const ids: string[] = [];
  wb.getWorksheet(FORM_SHEET)!.eachRow((r, n) => void (n > 1 && ids.push(String(r.getCell(1).value))));
  return { round, form, ids };
}
