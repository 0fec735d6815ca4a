// A decided answer's notes read as what happened, not as what accepting would do: in review the closed period's note
// says «godtar du, registreres oppdateringen …»; once decided, an accepted change says its update «ble registrert med
// denne datoen», and a rejected one says only the facts. A Sluttår far after the plan's period is a note in the review.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Measure } from '../../shared/domain/types.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { fillForm } from '../support/rounds.ts';
import { callApi, describeViolations, moderateA11yViolations, type AppInBrowser } from './support/browser.ts';
import { hodRoundForm, openAtInnspill } from './support/rounds.ts';

const CLOSED_IN_REVIEW =
  'Merk: 30.08.2026 er i en lukket periode (T2 2026): godtar du, registreres oppdateringen som korrigert etter ' +
  'lukking.';
const CLOSED_ACCEPTED =
  'Merk: 30.08.2026 var i en lukket periode (T2 2026) da svaret ble avgjort: oppdateringen ble registrert med denne ' +
  'datoen, som korrigert etter lukking.';
const CLOSED_REJECTED = 'Merk: 30.08.2026 var i en lukket periode (T2 2026) da svaret ble avgjort.';
const NEWER_ACCEPTED =
  'Merk: Tiltaket hadde en nyere status (Pågår Gul, 22.10.2026), så oppdateringen ble registrert per 30.08.2026 ' +
  'uten å endre tiltakets status.';

// Reading an answer runs in a worker the app gives up to a minute (answer-reader.ts).
describe('a decided answer’s notes', { timeout: 180_000 }, () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openAtInnspill(portfolioFile(tmp.dir, 'merknader.tilt', true));
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('say what was done on an accepted change and only the facts on a rejected one', async () => {
    // HOD answers the closed T2 2026 with updates dated 30.08; its first measure stands as Pågår, Gul from 22.10.
    const { round, form, ids } = await hodRoundForm(page, '2026-T2');
    await callApi(page, 'status:record', {
      measureId: Number(ids[0]),
      status: 'pagar',
      assessment: 'gul',
      comment: 'Venter på avklaring.',
      effectiveDate: '2026-10-22',
      author: 'Ola Annen',
    });
    await callApi(page, 'periods:close', { period: '2026-T2' });
    const update = { 'Ny status': 'Pågår', 'Ny vurdering': 'Grønn', Kommentar: 'I rute.' };
    const answer = await fillForm(form, {
      [ids[0]]: { ...update, 'Dato (dd.mm.åååå)': '30.08.2026' },
      [ids[1]]: { ...update, 'Dato (dd.mm.åååå)': '30.08.2026' },
    });
    await page.goto(`${app.web.url}#/innspill/${round.id}`);
    await page.getByLabel('Velg svarfilen (.xlsx), eller slipp den her').setInputFiles({
      name: 'Svar fra HOD.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: answer,
    });
    await page.getByRole('heading', { level: 1, name: 'Gjennomgang: svar fra HOD' }).waitFor({ timeout: 90_000 });
    const first = page.getByTestId(`endring-${ids[0]}:status`);
    const second = page.getByTestId(`endring-${ids[1]}:status`);
    // In review: what accepting will do.
    await first.getByText(CLOSED_IN_REVIEW).waitFor();
    await second.getByText(CLOSED_IN_REVIEW).waitFor();

    await first.getByRole('radio', { name: 'Godta' }).check();
    await second.getByRole('radio', { name: 'Avvis' }).check();
    // By keyboard: the review is shown decided, without the button used; focus on the message saying what was decided.
    await page.getByRole('button', { name: 'Lagre beslutningene (1 godtatt, 1 avvist)' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/^Svaret ble godtatt .* av Kari Koordinator/).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toMatch(/^Svaret ble godtatt .* av Kari Koordinator: 1 endring godtatt, 1 avvist\. Tilbake til runden$/);

    // Decided: the accepted change says what was done, the rejected one the facts; nothing asks to accept.
    await first.getByText('Godtatt', { exact: true }).waitFor();
    expect(await first.locator('.review-note').allTextContents()).toEqual([NEWER_ACCEPTED, CLOSED_ACCEPTED]);
    // (The example's second measure has a newer status of its own.)
    const rejected = await second.locator('.review-note').allTextContents();
    expect(rejected.at(-1)).toBe(CLOSED_REJECTED);
    for (const n of rejected.slice(0, -1))
      expect(n).toMatch(
        /^Merk: Tiltaket hadde en nyere status \(.*\) enn oppdateringen, som var datert 30\.08\.2026\.$/,
      );
    expect(await page.getByText(/godtar du|registreres oppdateringen|endrer ikke status nå/).count()).toBe(0);

    // The same when the decided answer is opened again.
    await page.reload();
    await first.getByText(CLOSED_ACCEPTED).waitFor();
    await second.getByText(CLOSED_REJECTED).waitFor();
    if (process.env.SHOT) await page.screenshot({ path: process.env.SHOT, fullPage: true });
    const v = await moderateA11yViolations(page);
    expect(v, describeViolations(v)).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  it('a Sluttår far after the plan’s period is said in the review as the measure page says it', async () => {
    const { round, form, ids } = await hodRoundForm(page, '2026-T3');
    const measures = await Promise.all(ids.map((id) => callApi<Measure>(page, 'measures:get', { id: Number(id) })));
    const id = measures.find((m) => m.planCode === 'strategi-2025-2030' && m.endYear === 2030)!.id;
    await page.goto(`${app.web.url}#/innspill/${round.id}`);
    await page.getByLabel('Velg svarfilen (.xlsx), eller slipp den her').setInputFiles({
      name: 'Svar fra HOD.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await fillForm(form, { [id]: { Sluttår: 2099 } }),
    });
    await page.getByRole('heading', { level: 1, name: 'Gjennomgang: svar fra HOD' }).waitFor({ timeout: 90_000 });
    const change = page.getByTestId(`endring-${id}:field:endYear`);
    await change.getByText('Merk: Sluttår 2099 er 69 år etter planperioden (2025–2030).').waitFor();
    // A note, not a rule break: it can be accepted.
    expect(await change.getByRole('radio', { name: 'Godta' }).isEnabled()).toBe(true);
    expect(await change.getByText('Har regelbrudd', { exact: false }).count()).toBe(0);
    if (process.env.SHOT)
      await page.screenshot({ path: process.env.SHOT.replace('.png', '-year.png'), fullPage: true });
    const v = await moderateA11yViolations(page);
    expect(v, describeViolations(v)).toEqual([]);
  });
});
