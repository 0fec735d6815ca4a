// Reading an answer and rejecting it whole, by keyboard. «Velg fil …» keeps focus when a file is refused, with the
// reason; a file read opens its review at its heading. Rejecting a whole answer is decided at once and for good, so
// the review asks first, with the safe choice focused: «Tilbake til gjennomgangen» (or Enter, Esc) leaves the answer
// open and nothing decided; only the dialog's «Avvis hele svaret» rejects it, and focus goes to the message saying so.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerReview } from '../../shared/api/rounds.contract.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { fillForm } from '../support/rounds.ts';
import {
  callApi,
  describeViolations,
  followLink,
  moderateA11yViolations,
  type AppInBrowser,
} from './support/browser.ts';
import { hodRoundForm, openAtInnspill } from './support/rounds.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Reading an answer runs in a worker the app gives up to a minute (answer-reader.ts).
describe('reading an answer and rejecting it whole', { timeout: 120_000 }, () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;
  let answerId = 0;
  const hasFocus = (l: Locator) => l.evaluate((el) => el === document.activeElement);
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');

  /** «Velg fil …» by keyboard: the file input has focus when the system's file dialog gives it `file`. The dialog is
   * the system's, not the app's; pressing Space or Enter to open it did not open it every time in headless Chromium
   * (it failed a CI run), so the file is handed to the focused input directly. */
  async function chooseFile(input: Locator, file: { name: string; buffer: Buffer }) {
    await input.focus();
    await input.setInputFiles({ ...file, mimeType: XLSX });
  }

  async function expectAccessible() {
    const v = await moderateA11yViolations(page);
    expect(v, describeViolations(v)).toEqual([]);
  }

  beforeAll(async () => {
    app = await openAtInnspill(portfolioFile(tmp.dir, 'avvis.tilt', true));
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('«Velg fil …»: a refused file keeps focus there with the reason; a read one opens its review', async () => {
    const { round, form, ids } = await hodRoundForm(page, '2026-T3');
    const answer = await fillForm(form, {
      [ids[0]]: { 'Ny status': 'Fullført', 'Ny vurdering': 'Grønn', Kommentar: 'Levert.' },
      [ids[1]]: { Kommentar: 'Ny kommentar uten ny status.' },
    });
    await followLink(page, `/innspill/${round.id}`);
    // The page opened has focus on its heading once shown; the keyboard goes on from there.
    const roundHeading = page.getByRole('heading', { level: 1, name: /^Innspill T3 2026/ });
    await roundHeading.waitFor();
    await expect.poll(() => hasFocus(roundHeading)).toBe(true);
    const input = page.getByLabel('Velg svarfilen (.xlsx), eller slipp den her');
    await chooseFile(input, { name: 'Notater.xlsx', buffer: Buffer.from('Ikke et regneark.') });
    await page
      .getByRole('alert')
      .filter({ hasText: /^Filen er tekst \(for eksempel CSV\), ikke en Excel-arbeidsbok\./ })
      .waitFor({ timeout: 60_000 });
    await expect.poll(() => hasFocus(input)).toBe(true);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await input.getAttribute('aria-describedby')).toContain('svarfil-feil');
    await expectAccessible();

    await chooseFile(input, { name: 'Svar fra HOD.xlsx', buffer: answer });
    const review = page.getByRole('heading', { level: 1, name: 'Gjennomgang: svar fra HOD' });
    await review.waitFor({ timeout: 90_000 });
    await expect.poll(() => hasFocus(review)).toBe(true);
    answerId = Number(/svar\/(\d+)/.exec(page.url())?.[1]);
    expect(answerId).toBeGreaterThan(0);
  });

  it('asks first; «Tilbake til gjennomgangen» decides nothing; the dialog’s button rejects it', async () => {
    const rejectAll = page.getByRole('button', { name: 'Avvis hele svaret' });
    const dialog = page.getByTestId('reject-answer');
    await rejectAll.focus();
    await page.keyboard.press('Enter');
    await dialog.getByText('Ingen av de 2 endringene i svaret blir lagret i porteføljen.', { exact: false }).waitFor();
    await expect.poll(focusedText).toBe('Tilbake til gjennomgangen');
    await expectAccessible();
    // Enter on the focused safe choice: nothing decided, focus back on the button.
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(focusedText).toBe('Avvis hele svaret');
    const open = await callApi<AnswerReview>(page, 'rounds:review', { answerId });
    expect(open.answer.state).toBe('review');

    await page.keyboard.press('Enter');
    await expect.poll(focusedText).toBe('Tilbake til gjennomgangen');
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Avvis hele svaret');
    await page.keyboard.press('Enter');
    // The review is shown decided, without its buttons: focus on the message saying what was decided.
    await expect
      .poll(focusedText)
      .toMatch(/^Svaret ble avvist .* av Kari Koordinator: 0 endringer godtatt, 2 avvist\./);
    await expect.poll(() => rejectAll.count()).toBe(0);
    const decided = await callApi<AnswerReview>(page, 'rounds:review', { answerId });
    expect(decided.answer).toMatchObject({ state: 'rejected', accepted: 0, rejected: 2 });
    await expectAccessible();
    expect(app.consoleErrors).toEqual([]);
  });
});
