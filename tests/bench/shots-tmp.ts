import { mkdirSync, rmSync } from 'node:fs';
import { launchBrowser, startWeb } from '../e2e/support/browser.ts';
import { exampleFile, scratchCopy } from './fixtures.ts';
const out = process.argv[2];
mkdirSync(out, { recursive: true });
const copy = scratchCopy(exampleFile(44), `shots.tilt`);
const web = await startWeb(copy);
const browser = await launchBrowser();
const settle = async (page: import('playwright-core').Page) => {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(700);
};
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const pages: [string, string][] = [
    ['register', '#/tiltak'],
    ['grouped', '#/tiltak?visning=gruppert'],
    ['oversikt', '#/oversikt'],
    ['measure', '#/tiltak/3'],
    ['reports', '#/rapporter'],
    ['settings', '#/innstillinger'],
    ['trash', '#/papirkurv'],
    ['titles', '#/titler'],
    ['mote', '#/mote'],
    ['help', '#/hjelp'],
  ];
  for (const [name, hash] of pages) {
    await page.goto(`${web.url}${hash}`);
    await page.waitForLoadState('networkidle');
    await settle(page);
    await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  }
  await page.goto(`${web.url}#/tiltak/3`);
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: 'Slett tiltak' }).first().click();
  await settle(page);
  await page.screenshot({ path: `${out}/dialog.png` });
  await page.keyboard.press('Escape');
  await page.goto(`${web.url}#/tiltak/3`);
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: 'Registrer status' }).click();
  await settle(page);
  await page.screenshot({ path: `${out}/validation.png`, fullPage: true });
  await page.goto(`${web.url}#/oversikt`);
  await page.waitForLoadState('networkidle');
  await page.locator('summary').first().click();
  await settle(page);
  await page.screenshot({ path: `${out}/oversikt-table.png`, fullPage: true });
  await page.goto(`${web.url}#/tiltak`);
  await page.waitForLoadState('networkidle');
  await page
    .getByRole('button', { name: /Arkiv/ })
    .first()
    .click()
    .catch(() => undefined);
  await settle(page);
  await page.screenshot({ path: `${out}/arkiv.png` });
  await page.goto(`${web.url}#/tiltak/3`);
  await page.waitForLoadState('networkidle');
  await page
    .getByRole('combobox', { name: /Etater/ })
    .first()
    .click()
    .catch((e) => console.log('no etater', String(e).slice(0, 80)));
  await page.keyboard.type('P');
  await settle(page);
  await page.screenshot({ path: `${out}/suggestion.png` });
  await page.goto(`${web.url}#/tiltak`);
  await page.waitForLoadState('networkidle');
  await page
    .getByRole('checkbox')
    .nth(1)
    .check()
    .catch((e) => console.log('no checkbox', String(e).slice(0, 80)));
  await settle(page);
  await page.screenshot({ path: `${out}/bulk.png` });
} finally {
  await browser.close();
  await web.stop();
  rmSync(copy, { force: true });
}
