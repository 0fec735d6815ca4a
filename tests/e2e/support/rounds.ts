// An input round for HOD made through the page's API, and its form as HOD receives it: the e2e tests of the review
// start from here and fill the form as a ministry would (tests/support/rounds.ts: fillForm, formMeasures).
import type { Page } from 'playwright-core';
import type { ExportedFile } from '../../../shared/api/reports.contract.ts';
import type { RoundInfo } from '../../../shared/api/rounds.contract.ts';
import { formMeasures } from '../../support/rounds.ts';
import { callApi, openApp, type AppInBrowser } from './browser.ts';

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
  const { ids } = await formMeasures(form);
  return { round, form, ids: ids.map(String) };
}

/** The app on `dbPath` as Kari Koordinator (1280×900), open on Innspill: where the round and review tests start. */
export async function openAtInnspill(dbPath: string, opts: { acceptDownloads?: boolean } = {}): Promise<AppInBrowser> {
  const app = await openApp(dbPath, {
    env: { TILTAK_USER: 'Kari Koordinator' },
    viewport: { width: 1280, height: 900 },
    ...opts,
  });
  await app.page.goto(`${app.web.url}#/innspill`);
  await app.page.getByRole('heading', { level: 1, name: 'Innspill' }).waitFor();
  return app;
}
