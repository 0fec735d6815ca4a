// Plans are data, as a user sees it: a third plan written into a file (no code knows it) shows up in the register,
// Oversikt, Møtemodus and Rapporter, with its short name and its own word for its parts («kapittel»).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { addThirdPlanToFile, THIRD } from '../support/third-plan.ts';
import { describeViolations, openApp, seriousA11yViolations, type AppInBrowser } from './support/browser.ts';

describe('a third plan in the file', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;

  beforeAll(async () => {
    const file = portfolioFile(tmp.dir, 'tre-planer.tilt');
    addThirdPlanToFile(file);
    app = await openApp(file, { viewport: { width: 1280, height: 900 } });
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('is in the register: its filter, its measures and its parts in its own word', async () => {
    await page.goto(`${app.web.url}#/tiltak?plan=${THIRD.code}`);
    await page.getByText('Viser 3 av 3 tiltak').waitFor();
    const rows = page.locator('tbody tr[data-index]');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(3);
    expect(await rows.first().textContent()).toContain('Testtiltak A');
    await page.getByRole('columnheader', { name: /^Kapittel/ }).waitFor();
    await page.getByRole('button', { name: 'Gruppert per kapittel' }).click();
    await page.locator(`[data-plan="${THIRD.code}"] [data-testid="plan-summary"]`).waitFor();
    const summary = await page.locator(`[data-plan="${THIRD.code}"] [data-testid="plan-summary"]`).textContent();
    expect(summary).toContain('3 tiltak i 2 kapitler');
    expect(summary).toContain('gjelder fra 01.03.2026');
  });

  it('has its own chart on Oversikt and its own slides in Møtemodus', async () => {
    await page.goto(`${app.web.url}#/oversikt`);
    await page.getByText(`Status per kapittel – ${THIRD.title}`).first().waitFor();
    const violations = await seriousA11yViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.goto(`${app.web.url}#/mote?plan=${THIRD.code}`);
    const slideTitles: string[] = [];
    await page.locator('[data-slide="oversikt"]').waitFor();
    const total = Number((await page.getByText(/^Lysbilde 1 av \d+$/).textContent())!.match(/av (\d+)/)![1]);
    for (let i = 1; i <= total; i++) {
      await page.getByText(`Lysbilde ${i} av ${total}`).waitFor();
      // The slide on screen (Møtemodus also keeps an invisible copy of every slide, measured to cut them into pages).
      slideTitles.push((await page.locator('main .meeting__title').textContent()) ?? '');
      await page.keyboard.press('ArrowRight');
    }
    expect(slideTitles).toEqual(
      expect.arrayContaining([
        `${THIRD.shortName} · Kapittel 1: Forebygging i helsetjenesten`,
        `${THIRD.shortName} · Kapittel 2: Oppfølging`,
      ]),
    );
    await page.keyboard.press('Escape');
  });

  it('can be chosen on Rapporter, and the preview groups it by its own parts', async () => {
    await page.goto(`${app.web.url}#/rapporter`);
    const box = page.getByRole('checkbox', { name: THIRD.title });
    await box.waitFor();
    expect(await box.isChecked()).toBe(true);
    for (const other of ['Regjeringens handlingsplan mot menneskehandel', 'Nasjonal strategi mot menneskehandel']) {
      await page.getByRole('checkbox', { name: new RegExp(`^${other}`) }).uncheck();
    }
    await page.getByRole('radio', { name: 'Kapittel' }).waitFor();
    // The page's first date (31.12. last year) may be before the plan's start (01.03.2026): then it says so.
    await page.getByLabel('Per dato').fill('2025-12-31');
    await page
      .getByTestId('report-not-started')
      .filter({ hasText: `${THIRD.title} er ikke med: planen startet 01.03.2026` })
      .waitFor();
    await page.getByLabel('Per dato').fill('2026-06-30');
    await page.getByRole('heading', { name: '1. Forebygging i helsetjenesten' }).waitFor();
    // Grouped by its parts, the preview says so in the plan's word (the part column is left out of the tables).
    await page
      .locator('.report-meta dd')
      .filter({ hasText: /^Kapittel$/ })
      .waitFor();
    expect(app.consoleErrors).toEqual([]);
  });
});
