// The browser preview: the built renderer and the very same handler map, served over HTTP on 127.0.0.1.
// For development and end-to-end tests only; never packaged into the app.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Api } from '../../shared/api/contract.ts';
import type { CoreContext } from '../core/context.ts';
import { dispatch } from '../core/handlers/dispatch.ts';
import type { HandlersFor } from '../core/handlers/types.ts';
import { CONTENT_SECURITY_POLICY } from '../core/security/csp.ts';
import { FIRST_VIEW_PREFIX, firstViews, isPagePath } from '../core/ssr/first-view.ts';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

const MAX_BODY = 5 * 1024 * 1024;

export interface PreviewOptions {
  /** The context an operation runs against (given its name). */
  context: (operation: string) => CoreContext;
  /** Handlers the preview supplies itself (restoring a file that could not be opened). */
  overrides?: Partial<HandlersFor<Api>>;
  rendererDir: string;
  /** The renderer's server bundle (dist/ssr/server.cjs), which renders the first page; null: the browser renders. */
  serverBundle?: string | null;
  port?: number;
  /** Extra routes (e.g. file downloads) added by features; return true when handled. */
  routes?: ((req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> | boolean)[];
}

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

class TooLarge extends Error {}

/** The request body, up to MAX_BODY; beyond that the rest is read and dropped, so the client gets a 413 answer
 * instead of a reset connection. */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    let size = 0;
    let tooLarge = false;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) tooLarge = true;
      else chunks.push(c);
    });
    req.on('end', () => (tooLarge ? fail(new TooLarge()) : ok(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', fail);
  });
}

// The build names every file under assets/ by a hash of its content, so a browser may keep those for good (and keep
// V8's compiled code for the scripts beside them, as the desktop app does): a new build is new names in an
// index.html that is never stored. Everything else (the page, the API's answers) is never stored.
const IMMUTABLE = 'public, max-age=31536000, immutable';

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  cache = 'no-store',
  csp = CONTENT_SECURITY_POLICY,
) {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'cache-control': cache,
    // Other sites may not embed or read what this server serves.
    'cross-origin-resource-policy': 'same-origin',
    'x-frame-options': 'DENY',
  });
  res.end(body);
}

function refuse(res: ServerResponse, status: number, message: string) {
  send(
    res,
    status,
    'application/json; charset=utf-8',
    JSON.stringify({ ok: false, error: { code: 'invalid', message } }),
  );
}

/**
 * Only our own page may call the API. A browser names the page's origin (Origin, and Sec-Fetch-Site in current
 * browsers) on every cross-site request, including a plain HTML form posted with enctype=text/plain, which
 * needs no CORS preflight; such a request is refused before it is read. Programs that are not browsers (tests,
 * curl) send neither header and are local anyway.
 */
function fromOwnPage(req: IncomingMessage, host: string): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return false;
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}

/** Resolve a URL path inside the renderer folder; anything escaping it is refused. */
export function staticPath(rendererDir: string, urlPath: string): string | null {
  const root = resolve(rendererDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null; // bad percent-encoding
  }
  const rel = normalize(decoded).replace(/^([/\\])+/, '');
  const full = resolve(root, rel || 'index.html');
  return full === root || full.startsWith(root + sep) ? full : null;
}

function isDecodable(s: string): boolean {
  try {
    decodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
}

export async function startPreviewServer(opts: PreviewOptions): Promise<PreviewServer> {
  if (!existsSync(join(opts.rendererDir, 'index.html'))) {
    throw new Error(
      `Fant ikke det bygde brukergrensesnittet i ${opts.rendererDir}. Kjør «npm run build:renderer» først.`,
    );
  }
  const views = firstViews({
    rendererDir: opts.rendererDir,
    serverBundle: opts.serverBundle ?? null,
    transport: (name, input) => dispatch(name, input, () => opts.context(name), console.error, opts.overrides),
    log: console.error,
  });
  const server = createServer(async (req, res) => {
    const host = req.headers.host ?? '';
    // Only this machine, by its loopback name: refuses DNS-rebinding pages.
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) return send(res, 403, 'text/plain', 'Forbidden');
    const url = new URL(req.url ?? '/', `http://${host}`);
    try {
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, 'text/plain', 'Method not allowed');
        if (!fromOwnPage(req, host)) return refuse(res, 403, 'Forespørselen kom ikke fra programmets egen side.');
        const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
        if (type !== 'application/json') return refuse(res, 415, 'Forespørselen må sendes som JSON.');
        if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) {
          res.setHeader('connection', 'close');
          req.resume();
          return refuse(res, 413, 'Forespørselen er for stor.');
        }
        let name: string;
        try {
          name = decodeURIComponent(url.pathname.slice(5));
        } catch {
          return refuse(res, 400, 'Ugyldig adresse.');
        }
        let input: unknown;
        try {
          const body = await readBody(req);
          input = body ? JSON.parse(body) : undefined;
        } catch (err) {
          if (err instanceof TooLarge) return refuse(res, 413, 'Forespørselen er for stor.');
          return refuse(res, 400, 'Ugyldig forespørsel.');
        }
        const result = await dispatch(name, input, () => opts.context(name), console.error, opts.overrides);
        return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result));
      }
      for (const route of opts.routes ?? []) if (await route(req, res, url)) return;
      if (!isDecodable(url.pathname)) return send(res, 400, 'text/plain', 'Bad request');
      if (url.pathname.startsWith(FIRST_VIEW_PREFIX)) {
        const file = views.file(url.pathname);
        return file === null ? send(res, 404, 'text/plain', 'Not found') : send(res, 200, MIME[file.ext], file.text);
      }
      // A page of the app (/oversikt, /tiltak/12): rendered here with its data where it can be.
      if (isPagePath(url.pathname)) {
        const page = await views.page(url.pathname + url.search);
        return send(res, 200, MIME['.html'], page.html, undefined, page.csp);
      }
      const file = staticPath(opts.rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
      if (!file || !existsSync(file) || !statSync(file).isFile()) return send(res, 404, 'text/plain', 'Not found');
      const cache = url.pathname.startsWith('/assets/') ? IMMUTABLE : undefined;
      return send(res, 200, MIME[extname(file)] ?? 'application/octet-stream', readFileSync(file), cache);
    } catch (err) {
      console.error(err);
      if (!res.headersSent) send(res, 500, 'text/plain', 'Internal error');
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  // The server bundle loads and compiles while the browser opens: the preview answers at once meanwhile.
  void views.warm();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
