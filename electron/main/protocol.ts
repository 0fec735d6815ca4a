// The app's own origin: app://tiltak/ serves dist/renderer (never file://), with the strict CSP as a header.
// Only files inside the renderer folder are served; anything that tries to climb out is refused.
import type { CustomScheme, Protocol } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, posix, resolve, sep, win32 } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../core/security/csp.ts';
import { FIRST_VIEW_PREFIX, isPagePath, type FirstViews } from '../core/ssr/first-view.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'tiltak';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The register, the page a coordinator starts on: rendered in main with its data (core/ssr/first-view.ts). */
export const APP_ENTRY_URL = `${APP_ORIGIN}/tiltak`;

/** Registered before `ready`: a standard, secure scheme so the page gets an origin, fetch and module scripts. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  // codeCache: V8 keeps the compiled scripts between starts (Electron enables it only for http(s) by default), so
  // from the second start on the page does not compile its JavaScript again.
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** True when the URL is a page of our own app (app://tiltak/…). */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * The file under `rootDir` a request URL names, or null when it must be refused: another scheme or host,
 * undecodable escapes, `..` (plain or percent-encoded), backslashes, NUL, drive letters or absolute paths.
 */
export function resolveAppFile(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // Backslashes, NUL, drive letters and empty segments (an absolute path smuggled in as `//etc` or `%2Fetc`).
  if (path.includes('\\') || path.includes('\0') || path.includes(':') || path.includes('//')) return null;
  const rel = path.replace(/^\/+/, '') || 'index.html';
  if (rel.split('/').some((seg) => seg === '..' || seg === '.')) return null;
  if (isAbsolute(rel) || posix.isAbsolute(rel) || win32.isAbsolute(rel)) return null;
  const root = resolve(rootDir);
  const full = resolve(root, rel);
  return full.startsWith(root + sep) ? full : null;
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': CONTENT_SECURITY_POLICY },
  });
}

const headers = (type: string, csp = CONTENT_SECURITY_POLICY) => ({
  'content-type': type,
  'content-security-policy': csp,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
});

/** A page of the app (`/tiltak/12`), rendered by `views` with its own CSP, or its start script; else null. */
async function rendered(request: Request, views: FirstViews): Promise<Response | null> {
  const url = new URL(request.url);
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  const body = (text: string) => (request.method === 'HEAD' ? null : text);
  if (url.pathname.startsWith(FIRST_VIEW_PREFIX)) {
    const file = views.file(url.pathname);
    return file === null
      ? plain(404, 'Not found')
      : new Response(body(file.text), { headers: headers(MIME[file.ext]) });
  }
  if (!isPagePath(url.pathname)) return null;
  const page = await views.page(url.pathname + url.search);
  return new Response(body(page.html), { headers: headers(MIME['.html'], page.csp) });
}

/** The protocol handler: GET only, the app's pages (rendered by `views`) and files from the renderer folder only,
 * every response carries the CSP. */
export function createAppProtocolHandler(rootDir: string, views?: FirstViews): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const page = views ? await rendered(request, views).catch(() => null) : null;
    if (page) return page;
    const file = resolveAppFile(rootDir, request.url);
    if (!file) return plain(403, 'Forbidden');
    try {
      if (!(await stat(file)).isFile()) return plain(404, 'Not found');
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: headers(MIME[extname(file).toLowerCase()] ?? 'application/octet-stream'),
      });
    } catch {
      return plain(404, 'Not found');
    }
  };
}

export function serveApp(protocol: Pick<Protocol, 'handle'>, rootDir: string, views?: FirstViews): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir, views));
}
