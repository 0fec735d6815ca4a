// The obligations register as a coordinator uses it, in real Chromium on the real frame: link three measures to G3-01
// (from the register and from a measure's page) and see the coverage change in Forpliktelser, on Oversikt, in
// Møtemodus, in the register and in the downloaded coverage table (bokmål and English); add and edit obligations with
// refusals at the field; undo; axe on the new view.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { Obligation } from '../../shared/domain/obligations.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { readDocx, readXlsx } from '../support/read-exports.ts';
import {
  callApi,
  chooseByKeyboard,
  describeViolations,
  moderateA11yViolations,
  openApp,
  type AppInBrowser,
} from './support/browser.ts';

describe('Forpliktelser: GRETA’s recommendations and the measures that answer them', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;
  const card = (code: string): Locator =>
    page.locator('article.obligation').filter({ has: page.locator(`h3`, { hasText: code }) });
  const legend = (label: string) => page.locator('.coverage-legend li').filter({ hasText: label });
  const announced = (text: string | RegExp) => page.getByTestId('announcement').filter({ hasText: text }).waitFor();
  /** Searches the card's measure picker for `typed` and takes the one match with ↓ and Enter. */
  const choose = async (inCard: Locator, typed: string, label: string) => {
    const input = inCard.locator('.measure-picker input');
    await chooseByKeyboard(input, typed);
    await expect.poll(() => input.inputValue()).toBe(label);
  };
  const status = (measureId: number, s: string, a: string) =>
    callApi(page, 'status:record', { measureId, status: s, assessment: a, comment: a === 'gronn' ? '' : 'Forsinket' });

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'forpliktelser.tilt'), {
      acceptDownloads: true,
      env: { TILTAK_USER: 'Kari Koordinator' },
      viewport: { width: 1280, height: 900 },
    });
    page = app.page;
    await page.goto(`${app.web.url}#/forpliktelser`);
    await page.getByRole('heading', { level: 1, name: 'Forpliktelser' }).waitFor();
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('starts with no measure for any obligation, shows G3-05’s caveat as such, and is axe-clean', async () => {
    await legend('Ingen tiltak').filter({ hasText: '9' }).waitFor();
    await card('G3-01').getByText('Ingen tiltak er koblet til forpliktelsen.').waitFor();
    await card('G3-05').getByText('tekst ikke verifisert').waitFor();
    await card('G3-01').getByText('oppfordrer sterkt (urges)').waitFor();
    const v = await moderateA11yViolations(page);
    expect(v, describeViolations(v)).toEqual([]);
  });

  it('links a measure to G3-01 from the register, and the coverage moves to «not under way»', async () => {
    const g301 = card('G3-01');
    await g301.getByText('Koble et tiltak til G3-01').click();
    await choose(g301, 'handlingsplanen 5', 'Handlingsplanen 2016, tiltak 5 (tittel ikke fylt inn)');
    await g301.getByLabel('Merknad (valgfritt)').fill('Politiets menneskehandelsgrupper');
    await g301.getByRole('button', { name: 'Koble til G3-01' }).click();
    await announced('Tiltaket er koblet til G3-01');
    await g301.getByRole('row').filter({ hasText: 'tiltak 5' }).getByText('Ingen status registrert').waitFor();
    await g301.getByText('Bare tiltak som ikke er startet eller er avbrutt').waitFor();
    await legend('Ingen tiltak').filter({ hasText: '8' }).waitFor();
    await legend('Bare tiltak som ikke er startet').filter({ hasText: '1' }).waitFor();
  });

  it('links a second from the measure’s own page, and a third, which makes G3-01 «gul or rød»', async () => {
    await page.goto(`${app.web.url}#/tiltak/16`);
    const section = page.locator('section[aria-labelledby="forpliktelser"]');
    const list = await callApi<Obligation[]>(page, 'obligations:list', {});
    const g301 = String(list.find((o) => o.code === 'G3-01')!.id);
    await section.getByLabel('Forpliktelse', { exact: true }).selectOption(g301);
    await section.getByRole('button', { name: 'Koble til forpliktelse' }).click();
    await announced('Forpliktelsen er koblet til tiltaket');
    await section.getByTestId('measure-obligations').getByRole('link', { name: 'G3-01' }).waitFor();
    await page
      .locator('[data-testid="timeline"] > li')
      .filter({ hasText: 'Koblet til forpliktelse' })
      .first()
      .waitFor();
    await status(16, 'pagar', 'gul');

    await page.goto(`${app.web.url}#/forpliktelser`);
    const inView = card('G3-01');
    await inView.getByText('Koble et tiltak til G3-01').click();
    await choose(inView, 'strategien 4', 'Strategien 2025–2030, tiltak 4 (tittel ikke fylt inn)');
    await inView.getByRole('button', { name: 'Koble til G3-01' }).click();
    await announced('Tiltaket er koblet til G3-01');
    await status(30, 'pagar', 'gronn');
    await page.reload();
    await expect.poll(() => card('G3-01').locator('tbody tr').count(), { timeout: 10_000 }).toBe(3);
    await card('G3-01').getByText('Tiltak med gul eller rød vurdering').waitFor();
    await legend('gul eller rød').filter({ hasText: '1' }).waitFor();
    await legend('Ingen tiltak').filter({ hasText: '8' }).waitFor();
  });

  it('shows the change on Oversikt, whose class links back to the view filtered to it', async () => {
    await page.goto(`${app.web.url}#/oversikt`);
    const cardOnDashboard = page.locator('section.coverage-card');
    await cardOnDashboard
      .locator('.coverage-legend li')
      .filter({ hasText: 'gul eller rød' })
      .filter({ hasText: '1' })
      .waitFor();
    await cardOnDashboard.getByRole('link', { name: /Tiltak med gul eller rød vurdering/ }).click();
    await page.getByText('Viser 1 av 9 forpliktelser').waitFor();
    expect(await page.locator('article.obligation').count()).toBe(1);
    await card('G3-01').waitFor();
  });

  it('drills down to the register with exactly the three measures and their obligations column', async () => {
    await card('G3-01')
      .getByRole('link', { name: /Vis de 3 tiltakene i tiltakslisten/ })
      .click();
    await page.getByTestId('register-count').filter({ hasText: 'Viser 3 av 44 tiltak' }).waitFor();
    const rows = page.getByTestId('register-row');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('G3-01')]));
    expect((await rows.allTextContents()).every((t) => t.includes('G3-01'))).toBe(true);
  });

  it('has a coverage slide in Møtemodus with the same counts', async () => {
    await page.goto(`${app.web.url}#/mote`);
    // The slides are there once every figure has loaded (the status grid's periods too): only then does → move.
    await page.getByText(/^Lysbilde 1 av \d+$/).waitFor();
    await page.keyboard.press('ArrowRight');
    const slide = page.locator('[data-slide="forpliktelser"]');
    await slide.waitFor();
    await slide.locator('.coverage-legend li').filter({ hasText: 'gul eller rød' }).filter({ hasText: '1' }).waitFor();
    await slide.getByText(/G3-01 \(tiltak med gul eller rød vurdering\)/).waitFor();
    await page.keyboard.press('Escape');
  });

  it('downloads the coverage table, whose rows say what the view says', async () => {
    await page.goto(`${app.web.url}#/forpliktelser`);
    await page.getByLabel('Format').selectOption('xlsx');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Last ned' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^dekning-forpliktelser-per-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = join(tmp.dir, 'dekning.xlsx');
    await download.saveAs(file);
    const sheet = (await readXlsx(readFileSync(file))).getWorksheet('Dekning')!;
    const rows = (sheet.getSheetValues().filter(Boolean) as unknown[][]).map((r) => r.slice(1));
    const g301 = rows.filter((r) => r[0] === 'G3-01');
    expect(g301.map((r) => [r[6], r[7], r[8], r[10], r[11]])).toEqual([
      ['Tiltak med gul eller rød vurdering', 'Handlingsplanen 2016', 5, 'Ingen status registrert', undefined],
      ['Tiltak med gul eller rød vurdering', 'Handlingsplanen 2016', 16, 'Pågår', 'Gul (risiko)'],
      ['Tiltak med gul eller rød vurdering', 'Strategien 2025–2030', 4, 'Pågår', 'Grønn (på sporet)'],
    ]);
    expect(rows.filter((r) => r[6] === 'Ingen tiltak')).toHaveLength(8);
    // A bad period is refused at its field, and nothing is downloaded.
    await page.getByLabel('Periode (valgfritt)').fill('2025-T5');
    await page.getByRole('button', { name: 'Last ned' }).click();
    await page.getByText('Ugyldig periode: skriv et år (2025) eller et tertial (2025-T2).').waitFor();
  });

  it('downloads the coverage table in English, chosen by keyboard as in Rapporter, and stays axe-clean', async () => {
    await page.getByLabel('Periode (valgfritt)').fill('');
    await page.getByLabel('Format').selectOption('docx');
    await page.getByRole('radio', { name: 'Bokmål' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByRole('radio', { name: 'Engelsk (English)' }).isChecked()).toBe(true);
    const v = await moderateA11yViolations(page);
    expect(v, describeViolations(v)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Last ned' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^obligations-coverage-as-of-\d{4}-\d{2}-\d{2}\.docx$/);
    const file = join(tmp.dir, 'coverage.docx');
    await download.saveAs(file);
    const doc = await readDocx(readFileSync(file));
    expect(doc.paragraphs[0]).toMatch(/^Coverage of obligations as of \d{1,2} [A-Z][a-z]+ \d{4}$/);
    const [summary, table] = doc.tables;
    expect(summary.rows[0]).toEqual(['Coverage', 'Obligations']);
    expect(summary.rows).toContainEqual(['No measure', '8']);
    expect(table.rows[0]).toEqual(['ID', 'Obligation', 'Source', 'Strength', 'Coverage', 'Measures and status']);
    const g301 = table.rows.find((r) => r[0] === 'G3-01')!;
    expect(g301.slice(3, 5)).toEqual(['urges', 'Measures assessed yellow or red']);
    expect(g301[5].split('\n')).toEqual([
      '• Action plan 2016, measure 5 (title not filled in) – No status recorded',
      'Note: Politiets menneskehandelsgrupper',
      expect.stringMatching(/^• Action plan 2016, measure 16: .+ – In progress, Yellow \(at risk\)$/),
      '• Strategy 2025–2030, measure 4 (title not filled in) – In progress, Green (on track)',
    ]);
    // The view itself stays in bokmål: only the file is English.
    await card('G3-01').getByText('Tiltak med gul eller rød vurdering').first().waitFor();
  });

  it('undoes the last link made here, and redoes it', async () => {
    await page.getByRole('button', { name: 'Angre kobling til G3-01' }).click();
    await announced('Angret kobling til G3-01');
    await expect.poll(() => card('G3-01').locator('tbody tr').count()).toBe(2);
    await page.getByRole('button', { name: 'Gjør om kobling til G3-01' }).click();
    await announced('Gjort om: kobling til G3-01');
    await expect.poll(() => card('G3-01').locator('tbody tr').count()).toBe(3);
  });

  it('refuses an empty text and an id that exists at the field, then adds an obligation', async () => {
    await page.getByRole('button', { name: 'Ny forpliktelse' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Id', { exact: true }).fill('G3-01');
    await dialog.getByRole('button', { name: 'Legg til' }).click();
    await dialog.getByText('Teksten kan ikke være tom.').waitFor();
    await dialog.getByLabel('Tekst', { exact: true }).fill('Sikre lik tilgang til bistand for alle ofre');
    await dialog.getByRole('button', { name: 'Legg til' }).click();
    await dialog.getByText('Id-en G3-01 finnes allerede. Velg en annen.').waitFor();
    const v = await moderateA11yViolations(page);
    expect(v, describeViolations(v)).toEqual([]);
    // The Storting's own numbering, spaces and parentheses included; GRETA's strength is not asked of the Storting.
    await dialog.getByLabel('Id', { exact: true }).fill('Vedtak 512 (2025–2026)');
    await dialog.getByLabel('Styrke (GRETAs ord)').waitFor();
    await dialog.getByLabel('Kilde', { exact: true }).selectOption('storting');
    await dialog.getByLabel('Styrke (GRETAs ord)').waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: 'Legg til' }).click();
    await page.getByText('Forpliktelse Vedtak 512 (2025–2026) er lagt til.').waitFor();
    await card('Vedtak 512 (2025–2026)').getByText('Sikre lik tilgang til bistand for alle ofre').waitFor();
    expect(await card('Vedtak 512 (2025–2026)').getByText('Styrke', { exact: true }).count()).toBe(0);
    await legend('Ingen tiltak').filter({ hasText: '9' }).waitFor();
  });

  it('edits a sourced obligation with the source’s own words beside it, and shows them after', async () => {
    await card('G2-03').getByRole('button', { name: 'Endre G2-03' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('blockquote').filter({ hasText: 'Refleksjonsperiode for alle mulige ofre' }).waitFor();
    await dialog.getByLabel('Tekst', { exact: true }).fill('Refleksjonsperiode for alle mulige ofre, også barn');
    await dialog.getByRole('button', { name: 'Lagre endringene' }).click();
    await page.getByText('Forpliktelse G2-03 er endret.').waitFor();
    await card('G2-03').getByText('Kildens tekst: «Refleksjonsperiode for alle mulige ofre»').waitFor();
    await card('G2-03').locator('summary', { hasText: 'Historikk' }).click();
    await card('G2-03')
      .getByText(/Endret tekst: Refleksjonsperiode for alle mulige ofre → /)
      .waitFor();
    expect(app.consoleErrors).toEqual([]);
  });
});
