// Issue 12 §15 (and the help page of §19): axe on every view, with its best-practice rules (landmarks, regions,
// unique names) as well as WCAG 2.1 AA — 0 moderate, serious or critical — on the real frame and on the example file.
// Rapporter is checked with every column chosen, so its eight preview tables are wider than the page and scroll.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_COLUMNS } from '../../shared/report/columns.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import {
  describeViolations,
  moderateViolationsWithBestPractice,
  openApp,
  sidewaysAt320,
  type AppInBrowser,
} from './support/browser.ts';

interface View {
  name: string;
  hash: string;
  /** What shows the view is ready (data in place), waited for before axe runs. */
  ready(page: Page): Locator;
  then?(page: Page): Promise<void>;
}

const VIEWS: View[] = [
  { name: 'Oversikt', hash: '/oversikt', ready: (p) => p.locator('[data-chart] .recharts-surface').first() },
  { name: 'Tiltak', hash: '/tiltak', ready: (p) => p.locator('[data-testid="register-row"]').first() },
  { name: 'a measure', hash: '/tiltak/16', ready: (p) => p.getByRole('heading', { name: 'Budsjett' }) },
  {
    name: 'Rapporter',
    hash: '/rapporter',
    ready: (p) => p.locator('[data-testid="report-row"]').first(),
  },
  { name: 'Møtemodus', hash: '/mote', ready: (p) => p.locator('main[data-slide]') },
  {
    name: 'Innstillinger',
    hash: '/innstillinger',
    ready: (p) => p.getByRole('table').filter({ hasText: 'Forkortelse' }).getByRole('row').nth(5),
  },
  { name: 'Forpliktelser', hash: '/forpliktelser', ready: (p) => p.locator('article.obligation').first() },
  { name: 'papirkurv', hash: '/papirkurv', ready: (p) => p.getByTestId('trash-empty') },
  {
    name: 'fill-titles',
    hash: '/titler',
    ready: (p) => p.getByTestId('titles-preview'),
    then: (p) => p.getByLabel('Titler, én per linje i nummerrekkefølge').fill('1\tFørste tittel\n2\tAndre tittel'),
  },
  { name: 'help', hash: '/hjelp', ready: (p) => p.getByRole('heading', { name: 'Lukk tertialet og lag rapporten' }) },
];

for (const file of [
  { kind: 'the real frame', example: false },
  { kind: 'the example file', example: true },
]) {
  describe(`axe on every view, ${file.kind}`, () => {
    const tmp = tempDir();
    let app: AppInBrowser;
    let page: Page;

    beforeAll(async () => {
      const path = portfolioFile(tmp.dir, file.example ? 'eksempel.tilt' : 'ramme.tilt', file.example);
      app = await openApp(path, { viewport: { width: 1280, height: 800 } });
      page = app.page;
      // Every report column: the preview tables are then wider than the page.
      await page.context().addInitScript(
        (columns) => {
          window.localStorage.setItem('tiltaksportefoljen:rapporter:valg', JSON.stringify({ columns }));
        },
        [...REPORT_COLUMNS],
      );
    });

    afterAll(async () => {
      await app?.close();
      tmp.cleanup();
    });

    for (const view of VIEWS) {
      it(`${view.name}: no moderate, serious or critical violation`, async () => {
        await page.goto(`${app.web.url}#${view.hash}`);
        if (view.then) await view.then(page);
        await view.ready(page).waitFor();
        if (view.name === 'Rapporter') {
          // Every table scrolls sideways here (eight on the example file, one per part): the case axe's
          // scrollable-region-focusable is about.
          const wide = await page
            .locator('.report-table-wrap')
            .evaluateAll((els) => els.map((e) => e.scrollWidth > e.clientWidth));
          expect(wide.length).toBe(file.example ? 8 : 2);
          expect(wide.every(Boolean)).toBe(true);
        }
        const v = await moderateViolationsWithBestPractice(page);
        expect(v, describeViolations(v)).toEqual([]);
      });
    }

    it('at 400 % zoom (320 CSS px) no view scrolls sideways: the menu wraps, wide tables scroll in a box', async () => {
      for (const view of VIEWS) {
        await page.goto(`${app.web.url}#${view.hash}`);
        if (view.then) await view.then(page);
        await view.ready(page).waitFor();
        expect(await sidewaysAt320(page), view.name).toEqual({ width: 320, past: [] });
      }
    });

    it('leads to the help page from the header, by keyboard', async () => {
      await page.goto(`${app.web.url}#/tiltak`);
      await page.locator('[data-testid="register-row"]').first().waitFor();
      await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Hjelp' }).focus();
      await page.keyboard.press('Enter');
      const heading = page.getByRole('heading', { level: 1, name: 'Slik bruker du Tiltaksporteføljen' });
      await heading.waitFor();
      await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
      for (const step of [
        '1. Finn tiltakene',
        '2. Registrer status',
        '3. Se på Oversikt',
        '4. Lukk tertialet og lag rapporten',
      ])
        await page.getByRole('heading', { level: 2, name: step }).waitFor();
      expect(app.consoleErrors).toEqual([]);
    });
  });
}
