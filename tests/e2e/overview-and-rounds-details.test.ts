// Details on Oversikt, Innspill, Forpliktelser and the register as a coordinator meets them, in real Chromium on the
// example file: «Endringer siden» keeps naming the list it shows, a year with nothing budgeted says so, the budget
// table gives whole kroner, a new round's ministries come from a picker, breadcrumbs and dialog buttons look like the
// rest of the app, and focus stays on a sensible control after a refused «Legg til» and after a change to several
// measures.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoundInfo } from '../../shared/api/rounds.contract.ts';
import { formatDate, todayIso } from '../../shared/format/nb.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { callApi, describeViolations, moderateA11yViolations, openApp, type AppInBrowser } from './support/browser.ts';

describe('Oversikt and Innspill details', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;

  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'eksempel.tilt', true));
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('«Endringer siden» keeps the last accepted date in its heading when a date is refused', async () => {
    await page.goto(`${app.web.url}#/oversikt`);
    const heading = page.getByRole('heading', { name: /^Endringer siden / });
    await expect.poll(() => heading.textContent(), { timeout: 10_000 }).toMatch(/^Endringer siden \d\d\.\d\d\.\d{4}$/);
    const before = await heading.textContent();
    const field = page.getByLabel('Vis endringer siden');
    await field.fill('01.01.2030');
    await field.press('Tab');
    // waits until visible, or fails at the timeout
    await page.getByText('Datoen kan ikke være etter datoen oversikten gjelder for.').first().waitFor();
    expect(await heading.textContent()).toBe(before);
    await field.fill('31.02.2026');
    await field.press('Tab');
    await expect.poll(() => field.getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
    expect(await heading.textContent()).toBe(before);
    await field.fill('01.09.2025');
    await page.getByRole('heading', { name: 'Endringer siden 01.09.2025' }).waitFor();
  });

  it('«Endringer siden» says when an update dated before its date was recorded, not only that date', async () => {
    const day = (n: number) => todayIso(new Date(Date.now() - n * 86_400_000));
    const [today, since, dated] = [day(0), day(1), day(2)];
    await page.goto(`${app.web.url}#/oversikt`);
    await callApi(page, 'status:record', {
      measureId: 5,
      status: 'pagar',
      assessment: 'gul',
      comment: 'Rapportert sent.',
      effectiveDate: dated,
      correctionReason: 'Rapportert sent.',
    });
    await page.reload();
    const field = page.getByLabel('Vis endringer siden');
    await field.fill(formatDate(since));
    await page.getByRole('heading', { name: `Endringer siden ${formatDate(since)}` }).waitFor();
    const row = page.locator('.changes-table tbody tr').filter({ hasText: 'Rapportert sent.' });
    const when = `, ${formatDate(dated)}datert tilbake, registrert ${formatDate(today)} kl. `;
    const cell = async () => (await row.locator('td').nth(3).textContent())?.replace(/\d\d:\d\d$/, '') ?? '';
    await expect.poll(async () => (await cell()).endsWith(when)).toBe(true);
  });

  it('offers no year after this one that has no budget lines', async () => {
    const thisYear = new Date().getFullYear();
    await page.goto(`${app.web.url}#/oversikt`);
    const year = page.getByLabel('År', { exact: true });
    // A later year with budget lines would come with the overview's figures, after the field: wait for those too.
    await page.getByRole('list', { name: 'Nøkkeltall' }).waitFor();
    await year.locator('option', { hasText: String(thisYear) }).waitFor({ state: 'attached' });
    expect(await year.locator('option').allTextContents()).not.toContain(String(thisYear + 1));
  });

  it('says on the key figures that nothing is budgeted for a later year reached by its address', async () => {
    const thisYear = new Date().getFullYear();
    await page.goto(`${app.web.url}#/oversikt?year=${thisYear + 1}`);
    const figures = page.getByRole('list', { name: 'Nøkkeltall' });
    await figures.getByText(`ingenting budsjettert for ${thisYear + 1}`).waitFor();
    const budget = page.locator('[data-chart="budget-ministry"]');
    await budget.getByText(`Ingen budsjettlinjer for ${thisYear + 1}`).waitFor();
    expect(await budget.getByText('Søylene er lenker', { exact: false }).count()).toBe(0);
  });

  it('«Vis som tabell» under the budget chart gives whole kroner', async () => {
    await page.goto(`${app.web.url}#/oversikt?year=2025`);
    const budget = page.locator('[data-chart="budget-ministry"]');
    await budget.locator('.recharts-surface').waitFor();
    await budget.getByText('Vis som tabell').click();
    const cells = budget.getByRole('table').locator('td');
    await cells.first().waitFor();
    const texts = (await cells.allTextContents()).map((t) => t.replace(/\s/g, ' '));
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) expect(t).toMatch(/^\d{1,3}( \d{3})* kr$/);
  });

  it('a round’s breadcrumb is a Designsystemet link', async () => {
    const round = await callApi<RoundInfo>(page, 'rounds:create', { period: '2026-T3', deadline: '2026-12-15' });
    await page.goto(`${app.web.url}#/innspill/${round.id}`);
    const crumb = page.getByRole('navigation', { name: 'Brødsmulesti' }).getByRole('link', { name: 'Innspill' });
    await crumb.waitFor();
    expect(await crumb.getAttribute('class')).toContain('ds-link');
  });

  it('«Ny innspillsrunde» picks the ministries to ask from the register, found by name', async () => {
    await page.goto(`${app.web.url}#/innspill`);
    await page.getByRole('heading', { level: 2, name: 'Ny innspillsrunde' }).waitFor();
    const ministries = page.locator('#runde-departementer');
    // «helse» finds HOD by its name; a made-up abbreviation cannot be typed in as a recipient.
    const chosen = () =>
      ministries
        .locator('xpath=..')
        .locator('data')
        .evaluateAll((els) => els.map((e) => e.getAttribute('value')));
    await ministries.focus();
    await page.keyboard.type('helse');
    await ministries.locator('xpath=..').locator('u-option[value="HOD"]').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(chosen).toEqual(['HOD']);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('XYZ');
    await page.getByText('Fant ingen departementer').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(chosen).toEqual(['HOD']);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.getByLabel('Frist for svar').fill('15.12.2026');
    await page.getByRole('button', { name: 'Lag innspillsrunde' }).click();
    await page.getByRole('heading', { level: 2, name: 'Les inn svar' }).waitFor();
    await expect
      .poll(() => page.locator('[data-testid^="mottaker-"]').evaluateAll((els) => els.map((e) => e.dataset.testid)))
      .toEqual(['mottaker-HOD']);
  });

  it('a dialog opened straight after a reload puts «Lukk perioden» and «Avbryt» side by side with air', async () => {
    // Straight to the periods (no page with settings.css opened first): «Lukk perioden» and «Avbryt» side by side.
    await page.goto(`${app.web.url}#/rapporter?rapport=perioder`);
    await page.reload();
    await page
      .getByRole('button', { name: /^Lukk T\d \d{4} …$/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    // On one line (the dialog may still be moving in, so both are read at once until they agree) and apart.
    const buttons = () =>
      dialog.evaluate((d) => {
        const [close, cancel] = [...d.querySelectorAll('form button')].map((b) => b.getBoundingClientRect());
        return { sameLine: Math.abs(cancel.top - close.top) < 2, gap: Math.round(cancel.left - close.right) };
      });
    await expect.poll(buttons, { timeout: 10_000 }).toEqual({ sameLine: true, gap: 12 });
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
  });

  it('a refused «Legg til» in «Ny forpliktelse» puts focus on the field in error', async () => {
    await page.goto(`${app.web.url}#/forpliktelser`);
    await page.getByRole('button', { name: 'Ny forpliktelse' }).click();
    const dialog = page.getByRole('dialog');
    // It opens with focus in «Id», its first field, not on its X (QA qa-m2 #6).
    await expect.poll(focused, { timeout: 10_000 }).toBe('forpliktelse-code');
    await dialog.getByLabel('Id', { exact: true }).fill('G3-01');
    await dialog.getByLabel('Tekst', { exact: true }).fill('Sikre lik tilgang til bistand for alle ofre');
    await dialog.getByRole('button', { name: 'Legg til' }).focus();
    await page.keyboard.press('Enter');
    await dialog.getByText('Id-en G3-01 finnes allerede. Velg en annen.').waitFor();
    await expect.poll(focused, { timeout: 10_000 }).toBe('forpliktelse-code');
    const v = await moderateA11yViolations(page);
    expect(v, describeViolations(v)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('after «Endre 2 tiltak» in the register, focus is on the first field of the change, not on <body>', async () => {
    await page.goto(`${app.web.url}#/tiltak?plan=strategi-2025-2030`);
    await page.locator('[data-testid="register-row"] a.register__open').first().focus();
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press(' ');
      await page.keyboard.press('ArrowDown');
    }
    const bar = page.getByRole('region', { name: '2 tiltak valgt' });
    await bar.waitFor();
    await bar.getByLabel('Sett ansvarlig departement').selectOption('JD');
    await bar.getByRole('button', { name: 'Endre 2 tiltak' }).focus();
    await page.keyboard.press('Enter');
    await bar.getByText(/^(Lagret: |Ingenting å endre)/).waitFor();
    await expect.poll(focused, { timeout: 10_000 }).toBe('bulk-part');
  });
});
