import { rmSync } from 'node:fs';
import { launchBrowser, startWeb } from '../e2e/support/browser.ts';
import { exampleFile, scratchCopy } from './fixtures.ts';
import { registerReady } from './scenarios/ready.ts';
import { scrollToEnd } from './scenarios/scroll.ts';
const copy = scratchCopy(exampleFile(Number(process.argv[2] ?? 10000)), `scroll.tilt`);
const web = await startWeb(copy);
const browser = await launchBrowser();
try {
  for (let i = 0; i < Number(process.argv[3] ?? 2); i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${web.url}#/tiltak`);
    await page.waitForFunction(registerReady, undefined, { polling: 'raf', timeout: 60000 });
    const t0 = Date.now();
    const r = await scrollToEnd(page);
    const gaps = r;
    console.log(`scroll ${Date.now() - t0} ms`, JSON.stringify(gaps));
    await page.close();
  }
} finally {
  await browser.close();
  await web.stop();
  rmSync(copy, { force: true });
}
