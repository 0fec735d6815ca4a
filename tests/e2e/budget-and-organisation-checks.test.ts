// What a coordinator is told when a budget line or a new organisation is wrong or unusual (QA reg §8–11), in real
// Chromium against `npm run web`: every field is checked before any question, each message stands at its field, an
// unusual line is saved only once confirmed, and nothing is written on a refusal.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetSummary, Measure, Organisation } from '../../shared/domain/types.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { callApi, openApp, type AppInBrowser } from './support/browser.ts';

const CP = 'Skriv kapittel og post som «kap. 440, post 70» eller «440.70» (post 01–99).';

/** The text of what the field's aria-describedby points at: its description and its message. */
function said(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''))
      .join(' '),
  );
}

describe('budget lines and organisations: checked, asked, and refused at the field', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;
  const lines = async () => (await callApi<BudgetSummary>(page, 'budget:list', { measureId: 16 })).lines;

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'sjekk.tilt'));
    page = app.page;
    await page.goto(`${app.web.url}#/tiltak/16`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Measure 16 ended in 2025 and has a line for 2026 without kap./post.
    const m = await callApi<Measure>(page, 'measures:get', { id: 16 });
    await callApi(page, 'measures:update', { id: 16, version: m.version, changes: { endYear: 2025 } });
    await callApi(page, 'budget:add', { measureId: 16, year: 2026, allocatedNok: 100_000, spentNok: null });
    await page.reload();
    await page.locator('summary', { hasText: 'Legg til budsjettlinje' }).click();
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  const form = () => page.getByRole('form', { name: 'Legg til budsjettlinje' });
  const field = (label: string) => form().getByLabel(label, { exact: true });
  const submit = () => form().getByRole('button', { name: 'Legg til budsjettlinje' }).click();
  const question = () => page.getByTestId('budget-confirm');

  it('says what is wrong with every field before it asks about a duplicate, and keeps no stale message', async () => {
    const before = await lines();
    await field('År').fill('2026');
    await field('Bevilget (kr)').fill('1,5');
    await field('Kap./post').fill('tull');
    await submit();
    // «tull» is a bad kap./post, not «uten kap./post»: no question about the other 2026 line yet.
    await expect.poll(() => said(field('Kap./post'))).toContain(CP);
    expect(await said(field('Bevilget (kr)'))).toContain('Beløpet må være hele kroner.');
    expect(await question().count()).toBe(0);
    expect(await lines()).toEqual(before);

    // Both corrected: now the question, and the amount's message is gone.
    await field('Bevilget (kr)').fill('1.000.000');
    await field('Kap./post').fill('');
    await submit();
    await question().getByText('Det finnes allerede en budsjettlinje for 2026 uten kap./post').waitFor();
    expect(await said(field('Bevilget (kr)'))).not.toContain('Beløpet');
    expect(await said(field('Kap./post'))).not.toContain('Skriv kapittel');
    await question().getByRole('button', { name: 'Endre linjen' }).click();
    await question().waitFor({ state: 'detached' });
    expect(await lines()).toEqual(before);
  });

  it('reads «1.000.000» as 1 000 000 kr, and says a number too large is too large', async () => {
    await field('År').fill('2025');
    await field('Bevilget (kr)').fill('99999999999999999999');
    await field('Kap./post').fill('440.70');
    await submit();
    await expect
      .poll(() => said(field('Bevilget (kr)')))
      .toContain('Beløpet er for stort: høyst 1\u202f000\u202f000\u202f000\u202f000 kr.');
    expect((await lines()).some((l) => l.year === 2025)).toBe(false);

    await field('Bevilget (kr)').fill('1.000.000');
    await submit();
    await page.getByTestId('announcement').filter({ hasText: 'Budsjettlinjen er lagt til' }).waitFor();
    expect((await lines()).find((l) => l.year === 2025)).toMatchObject({ allocatedNok: 1_000_000, chapter: 440 });
  });

  it('refuses a line with nothing in it at the amount, writing nothing', async () => {
    const before = await lines();
    await field('År').fill('2025');
    await submit();
    await expect
      .poll(() => said(field('Bevilget (kr)')))
      .toContain('Linjen er tom. Fyll inn bevilget eller forbrukt beløp, kap./post');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('budsjett-ny-allocatedNok');
    expect(await lines()).toEqual(before);
  });

  it('asks before saving more spent than allocated, and saves only when confirmed', async () => {
    const before = await lines();
    await field('År').fill('2025');
    await field('Bevilget (kr)').fill('1 000 000');
    await field('Forbrukt (kr)').fill('2 000 000');
    await field('Kap./post').fill('440.01');
    await submit();
    const dialog = page.getByRole('dialog', { name: 'Mer forbrukt enn bevilget – lagre likevel?' });
    await dialog
      .getByText('Forbrukt (2\u202f000\u202f000 kr) er mer enn bevilget (1\u202f000\u202f000 kr) for 2025.')
      .waitFor();
    await dialog.getByRole('button', { name: 'Endre linjen' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await lines()).toEqual(before);

    await submit();
    await dialog.getByRole('button', { name: 'Lagre likevel' }).click();
    await expect.poll(async () => (await lines()).length, { timeout: 10_000 }).toBe(before.length + 1);
    expect((await lines()).find((l) => l.chapter === 440 && l.post === 1)).toMatchObject({ spentNok: 2_000_000 });
  });

  it('asks before saving a year long after the measure’s Sluttår', async () => {
    const before = await lines();
    await field('År').fill('2034');
    await field('Bevilget (kr)').fill('5000');
    await submit();
    const dialog = page.getByRole('dialog', { name: 'Året er lenge etter tiltakets sluttår – lagre likevel?' });
    await dialog.getByText('2034 er 9 år etter tiltakets sluttår (2025).').waitFor();
    await dialog.getByRole('button', { name: 'Lagre likevel' }).click();
    await expect.poll(async () => (await lines()).length, { timeout: 10_000 }).toBe(before.length + 1);
    expect(app.consoleErrors).toEqual([]);
  });

  it('refuses «gyldig fra» years ahead at the field, and stores the abbreviation upper-cased', async () => {
    const count = async () => (await callApi<Organisation[]>(page, 'organisations:list', {})).length;
    const before = await count();
    await page.goto(`${app.web.url}#/innstillinger`);
    await page.getByRole('button', { name: 'Legg til organisasjon' }).click();
    const dialog = page.getByRole('dialog', { name: 'Legg til organisasjon' });
    const abbrev = dialog.getByLabel('Forkortelse');
    expect(await said(abbrev)).toContain('Lagres med store bokstaver.');
    await abbrev.fill('qaorg');
    await dialog.getByLabel('Navn').fill('Justisdepartementet 2');
    await dialog.getByLabel('Type').selectOption('direktorat');
    await dialog
      .getByLabel('Ligger under departement')
      .selectOption({ label: 'JD – Justis- og beredskapsdepartementet' });
    const validFrom = dialog.getByLabel('Gyldig fra (valgfritt)');
    await validFrom.fill('31.12.2099');
    await dialog.getByRole('button', { name: 'Legg til' }).click();
    await expect.poll(() => said(validFrom)).toContain('31.12.2099 er mer enn ett år frem i tid.');
    expect(await count()).toBe(before);

    await validFrom.fill('');
    await dialog.getByRole('button', { name: 'Legg til' }).click();
    await page.getByText('Justisdepartementet 2 (QAORG) er lagt til.').waitFor();
    await page.locator('[data-testid="org-row"][data-abbrev="QAORG"]').waitFor();
    expect(app.consoleErrors).toEqual([]);
  });
});
