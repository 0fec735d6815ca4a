// Issue 11 where a user sees it, in real Chromium against `npm run web`: another web page cannot change the
// portfolio (a real cross-site form), an empty file offers its newest good backup and restores it, a page that
// fails shows a way back, a row of the wrong organisation kind is shown instead of crashing the measure page, and a
// reader sees the writer leave and takes over.
import BetterSqlite3 from 'better-sqlite3';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openPortfolio } from '../../electron/core/files/index.ts';
import { dispatch } from '../../electron/core/handlers/dispatch.ts';
import { portfolioFile, RESOURCES, tempDir } from '../support/portfolio.ts';
import { makeReadOnly } from '../support/readonly.ts';
import { describeViolations, moderateA11yViolations, openApp, type AppInBrowser, routeOf } from './support/browser.ts';

const tmp = tempDir('tiltak-e2e-safety-');
afterAll(() => tmp.cleanup());
const running: AppInBrowser[] = [];
const undo: (() => void)[] = [];
afterEach(async () => {
  while (running.length) await running.pop()!.close();
  while (undo.length) undo.pop()!();
});

async function start(db: string, env: Record<string, string> = {}): Promise<AppInBrowser> {
  const app = await openApp(db, { env: { TILTAK_SETTINGS_DIR: tmp.dir, ...env } });
  running.push(app);
  return app;
}

async function expectAccessible(page: Page) {
  const v = await moderateA11yViolations(page);
  expect(v, describeViolations(v)).toEqual([]);
}

const hasFocus = (l: Locator) => l.evaluate((el) => el === document.activeElement);

const comments = (db: string) => {
  const raw = new BetterSqlite3(db, { readonly: true });
  try {
    return (raw.prepare('SELECT comment FROM status_updates').all() as { comment: string }[]).map((r) => r.comment);
  } finally {
    raw.close();
  }
};

