import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, startWeb } from '../e2e/support/browser.ts';
import { exampleFile, scratchCopy } from './fixtures.ts';
import { PAGE_READY } from './scenarios/ready.ts';
const dir = process.env.TILTAK_RENDERER_DIR!;
const copy = scratchCopy(exampleFile(44), `chunks.tilt`);
const web = await startWeb(copy);
const browser = await launchBrowser();
try {
  const p = process.argv[2] ?? 'tiltak';
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${web.url}#/${p}`);
  await page.waitForFunction(PAGE_READY[p.replace(/\/\d+$/, '/id')], undefined, { polling: 'raf', timeout: 60000 });
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  for (const u of urls.filter((u) => /\.(js|css)$/.test(u))) {
    const b = readFileSync(join(dir, new URL(u).pathname));
    console.log(
      (gzipSync(b).length / 1024).toFixed(1).padStart(7),
      (b.length / 1024).toFixed(1).padStart(7),
      new URL(u).pathname,
    );
  }
} finally {
  await browser.close();
  await web.stop();
  rmSync(copy, { force: true });
}
