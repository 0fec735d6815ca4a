// Rejecting a whole answer is decided at once and for good, so the review asks first, with the safe choice focused:
// «Tilbake til gjennomgangen» (or Enter, Esc) leaves the answer open and nothing decided; only the dialog's «Avvis hele
// svaret» rejects it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerReview } from '../../shared/api/rounds.contract.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { fillForm } from '../support/rounds.ts';
import { callApi, describeViolations, moderateA11yViolations, openApp, type AppInBrowser } from './support/browser.ts';
import { hodRoundForm } from './support/rounds.ts';

// Reading an answer runs in a worker the app gives up to a minute (answer-reader.ts).
describe('rejecting a whole answer', { timeout: 120_000 }, () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;
  let answerId = 0;

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'avvis.tilt', true), {
      env: { TILTAK_USER: 'Kari Koordinator' },
      viewport: { width: 1280, height: 900 },
    });
    page = app.page;
    await page.goto(`${app.web.url}#/innspill`);
    await page.getByRole('heading', { level: 1, name: 'Innspill' }).waitFor();
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('asks first; «Tilbake til gjennomgangen» decides nothing; the dialog’s button rejects it', async () => {
    const { round, form, ids } = await hodRoundForm(page, '2026-T3');
    const answer = await fillForm(form, {
      [ids[0]]: { 'Ny status': 'Fullført', 'Ny vurdering': 'Grønn', Kommentar: 'Levert.' },
      [ids[1]]: { Kommentar: 'Ny kommentar uten ny status.' },
    });
    await page.goto(`${app.web.url}#/innspill/${round.id}`);
    await page.getByLabel('Velg svarfilen (.xlsx), eller slipp den her').setInputFiles({
      name: 'Svar fra HOD.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: answer,
    });
    await page.getByRole('heading', { level: 1, name: 'Gjennomgang: svar fra HOD' }).waitFor({ timeout: 90_000 });
    answerId = Number(/svar\/(\d+)/.exec(page.url())?.[1]);
    expect(answerId).toBeGreaterThan(0);

    const rejectAll = page.getByRole('button', { name: 'Avvis hele svaret' });
    const dialog = page.getByTestId('reject-answer');
    await rejectAll.click();
    await dialog.getByText('Ingen av de 2 endringene i svaret blir lagret i porteføljen.', { exact: false }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Tilbake til gjennomgangen');
    const v = await moderateA11yViolations(page);
    expect(v, describeViolations(v)).toEqual([]);
    // Enter on the focused safe choice: nothing decided, focus back on the button.
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Avvis hele svaret');
    const open = await callApi<AnswerReview>(page, 'rounds:review', { answerId });
    expect(open.answer.state).toBe('review');

    await rejectAll.click();
    await dialog.getByRole('button', { name: 'Avvis hele svaret' }).click();
    await page.getByText(/^Svaret ble avvist .* av Kari Koordinator/).waitFor();
    const decided = await callApi<AnswerReview>(page, 'rounds:review', { answerId });
    expect(decided.answer).toMatchObject({ state: 'rejected', accepted: 0, rejected: 2 });
    expect(app.consoleErrors).toEqual([]);
  });
});
