// In the desktop app, the native Arkiv menu (Ny portefølje…, Åpne…, Åpne nylige, Gjenopprett…) and a file opened from
// the operating system while the app runs ask the page to run the action (window.tiltakArkiv, from the preload). The
// page asks the leave question first when a form has unsaved edits, exactly as its own Arkiv button does: «Bli på
// siden» runs nothing and keeps the edits; «Forlat siden» runs the same file:* operation. Here the preload's object is
// stood in for by an init script, so the test can fire the requests the shell would send; the preview answers the
// operation with «Ikke tilgjengelig i nettleservisningen», which shows that it ran.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArkivRequest } from '../../shared/api/arkiv-requests.ts';
import { portfolioFile, tempDir } from '../support/portfolio.ts';
import { openApp, type AppInBrowser, routeOf } from './support/browser.ts';

declare global {
  interface Window {
    /** The test's hand on the stand-in preload object: fires a request as the shell would. */
    __arkivFire?: (request: unknown) => number;
  }
}

describe('the native Arkiv menu and a file from the OS ask the leave question in the page', () => {
  const tmp = tempDir();
  let app: AppInBrowser;
  let page: Page;
  const QUESTION = 'Du har endringer som ikke er lagret. Forlate siden likevel?';
  const leaveDialog = () => page.getByTestId('leave-dialog');
  const heading = () => page.getByRole('heading', { level: 1 });
  const notice = () => page.locator('.arkiv-menu__notice');
  /** The file:* operations the page called, with their input. */
  const fileCalls: { name: string; input: unknown }[] = [];
  /** Fires a request once the page listens; returns how many listeners got it. */
  const fire = async (request: ArkivRequest) => {
    await page.waitForFunction(() => typeof window.__arkivFire === 'function');
    return page.evaluate((r) => window.__arkivFire!(r), request);
  };
  const focusedIs = (selector: string) =>
    page.evaluate((s) => document.activeElement === document.querySelector(s), selector);

  beforeAll(async () => {
    app = await openApp(portfolioFile(tmp.dir, 'arkiv-meny.tilt'), {
      env: { TILTAK_USER: 'Kari Koordinator' },
      initScript: () => {
        const listeners = new Set<(r: unknown) => void>();
        (window as { tiltakArkiv?: unknown }).tiltakArkiv = Object.freeze({
          onRequest(listener: (r: unknown) => void) {
            listeners.add(listener);
            return () => void listeners.delete(listener);
          },
        });
        window.__arkivFire = (r: unknown) => {
          listeners.forEach((l) => l(r));
          return listeners.size;
        };
      },
    });
    page = app.page;
    page.on('request', (r) => {
      const m = /\/api\/(file%3A\w+)$/.exec(r.url());
      if (m && m[1] !== 'file%3Arecent')
        fileCalls.push({ name: decodeURIComponent(m[1]!), input: JSON.parse(r.postData() ?? '{}') as unknown });
    });
  });

  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  async function openMeasure(id: number) {
    await page.goto(`${app.web.url}#/tiltak/${id}`);
    await heading()
      .filter({ hasText: `Tiltak ${id}` })
      .waitFor();
  }

  it('a typed status comment: each request asks first; «Bli» runs nothing, keeps the text and the focus', async () => {
    await openMeasure(2);
    const comment = page.getByLabel(/^Kommentar/);
    await comment.fill('Forsinket, venter på avklaring');
    await comment.focus();
    const requests: ArkivRequest[] = [
      { action: 'open' },
      { action: 'new' },
      { action: 'restoreBackup' },
      { action: 'openRecent', path: '/home/kari/Forrige.tilt' },
      { action: 'openFromSystem', path: '/home/kari/Dobbeltklikket.tilt' },
    ];
    for (const request of requests) {
      expect(await fire(request)).toBe(1);
      await leaveDialog().getByText(QUESTION).waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Bli på siden');
      await page.keyboard.press('Enter');
      await leaveDialog().waitFor({ state: 'detached' });
      expect(fileCalls).toEqual([]);
      expect(await notice().count()).toBe(0);
      expect(await comment.inputValue()).toBe('Forsinket, venter på avklaring');
      expect(routeOf(page)).toBe('/tiltak/2');
      await expect.poll(() => comment.evaluate((el) => el === document.activeElement)).toBe(true);
    }

    // «Forlat siden» runs the operation the request names, with its file.
    await fire({ action: 'openFromSystem', path: '/home/kari/Dobbeltklikket.tilt' });
    await leaveDialog().getByRole('button', { name: 'Forlat siden' }).click();
    await notice()
      .getByText(/^Ikke tilgjengelig i nettleservisningen/)
      .waitFor();
    expect(fileCalls).toEqual([{ name: 'file:openFromSystem', input: { path: '/home/kari/Dobbeltklikket.tilt' } }]);
    await notice().getByRole('button', { name: 'Lukk' }).click();
    await comment.fill('');
    fileCalls.length = 0;
  });

  it('a field edit and a budget line typed and not added ask too', async () => {
    await openMeasure(3);
    const title = page.getByLabel('Tittel', { exact: true });
    const original = await title.inputValue();
    await title.fill(`${original} (utkast)`);
    await fire({ action: 'open' });
    await leaveDialog().getByRole('button', { name: 'Bli på siden' }).click();
    await leaveDialog().waitFor({ state: 'detached' });
    expect(await title.inputValue()).toBe(`${original} (utkast)`);
    await title.fill(original);

    await page.locator('summary', { hasText: 'Legg til budsjettlinje' }).click();
    const allocated = page.locator('#budsjett-ny-allocatedNok');
    await allocated.fill('250 000');
    await fire({ action: 'new' });
    await leaveDialog().getByRole('button', { name: 'Bli på siden' }).click();
    await leaveDialog().waitFor({ state: 'detached' });
    expect(await allocated.inputValue()).toBe('250 000');
    expect(await focusedIs('#budsjett-ny-allocatedNok')).toBe(true);
    expect(fileCalls).toEqual([]);
    await allocated.fill('');
  });

  it('without unsaved edits, the request runs at once', async () => {
    await openMeasure(2);
    await fire({ action: 'openRecent', path: '/home/kari/Forrige.tilt' });
    await notice()
      .getByText(/^Ikke tilgjengelig i nettleservisningen/)
      .waitFor();
    expect(await leaveDialog().count()).toBe(0);
    expect(fileCalls).toEqual([{ name: 'file:openRecent', input: { path: '/home/kari/Forrige.tilt' } }]);
  });
});
