// Møtemodus' status grid says why a status was corrected after closing, on the slide: the cell is marked, and under
// the measure's row, across the grid, a line names the period and gives the reason (read by a screen reader as the
// next row). A reason too long for a few lines is clamped like a comment, and Enter shows it whole. At 1280×720 (a
// projector) in real Chromium, with axe.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { callApi, describeViolations, moderateA11yViolations, openApp, type AppInBrowser } from './support/browser.ts';

const REASON =
  'Departementet meldte i oktober at tiltaket var stanset i august, etter at T2 2026 var rapportert. ' +
  'Statusen er rettet etter brev fra Justis- og beredskapsdepartementet av 12. oktober.';
const LONG_REASON = `${'Rapporten for T2 kom fra etaten etter fristen, og tallene var foreløpige. '.repeat(8)}Slutt.`;

describe('Møtemodus: a correction’s reason on the status grid', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'mote.tilt', true), { viewport: { width: 1280, height: 720 } });
    page = app.page;
    await page.goto(`${app.web.url}#/oversikt`);
    await callApi(page, 'periods:close', { period: '2026-T2' });
    // On T2's last day, so each is the status T2 ended with (measures 3 and 4 of the 2016 plan in the example).
    for (const [measureId, correctionReason] of [
      [3, REASON],
      [4, LONG_REASON],
    ] as const)
      await callApi(page, 'status:record', {
        measureId,
        status: 'avbrutt',
        assessment: 'ikke-vurdert',
        comment: 'Stanset',
        effectiveDate: '2026-08-31',
        correctionReason,
      });
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('marks the T2 2026 cell and gives the reason under the row, clamped when long, whole with Enter', async () => {
    await page.goto(`${app.web.url}#/mote`);
    await page.locator('main[data-slide]').waitFor();
    const measure = (n: number) => page.locator('main tbody', { hasText: `Handlingsplanen 2016, tiltak ${n}:` });
    for (let i = 0; i < 60 && (await measure(3).count()) === 0; i++) await page.keyboard.press('ArrowRight');
    const columns = await page.locator('main thead th').allTextContents();
    const t2 = columns.indexOf('T2 2026 (lukket)');
    expect(t2).toBeGreaterThan(0);
    // The mark in T2's cell only; the reason in the row under it, a cell a screen reader reads with the table.
    const cells = await measure(3).locator('tr').first().locator('td').allTextContents();
    expect(cells[t2 - 1]).toBe('Avbrutt · Ikke vurdert (korrigert etter lukking)');
    expect(cells.filter((c) => c.includes('orrigert'))).toHaveLength(1);
    await page.getByRole('cell', { name: `Korrigert etter lukking i T2 2026: ${REASON}` }).waitFor();
    // Across the grid the reason has room: whole on the slide, as large as the statuses above it.
    const note = measure(3).locator('.meeting-grid__note p');
    expect(await note.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    const sizeOf = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    expect(await note.evaluate(sizeOf)).toBe(await measure(3).locator('td').first().evaluate(sizeOf));
    // A long one is clamped on the slide, and the footer says how to read it whole.
    const long = measure(4).locator('.meeting-grid__note p');
    expect(await long.evaluate((el) => el.scrollHeight > el.clientHeight + 1)).toBe(true);
    await page.locator('.meeting__footer').getByText('Enter hele kommentarer').waitFor();
    // TILTAK_SHOTS keeps the screenshot for a person to look at (the temp folder is removed afterwards).
    await page.screenshot({ path: join(process.env.TILTAK_SHOTS ?? tmp.dir, 'rutenett-korrigert.png') });
    const a11y = await moderateA11yViolations(page);
    expect(a11y, describeViolations(a11y)).toEqual([]);

    await page.keyboard.press('Enter');
    // Headed by what it lists: reasons, not comments.
    const dialog = page.getByRole('dialog', { name: 'Begrunnelsene i sin helhet' });
    await dialog.getByText('Handlingsplanen 2016, tiltak 4:', { exact: false }).waitFor();
    await dialog.getByText(`«${LONG_REASON}»`).waitFor();
    await dialog.getByText(`«${REASON}»`).waitFor();
    expect(await dialog.locator('.meeting__comment-who').allTextContents()).toEqual([
      expect.stringMatching(/^Handlingsplanen 2016, tiltak 3: .* – T2 2026, korrigert etter lukking$/),
      expect.stringMatching(/^Handlingsplanen 2016, tiltak 4: .* – T2 2026, korrigert etter lukking$/),
    ]);
    const inDialog = await moderateA11yViolations(page);
    expect(inDialog, describeViolations(inDialog)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(app.consoleErrors).toEqual([]);
  });
});
