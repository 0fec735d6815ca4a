// QA qa-m1 L2, L1 and M5 on Rapporter → Perioder and the report pack, by keyboard where a person would use it:
// the close dialog's first focus is an X named «Lukk dialogen», not «Lukk» (in «Lukke T3 2025?» that sounded like
// closing the period), and so is every dialog's X; the pack «as reported» and «as corrected» download under names
// that say which is which, in both languages; an empty reason in «Gjenåpne» puts focus on «Begrunnelse» with its
// message, so what is typed next goes there.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeriodList } from '../../shared/api/periods.contract.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { callApi, openApp, type AppInBrowser } from './support/browser.ts';

const PERIOD = '2025-T3';

describe('the close and reopen dialogs and the pack’s file names', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;
  const row = () => page.locator(`[data-period="${PERIOD}"]`);
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { tag: el?.tagName ?? '', name: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '' };
    });

  const period = async () =>
    (await callApi<PeriodList>(page, 'periods:list', {})).tertials.find((p) => p.key === PERIOD)!;
  /** Each test stands on its own: the period is closed behind the page when the test before did not close it. */
  const closed = async () => {
    if (!(await period()).closed) await callApi(page, 'periods:close', { period: PERIOD });
  };
  /** A fresh page: nothing left open by the test before. */
  const open = async (hash: string) => {
    await page.goto('about:blank');
    await page.goto(`${app.web.url}#/${hash}`);
  };

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'eksempel.tilt', true), {
      env: { TILTAK_USER: 'Kari Koordinator' },
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    page = app.page;
    await page.goto(`${app.web.url}#/rapporter?rapport=perioder`);
    await page.getByRole('heading', { level: 1, name: 'Rapporter' }).waitFor();
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it('first focus in «Lukke T3 2025?» is the X, named «Lukk dialogen»; no button is named just «Lukk»', async () => {
    await row().getByRole('button', { name: 'Lukk T3 2025 …' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Lukke T3 2025?' }).waitFor();
    await expect.poll(focused).toEqual({ tag: 'BUTTON', name: 'Lukk dialogen' });
    expect(await dialog.getByRole('button', { name: 'Lukk', exact: true }).count()).toBe(0);
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ tag: 'BUTTON', name: 'Lukk perioden' });
    await page.keyboard.press('Enter');
    await row().getByRole('button', { name: 'Gjenåpne T3 2025 …' }).waitFor();
  });

  it('names the pack by its basis: «…-rapportert», «…-korrigert», «…-as-reported», «…-as-corrected»', async () => {
    await closed();
    await open('rapporter?rapport=pakke');
    await page.getByLabel('Periode', { exact: true }).selectOption(PERIOD);
    const download = async (format: string) => {
      await page.getByTestId('doc-preview').waitFor();
      const [d] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: format, exact: true }).click(),
      ]);
      return d.suggestedFilename();
    };
    await page.getByLabel('Som rapportert (øyeblikksbildet fra lukkingen)').check();
    expect(await download('Word (DOCX)')).toBe('rapportpakke-2025-T3-rapportert.docx');
    expect(await download('Excel (XLSX)')).toBe('rapportpakke-2025-T3-rapportert.xlsx');
    await page.getByLabel('Som korrigert (alt som er registrert i dag)').check();
    expect(await download('Word (DOCX)')).toBe('rapportpakke-2025-T3-korrigert.docx');
    expect(await download('PDF')).toBe('rapportpakke-2025-T3-korrigert.pdf');
    await page.getByLabel('Engelsk (English)').check();
    expect(await download('Word (DOCX)')).toBe('report-pack-2025-T3-as-corrected.docx');
    await page.getByLabel('Som rapportert (øyeblikksbildet fra lukkingen)').check();
    expect(await download('Excel (XLSX)')).toBe('report-pack-2025-T3-as-reported.xlsx');
    await page.getByLabel('Bokmål').check();
  });

  it('an empty reason in «Gjenåpne» puts focus on «Begrunnelse» with its message, and typing goes there', async () => {
    await closed();
    await open('rapporter?rapport=perioder');
    await row().getByRole('button', { name: 'Gjenåpne T3 2025 …' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Gjenåpne T3 2025?' }).waitFor();
    const reason = dialog.getByLabel('Begrunnelse');
    await dialog.getByRole('button', { name: 'Gjenåpne perioden' }).focus();
    await page.keyboard.press('Enter');
    await dialog.getByText('Skriv hvorfor perioden åpnes igjen.').waitFor();
    await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    // Typed key by key, spaces and all: it reaches the field, and the button is not pressed again.
    await page.keyboard.type('Sen korrigering');
    expect(await reason.inputValue()).toBe('Sen korrigering');
    expect(await row().getByRole('button', { name: 'Gjenåpne T3 2025 …' }).count()).toBe(1);
    // The reopen dialog's X is «Lukk dialogen» too.
    expect(await dialog.getByRole('button', { name: 'Lukk dialogen' }).count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ tag: 'BUTTON', name: 'Gjenåpne perioden' });
    await page.keyboard.press('Enter');
    await row().getByRole('button', { name: 'Lukk T3 2025 …' }).waitFor();
    expect((await period()).events[0]?.reason).toBe('Sen korrigering');
    expect(app.consoleErrors).toEqual([]);
  });
});
