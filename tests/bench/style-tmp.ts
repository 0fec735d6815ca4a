import { rmSync } from 'node:fs';
import { launchBrowser, startWeb } from '../e2e/support/browser.ts';
import { exampleFile, scratchCopy } from './fixtures.ts';
const copy = scratchCopy(exampleFile(44), `style.tilt`);
const web = await startWeb(copy);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${web.url}${process.argv[2]}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const out = await page.evaluate(
    (sel) =>
      [...document.querySelectorAll(sel)].slice(0, 6).map((el) => {
        const cs = getComputedStyle(el);
        const o: Record<string, string> = { tag: el.tagName + '.' + el.className };
        for (let i = 0; i < cs.length; i++) o[cs[i]] = cs.getPropertyValue(cs[i]);
        return o;
      }),
    process.argv[3],
  );
  console.log(JSON.stringify(out));
} finally {
  await browser.close();
  await web.stop();
  rmSync(copy, { force: true });
}
