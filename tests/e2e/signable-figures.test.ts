// Issue 12 §1, §2, §3, §11 in real Chromium on the example file: «Ingen status registrert» in the register (filter
// and count) and on Oversikt (a chart segment and a key figure lead to the same count), a status date before the
// plan's start refused at the field, an unlikely pair confirmed in a dialog by keyboard, the report as of 31.12.2024
// with the 2016 plan only and the sentence about the strategy, and budget amounts left empty or entered twice.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterResult } from '../../shared/api/register.contract.ts';
import type { StatusUpdate } from '../../shared/domain/types.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { readDocx } from '../support/read-exports.ts';
import {
  callApi,
  describeViolations,
  moderateA11yViolations,
  openApp,
  type AppInBrowser,
  type WebApp,
} from './support/browser.ts';

const NOTE =
  'Nasjonal strategi mot menneskehandel (2025–2030) er ikke med: planen startet 01.05.2025, ' +
  'etter datoen rapporten gjelder for (31.12.2024).';

/** A date field takes an ISO date as a date input, else dd.mm.åååå as text. */
async function fillDate(field: Locator, iso: string): Promise<void> {
  const type = await field.getAttribute('type');
  await field.fill(type === 'date' ? iso : iso.split('-').reverse().join('.'));
}

describe('figures a ministry can sign, on the example file', () => {
  const tmp = tempDir();
  let web: WebApp;
  let app: AppInBrowser;
  let page: Page;
  const count = () => page.getByTestId('register-count').textContent();
  const noStatusIds = async () =>
    (await callApi<RegisterResult>(page, 'measures:query', { filter: { statuses: ['ingen-status'] } })).ids;

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'eksempel.tilt', true), {
      acceptDownloads: true,
      env: { TILTAK_USER: 'Kari Koordinator' },
      viewport: { width: 1280, height: 900 },
    });
    ({ web, page } = app);
    await page.goto(`${web.url}#/tiltak`);
    await page.getByText('Viser 44 av 44 tiltak').waitFor();
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('counts «Ingen status registrert» in the register and filters to exactly those measures', async () => {
    const ids = await noStatusIds();
    expect(ids.length).toBeGreaterThan(0);
    const offer = page.getByTestId('register-no-status');
    await offer.filter({ hasText: `${ids.length} av dem har ingen status registrert` }).waitFor();

    await page.locator('summary', { hasText: 'Status' }).click();
    await page.getByRole('checkbox', { name: 'Ingen status registrert' }).check();
    await page.keyboard.press('Escape');
    await expect.poll(count, { timeout: 10_000 }).toBe(`Viser ${ids.length} av 44 tiltak`);
    expect(page.url()).toContain('status=ingen-status');
    const statuses = page.locator('[data-testid="register-row"] td:nth-child(7)');
    await expect.poll(() => statuses.count(), { timeout: 10_000 }).toBe(ids.length);
    expect(new Set(await statuses.allTextContents())).toEqual(new Set(['Ingen status registrert']));
    // Not one of them is «Ikke startet».
    expect(await page.locator('[data-testid="register-row"]', { hasText: 'Ikke startet' }).count()).toBe(0);
    const v = await moderateA11yViolations(page);
    expect(v, describeViolations(v)).toEqual([]);
  });

  it('leads from the Oversikt chart segment and key figure to the register with the same count', async () => {
    const ids = await noStatusIds();
    await page.goto(`${web.url}#/oversikt`);
    const figure = page
      .getByRole('list', { name: 'Nøkkeltall' })
      .getByRole('link', { name: /Ingen status registrert/ });
    await expect.poll(() => figure.textContent(), { timeout: 10_000 }).toContain(String(ids.length));

    // The strategy's chart: a segment per part with measures nobody has reported on, each a link.
    const card = page.locator('[data-chart="status-strategi-2025-2030"]');
    const segments = card.locator('.chart-seg[data-segment$=":ingen-status"]');
    await expect.poll(() => segments.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const label = (await segments.first().getAttribute('aria-label'))!;
    const n = Number(/: (\d+) ingen status registrert\. Åpne i Tiltak$/.exec(label)![1]);
    await segments.first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('status=ingen-status');
    await expect.poll(count, { timeout: 10_000 }).toMatch(new RegExp(`^Viser ${n} av \\d+ tiltak`));

    await page.goBack();
    await figure.click();
    await expect.poll(count, { timeout: 10_000 }).toBe(`Viser ${ids.length} av 44 tiltak`);
  });

  it('refuses a status dated before the plan’s start at the date field, and records nothing', async () => {
    await page.goto(`${web.url}#/tiltak/3`);
    await page.getByRole('button', { name: 'Registrer status' }).waitFor();
    const before = await callApi<StatusUpdate[]>(page, 'status:history', { measureId: 3 });
    const date = page.getByLabel('Dato', { exact: true });
    await fillDate(date, '2010-03-01');
    await page.getByRole('button', { name: 'Registrer status' }).click();
    await page.getByText('Datoen kan ikke være før planen startet (01.11.2016).').waitFor();
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => date.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await callApi<StatusUpdate[]>(page, 'status:history', { measureId: 3 })).toEqual(before);
  });

  it('asks before saving an unlikely pair, in a dialog used by keyboard, and saves only when confirmed', async () => {
    const history = () => callApi<StatusUpdate[]>(page, 'status:history', { measureId: 3 });
    const before = (await history()).length;
    await page.reload();
    await page.getByLabel('Status', { exact: true }).selectOption('avbrutt');
    await page.getByLabel('Vurdering').selectOption('gronn');
    await page.getByRole('button', { name: 'Registrer status' }).click();
    const dialog = page.getByRole('dialog', { name: 'Uvanlig kombinasjon – vil du lagre likevel?' });
    await dialog.getByText('«Avbrutt» med vurderingen «Grønn» er uvanlig').waitFor();
    // The safe choice has the focus; Esc keeps the form as it was, with nothing saved.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent), { timeout: 10_000 })
      .toBe('Endre statusen');
    // Checked once it has faded in (axe would measure the contrast half-way through the fade).
    await dialog.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
    const v = await moderateA11yViolations(page);
    expect(v, describeViolations(v)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(0);
    expect(await history()).toHaveLength(before);
    // Back at the field the question was about, not at the top of the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('status-status');

    await page.getByRole('button', { name: 'Registrer status' }).click();
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Lagre likevel');
    await page.keyboard.press('Enter');
    await page.getByTestId('announcement').filter({ hasText: 'Status lagret' }).waitFor();
    // Saved, and the keyboard is where it was: on «Registrer status», not on <body>.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('status-lagre');
    const after = await history();
    expect(after).toHaveLength(before + 1);
    expect(after[0]).toMatchObject({ status: 'avbrutt', assessment: 'gronn', author: 'Kari Koordinator' });
  });

  it('keeps an empty budget amount empty, and asks before a second line for the same year and kap./post', async () => {
    // A strategy measure (Sluttår 2030): a line for 2027 is not long after its end, so only the duplicate is asked.
    await page.goto(`${web.url}#/tiltak/30`);
    await page.locator('summary', { hasText: 'Legg til budsjettlinje' }).click();
    const form = page.getByRole('form', { name: 'Legg til budsjettlinje' });
    await form.getByLabel('År').fill('2027');
    await form.getByLabel('Kap./post').fill('440.70');
    await form.getByRole('button', { name: 'Legg til budsjettlinje' }).click();
    await page.getByTestId('announcement').filter({ hasText: 'Budsjettlinjen er lagt til' }).waitFor();
    const row2027 = page.locator('.budget-table tbody tr', { hasText: '2027' });
    await expect
      .poll(() => row2027.locator('td.num').allTextContents(), { timeout: 10_000 })
      .toEqual(['–ikke oppgitt', '–ikke oppgitt']);

    await form.getByLabel('År').fill('2027');
    await form.getByLabel('Bevilget (kr)').fill('250 000');
    await form.getByLabel('Kap./post').fill('kap. 440, post 70');
    await form.getByRole('button', { name: 'Legg til budsjettlinje' }).click();
    const dialog = page.getByRole('dialog', { name: /Samme år og kap\.\/post/ });
    await dialog.getByText('Det finnes allerede en budsjettlinje for 2027, kap. 440, post 70 (uten beløp).').waitFor();
    await dialog.getByRole('button', { name: 'Lagre likevel' }).click();
    await expect.poll(() => row2027.count(), { timeout: 10_000 }).toBe(2);
  });

  it('gives the report as of 31.12.2024 with the 2016 plan only and the sentence about the strategy', async () => {
    await page.goto(`${web.url}#/rapporter`);
    await fillDate(page.getByLabel('Per dato'), '2024-12-31');
    await page.getByTestId('report-as-of').filter({ hasText: '31.12.2024' }).waitFor();
    await page.getByTestId('report-not-started').filter({ hasText: NOTE }).waitFor();
    await expect
      .poll(() =>
        page
          .locator('[data-testid="report-preview"] section[data-plan]')
          .evaluateAll((s) => s.map((x) => x.getAttribute('data-plan'))),
      )
      .toEqual(['handlingsplan-2016']);
    await expect.poll(() => page.getByTestId('report-row').count(), { timeout: 10_000 }).toBe(26);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Word (DOCX)' }).click(),
    ]);
    const file = join(tmp.dir, 'rapport.docx');
    await download.saveAs(file);
    const docx = await readDocx(readFileSync(file));
    expect(docx.paragraphs).toContain(NOTE);
    expect(docx.paragraphs).toContain('Regjeringens handlingsplan mot menneskehandel');
    expect(docx.paragraphs).not.toContain('Nasjonal strategi mot menneskehandel (2025–2030)');

    // A date before every plan is allowed, with a warning where the date is chosen.
    await fillDate(page.getByLabel('Per dato'), '2010-12-31');
    await page.getByTestId('report-date-warning').filter({ hasText: 'før den første planen startet' }).waitFor();
    const v = await moderateA11yViolations(page);
    expect(v, describeViolations(v)).toEqual([]);
    await fillDate(page.getByLabel('Per dato'), '2024-12-31');
    await expect.poll(() => page.getByTestId('report-date-warning').count(), { timeout: 10_000 }).toBe(0);
  });
});
