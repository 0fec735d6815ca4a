// Input rounds (issue 15): every recipient's form as one ZIP, and one answer read (in the capped worker) and reviewed,
// next to the plainest means of the same work (a plain exceljs workbook of the same rows; loading the answer with
// exceljs in this process). Targets at 44: forms ≤ 1 s for all recipients, import with review ≤ 500 ms per file.
import ExcelJS from 'exceljs';
import { openPortfolioDb } from '../../../electron/core/db/open.ts';
import { readAnswer } from '../../../electron/core/services/round-answers.service.ts';
import { createRound, makeForms } from '../../../electron/core/services/rounds.service.ts';
import { FORM_SHEET } from '../../../shared/domain/rounds.ts';
import { fillForm } from '../../support/rounds.ts';
import { scratchCopy } from '../fixtures.ts';
import type { Scenario } from '../harness.ts';

const actor = { now: new Date('2026-01-15T09:00:00Z'), user: 'Benk' };

async function plainWorkbook(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tiltak');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const formsForAll: Scenario = {
  name: 'innspill: skjemaer for alle (ZIP)',
  target: (size) => (size <= 44 ? 1000 : null),
  runs: 3,
  warmup: 1,
  setup: ({ file, size, resourcesDir }) => {
    const db = openPortfolioDb(scratchCopy(file, `forms-${size}.tilt`), { resourcesDir });
    const round = createRound(
      db,
      { period: '2025-T3', deadline: '2026-02-01', recipients: [], includeAgencies: false },
      actor,
    );
    const rows = round.recipients.flatMap((r) => Array.from({ length: r.measureCount }, () => Array(20).fill('x')));
    return {
      run: () => makeForms(db, { roundId: round.id }, actor),
      floor: () => plainWorkbook(rows),
      teardown: () => void db.close(),
    };
  },
};

export const importOneAnswer: Scenario = {
  name: 'innspill: les inn + gjennomgang (ett svar)',
  target: (size) => (size <= 44 ? 500 : null),
  runs: 5,
  warmup: 1,
  setup: async ({ file, size, resourcesDir }) => {
    const db = openPortfolioDb(scratchCopy(file, `answer-${size}.tilt`), { resourcesDir });
    const round = createRound(
      db,
      { period: '2025-T3', deadline: '2026-02-01', recipients: [], includeAgencies: false },
      actor,
    );
    const biggest = [...round.recipients].sort((a, b) => b.measureCount - a.measureCount)[0];
    const form = Buffer.from(
      (await makeForms(db, { roundId: round.id, recipient: biggest.abbrev }, actor)).base64,
      'base64',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(form as unknown as ArrayBuffer);
    const ids: number[] = [];
    wb.getWorksheet(FORM_SHEET)!.eachRow((r, n) => void (n > 1 && ids.push(Number(r.getCell(1).value))));
    // A reporter who changes every fifth measure.
    const fill = Object.fromEntries(
      ids
        .filter((_, i) => i % 5 === 0)
        .map((id) => [
          id,
          { 'Ny status': 'Pågår', 'Ny vurdering': 'Gul', Kommentar: 'Forsinket.', 'Rapportert av': 'Benk' },
        ]),
    );
    const answer = await fillForm(form, fill);
    const input = { roundId: round.id, fileName: 'svar.xlsx', base64: answer.toString('base64') };
    return {
      run: () => readAnswer(db, input, actor, { store: false }),
      floor: async () => new ExcelJS.Workbook().xlsx.load(answer as unknown as ArrayBuffer),
      teardown: () => void db.close(),
      extra: () => ({ answerKb: Math.round(answer.length / 1024), answerRows: ids.length }),
    };
  },
};

export const roundScenarios = [formsForAll, importOneAnswer];
