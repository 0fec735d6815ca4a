import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, startWeb } from '../e2e/support/browser.ts';
import { exampleFile, scratchCopy } from './fixtures.ts';
import { PAGE_READY } from './scenarios/ready.ts';
const dir = process.env.TILTAK_RENDERER_DIR!;
const size = Number(process.argv[2] ?? 44);
const copy = scratchCopy(exampleFile(size), `quick-${size}.tilt`);
const web = await startWeb(copy);
const browser = await launchBrowser();
try {
  for (const p of ['tiltak', 'oversikt', 'tiltak/1', 'mote']) {
    const times: number[] = [];
    const blanks: number[] = [];
    let js = 0;
    let css = 0;
    for (let i = 0; i < 6; i++) {
      let t0 = Date.now();
      const b = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await b.goto('about:blank');
      await b.evaluate(() => new Promise((ok) => requestAnimationFrame(ok)));
      await b.close();
      blanks.push(Date.now() - t0);
      t0 = Date.now();
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${web.url}#/${p}`);
      await page.waitForFunction(PAGE_READY[p.replace(/\/\d+$/, '/id')], undefined, { polling: 'raf', timeout: 60000 });
      times.push(Date.now() - t0);
      if (i === 0) {
        const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
        const sz = (re: RegExp) =>
          urls
            .filter((u) => re.test(u))
            .reduce((s, u) => s + gzipSync(readFileSync(join(dir, new URL(u).pathname))).length, 0);
        const raw = (re: RegExp) =>
          urls.filter((u) => re.test(u)).reduce((s, u) => s + readFileSync(join(dir, new URL(u).pathname)).length, 0);
        js = sz(/\.js$/);
        css = raw(/\.css$/);
      }
      await page.close();
    }
    const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
    console.log(
      `${p} @${size}: ready median ${med(times)} ms, blank ${med(blanks)} ms, ratio ${(med(times) / med(blanks)).toFixed(2)}; JS ${(js / 1024).toFixed(1)} KB gz; CSS ${(css / 1024).toFixed(1)} KB raw`,
    );
  }
} finally {
  await browser.close();
  await web.stop();
  rmSync(copy, { force: true });
}
