// A Startår/Sluttår far after the plan's period (QA reg §11: «Sluttår 2099 on a measure is saved»), in real Chromium
// against `npm run web`: the page asks before saving; «Endre året» saves nothing and puts focus in the field,
// «Lagre likevel» saves; a year within the period is saved without a question.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Measure } from '../../shared/domain/types.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { callApi, openApp, type AppInBrowser } from './support/browser.ts';

describe('a measure year far after its plan is asked about before it is saved', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;
  const measure = (id: number) => callApi<Measure>(page, 'measures:get', { id });
  const question = () => page.getByTestId('measure-year-confirm');
  const endYear = () => page.getByLabel('Sluttår', { exact: true });
  const save = () => page.getByRole('button', { name: 'Lagre endringer' }).click();
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
  const saved = () =>
    page
      .getByTestId('announcement')
      .filter({ hasText: /^Lagret$/ })
      .waitFor();

  async function open(id: number) {
    await page.goto(`${app.web.url}#/tiltak/${id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await endYear().waitFor();
  }

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'aar.tilt'));
    page = app.page;
    await page.goto(app.web.url);
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('in the strategy (2025–2030): «Endre året» saves nothing and focuses Sluttår, «Lagre likevel» saves', async () => {
    const before = await measure(27);
    expect(before.planCode).toBe('strategi-2025-2030');
    await open(27);

    await endYear().fill('2099');
    await save();
    await question().getByText('Sluttår 2099 er 69 år etter planperioden (2025–2030). Lagre likevel?').waitFor();
    // The safe choice is focused, so Enter does not save by accident.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''), { timeout: 10_000 })
      .toBe('Endre året');
    await question().getByRole('button', { name: 'Endre året' }).click();
    await question().waitFor({ state: 'detached' });
    await expect.poll(focusedId, { timeout: 10_000 }).toBe('felt-endYear');
    expect(await endYear().inputValue()).toBe('2099');
    expect(await measure(27)).toMatchObject({ endYear: before.endYear, version: before.version });

    await save();
    await question().getByRole('button', { name: 'Lagre likevel' }).click();
    await saved();
    await question().waitFor({ state: 'detached' });
    await expect.poll(async () => (await measure(27)).endYear, { timeout: 10_000 }).toBe(2099);
  });

  it('saves a year within the period without a question', async () => {
    await open(28);
    await endYear().fill('2030');
    await save();
    await saved();
    expect(await question().count()).toBe(0);
    expect((await measure(28)).endYear).toBe(2030);
  });

  it('in the 2016 plan, which has no end year: asks about a year more than 10 years after this year', async () => {
    expect((await measure(16)).planCode).toBe('handlingsplan-2016');
    await open(16);
    const thisYear = new Date().getFullYear();
    await endYear().fill('2099');
    await save();
    await question()
      .getByText(
        `Sluttår 2099 er ${2099 - thisYear} år etter i år (${thisYear}), og planen har ikke noe sluttår. ` +
          'Lagre likevel?',
      )
      .waitFor();
    await question().getByRole('button', { name: 'Lagre likevel' }).click();
    await saved();
    await expect.poll(async () => (await measure(16)).endYear, { timeout: 10_000 }).toBe(2099);
  });
});
