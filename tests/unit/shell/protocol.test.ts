// The app:// protocol serves the built renderer only, with the CSP header; nothing outside it can be reached.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../../electron/core/security/csp.ts';
import { APP_ORIGIN, createAppProtocolHandler, isAppUrl, resolveAppFile } from '../../../electron/main/protocol.ts';
import { tempDir } from '../../support/portfolio.ts';

const tmp = tempDir('tiltak-protocol-');
const root = join(tmp.dir, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(tmp.dir, 'secret.txt'), 'hemmelig');
afterAll(() => tmp.cleanup());

const handler = createAppProtocolHandler(root);
const get = (url: string) => handler(new Request(url));

describe('resolveAppFile', () => {
  it('maps app://tiltak/ paths into the renderer folder', () => {
    expect(resolveAppFile(root, `${APP_ORIGIN}/`)).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, `${APP_ORIGIN}/index.html`)).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, `${APP_ORIGIN}/assets/app.js?v=1#x`)).toBe(join(root, 'assets', 'app.js'));
  });

  it.each([
    ['plain ..', 'app://tiltak/../secret.txt'],
    ['encoded %2e%2e', 'app://tiltak/%2e%2e/secret.txt'],
    ['encoded %2E%2E in a deeper path', 'app://tiltak/assets/%2E%2E/%2E%2E/secret.txt'],
    ['encoded slash and dots', 'app://tiltak/assets%2f..%2f..%2fsecret.txt'],
    ['absolute path after the host', 'app://tiltak//etc/passwd'],
    ['encoded absolute path', 'app://tiltak/%2Fetc%2Fpasswd'],
    ['backslashes', 'app://tiltak/..\\..\\secret.txt'],
    ['encoded backslashes', 'app://tiltak/..%5c..%5csecret.txt'],
    ['a Windows drive letter', 'app://tiltak/C:/Windows/win.ini'],
    ['an encoded drive letter', 'app://tiltak/C%3A%5CWindows%5Cwin.ini'],
    ['a NUL byte', 'app://tiltak/index.html%00.js'],
    ['a broken escape', 'app://tiltak/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['not a URL', 'nonsense'],
  ])('refuses %s', (_label, url) => {
    const file = resolveAppFile(root, url);
    // Either refused outright, or (when the URL parser already removed the dots) still inside the root.
    if (file !== null) expect(file.startsWith(root)).toBe(true);
    if (file !== null) expect(file).not.toBe(join(tmp.dir, 'secret.txt'));
  });

  it('refuses outright (null) every traversal the URL parser leaves in place', () => {
    // `..` and `%2e%2e` segments are already removed by the URL parser (as in Chromium); encoded slashes are not.
    for (const url of [
      'app://tiltak/assets/..%2f..%2fsecret.txt',
      'app://tiltak/..%2Fsecret.txt',
      'app://tiltak/..%5csecret.txt',
      'app://tiltak/%2Fetc%2Fpasswd',
      'app://tiltak/C:/x',
      'app://tiltak/a%00',
    ]) {
      expect(resolveAppFile(root, url)).toBeNull();
    }
  });

  it('knows its own origin', () => {
    expect(isAppUrl('app://tiltak/index.html#/tiltak')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://tiltak/')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl('javascript:alert(1)')).toBe(false);
  });
});

describe('the protocol handler', () => {
  it('serves the page with the strict CSP as a header', async () => {
    const res = await get(`${APP_ORIGIN}/index.html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(await res.text()).toContain('<title>x</title>');
  });

  it('serves scripts with a JavaScript type', async () => {
    const res = await get(`${APP_ORIGIN}/assets/app.js`);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('answers traversal with 403 and never the file outside', async () => {
    for (const url of [
      'app://tiltak/assets/..%2f..%2fsecret.txt',
      'app://tiltak/..%5csecret.txt',
      'app://tiltak/%2F' + encodeURIComponent(join(tmp.dir, 'secret.txt')),
    ]) {
      const res = await get(url);
      expect(res.status).toBe(403);
      expect(await res.text()).not.toContain('hemmelig');
    }
    for (const url of [
      'app://tiltak/../secret.txt',
      'app://tiltak/%2e%2e/secret.txt',
      'app://tiltak/assets/%2E%2E/%2E%2E/secret.txt',
    ]) {
      const res = await get(url);
      expect(res.status).toBe(404); // normalised by the URL parser to a path inside the renderer folder
      expect(await res.text()).not.toContain('hemmelig');
    }
  });

  it('answers a missing file or a folder with 404', async () => {
    expect((await get(`${APP_ORIGIN}/finnes-ikke.js`)).status).toBe(404);
    expect((await get(`${APP_ORIGIN}/assets`)).status).toBe(404);
  });

  it('refuses anything but GET and HEAD', async () => {
    expect((await handler(new Request(`${APP_ORIGIN}/index.html`, { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});

describe('the app’s pages under app://', () => {
  const asked: string[] = [];
  // A page carries its stylesheets: its CSP allows them by their hashes.
  const pageCsp = contentSecurityPolicy(["'sha256-abc='"]);
  const views = {
    page: (route: string) => {
      asked.push(route);
      return Promise.resolve({ html: `<!doctype html><title>${route}</title>`, csp: pageCsp });
    },
    file: (path: string) => (path === '/first-view/start.js' ? { ext: '.js' as const, text: 'start()' } : null),
    warm: () => Promise.resolve(),
  };
  const withViews = createAppProtocolHandler(root, views);

  it('serves a page by its path, rendered by the core, with its own CSP', async () => {
    const res = await withViews(new Request(`${APP_ORIGIN}/tiltak/12?fra=tiltakslisten`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(pageCsp);
    expect(pageCsp).toContain("style-src 'self' 'sha256-abc='; img-src");
    expect(await res.text()).toBe('<!doctype html><title>/tiltak/12?fra=tiltakslisten</title>');
    expect(asked).toEqual(['/tiltak/12?fra=tiltakslisten']);
  });

  it('serves a rendered page’s start script, files as before, and refuses a way out', async () => {
    const start = await withViews(new Request(`${APP_ORIGIN}/first-view/start.js`));
    expect(start.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(start.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await start.text()).toBe('start()');
    expect((await withViews(new Request(`${APP_ORIGIN}/first-view/abc.css`))).status).toBe(404);
    expect(await (await withViews(new Request(`${APP_ORIGIN}/assets/app.js`))).text()).toBe('console.log(1)');
    expect(await (await withViews(new Request('app://tiltak/%2e%2e/secret.txt'))).text()).not.toContain('hemmelig');
    expect((await withViews(new Request('app://other/tiltak'))).status).toBe(403);
    expect(asked).toHaveLength(1);
  });
});