/** A page on another local origin that posts to the preview the way a hostile site would. */
async function hostileSite(target: string): Promise<{ url: string; close(): Promise<void> }> {
  // enctype=text/plain sends name=value as the body: together they make valid JSON, and no CORS preflight is asked.
  const name = '{"measureId":1,"status":"avbrutt","assessment":"gronn","comment":"endret av en annen side';
  const html =
    '<!doctype html><html lang="nb"><title>Ondsinnet</title><body>' +
    `<form id="f" method="POST" enctype="text/plain" action="${target}api/status:record">` +
    `<input type="hidden" name='${name}' value='"}'></form>` +
    `<script>fetch('${target}api/status:record', { method: 'POST', mode: 'no-cors', ` +
    `headers: { 'content-type': 'text/plain' }, body: '{"measureId":2,"status":"avbrutt","assessment":"gronn",` +
    `"comment":"endret med fetch"}' }).finally(() => document.getElementById('f').submit());</script></body></html>`;
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}/`, close: () => new Promise((ok) => server.close(() => ok())) };
}

describe('the portfolio file as a user meets it in the browser', () => {
  it('cannot be changed by another web page posting a form or a fetch to the preview', async () => {
    const db = portfolioFile(tmp.dir, 'angrep.tilt');
    const app = await start(db);
    const site = await hostileSite(app.web.url);
    try {
      const answer = app.page.waitForResponse(
        (r) =>
          r.url().endsWith('/api/status:record') &&
          r.request().method() === 'POST' &&
          r.request().postData()?.includes('endret av en annen side') === true,
      );
      await app.page.goto(site.url);
      expect((await answer).status()).toBe(403);
      await app.page.getByText(/kom ikke fra programmets egen side/).waitFor();
      expect(comments(db).filter((c) => c.startsWith('endret'))).toEqual([]);
    } finally {
      await site.close();
    }
    // The app's own page still saves.
    await app.page.goto(`${app.web.url}#/tiltak/1`);
    await app.page.getByLabel('Vurdering').selectOption('gronn');
    await app.page.getByRole('button', { name: 'Registrer status' }).click();
    await expect.poll(() => comments(db).length, { timeout: 10_000 }).toBe(1);
  });

  it('shows an empty file as damage with its newest good backup, and restores it', async () => {
    const db = portfolioFile(tmp.dir, 'tom.tilt', true);
    const o = await openPortfolio(db, { resourcesDir: RESOURCES, log: () => {} });
    expect(
      (await dispatch('status:record', { measureId: 1, status: 'pagar', assessment: 'gronn' }, () => o.ctx)).ok,
    ).toBe(true);
    o.close();
    writeFileSync(db, '');
    const { page, web } = await start(db);
    await page.goto(`${web.url}#/tiltak`);
    await page.getByRole('heading', { level: 1, name: 'Filen kan ikke åpnes' }).waitFor();
    await page.getByText(/er tom \(0 byte\) og er ikke en portefølje\. Den er ikke endret\./).waitFor();
    expect(routeOf(page)).toBe('/tiltak');
    await expect.poll(() => page.getByText(/Viser 0 av 0 tiltak/).count()).toBe(0);
    await expectAccessible(page);
    // By keyboard: the page is started afresh on the restored file, with focus on its heading (not on the document).
    await page.getByRole('button', { name: /^Gjenopprett sikkerhetskopien fra / }).focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1, name: 'Tiltak' });
    await heading.waitFor();
    await page.getByText('Viser 44 av 44 tiltak').waitFor();
    await expect.poll(() => hasFocus(heading)).toBe(true);
    // Only this start: a reload by the user starts as the browser starts it.
    await page.reload();
    await page.getByText('Viser 44 av 44 tiltak').waitFor();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  it('replaces a page that fails with a Norwegian message and a way back, never a white window', async () => {
    const { page, web, consoleErrors } = await start(portfolioFile(tmp.dir, 'feil.tilt'));
    // An answer the page cannot handle (as a damaged row would give): the measure's links are not a list.
    const badRow = (url: URL) => decodeURIComponent(url.pathname).endsWith('/api/measures:links');
    await page.route(badRow, (route) => route.fulfill({ json: { ok: true, value: { id: 16 } } }));
    await page.goto(`${web.url}#/tiltak/16`);
    await page.getByRole('heading', { level: 1, name: 'Noe gikk galt på denne siden' }).waitFor();
    await page.getByRole('navigation', { name: 'Hovedmeny' }).waitFor();
    expect(consoleErrors.some((e) => e.includes('Siden kunne ikke vises'))).toBe(true);
    await expectAccessible(page);
    // The way back works.
    await page.getByRole('link', { name: 'Gå til tiltakslisten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tiltak' }).waitFor();
  });

  it('shows a measure whose rows break the organisation-kind rule, flagged at their fields', async () => {
    const db = portfolioFile(tmp.dir, 'roller.tilt');
    const raw = new BetterSqlite3(db);
    const add = (table: string, abbrev: string) =>
      raw.exec(`INSERT INTO ${table} (measure_id, org_id) SELECT 16, id FROM organisations WHERE abbrev = '${abbrev}'`);
    add('measure_agencies', 'JD');
    add('measure_co_owners', 'POD');
    raw.close();
    const { page, web, consoleErrors } = await start(db);
    await page.goto(`${web.url}#/tiltak/16`);
    await page
      .getByText('«JD» er departement, ikke etat. Fjern det her, og velg det som ansvarlig eller medansvarlig.')
      .waitFor();
    await page.getByText('«POD» er ikke departement. Fjern det her før du lagrer.').waitFor();
    await page.getByRole('button', { name: 'Registrer status' }).waitFor();
    expect(consoleErrors).toEqual([]);
    await expectAccessible(page);
  });

  it('saves a change when the day’s backup cannot be made, and says once on the page why', async () => {
    const dir = join(tmp.dir, 'kopi-låst');
    mkdirSync(dir);
    const db = portfolioFile(dir, 'p.tilt');
    const backups = join(dir, 'p.tilt.sikkerhetskopier');
    mkdirSync(backups);
    undo.push(makeReadOnly(backups));
    const { page, web } = await start(db);
    await page.goto(`${web.url}#/tiltak/1`);
    await page.getByLabel('Vurdering').selectOption('gronn');
    await page.getByRole('button', { name: 'Registrer status' }).click();
    await expect.poll(() => comments(db).length, { timeout: 10_000 }).toBe(1);
    const warning = page.getByText(
      /ble ikke laget fordi mappen er skrivebeskyttet\. Endringen din er lagret likevel\./,
    );
    await warning.waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Lukk' }).click();
    await expect.poll(() => warning.count()).toBe(0);
  });

  it('lets a reader see the writer leave and take over, then save', async () => {
    const db = portfolioFile(tmp.dir, 'to.tilt');
    const writer = await start(db, { TILTAK_USER: 'Kari' });
    await writer.page.goto(`${writer.web.url}#/tiltak`);
    const reader = await start(db, { TILTAK_USER: 'Ola' });
    const page = reader.page;
    await page.goto(`${reader.web.url}#/tiltak/1`);
    await page.getByText(/Filen er i bruk av Kari på .* Endringer kan ikke lagres\./).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Ta over skrivetilgangen' }).count()).toBe(0);

    await writer.close();
    running.splice(running.indexOf(writer), 1);
    await page.getByText(/Filen er ikke lenger i bruk av andre\./).waitFor({ timeout: 15_000 });
    await expect.poll(() => page.getByText(/i bruk av Kari/).count()).toBe(0);
    await expectAccessible(page);
    // By keyboard: the button goes with its note once the file is taken over, and focus to the page's heading.
    const takeOver = page.getByRole('button', { name: 'Ta over skrivetilgangen' });
    await takeOver.focus();
    await page.keyboard.press('Enter');
    await page.getByText(/Filen er ikke lenger i bruk av andre\./).waitFor({ state: 'detached', timeout: 10_000 });
    expect(await takeOver.count()).toBe(0);
    await expect.poll(() => hasFocus(page.getByRole('heading', { level: 1 }))).toBe(true);
    await page.getByLabel('Vurdering').selectOption('gronn');
    await page.getByRole('button', { name: 'Registrer status' }).click();
    await expect.poll(() => comments(db).length, { timeout: 10_000 }).toBe(1);
    // Two previews and two browsers: 32–81 s beside other work, against the suite's 60 s.
  }, 180_000);
});
