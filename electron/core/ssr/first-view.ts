// The first page a request asks for, rendered on the server: the renderer's server bundle (dist/ssr/server.cjs,
// built from renderer/src/server.tsx) renders the page, with its data asked for in-process through the same handlers,
// into the built index.html. The browser preview and the desktop app's app:// protocol serve the same page from here.
// Whatever is not rendered here (an unknown page, a failure, a missing bundle) is the plain index.html: the browser
// renders it as before, never an error page.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ApiResult } from '../../../shared/api/errors.ts';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy, styleHash } from '../security/csp.ts';
import { moveInlineStyles } from './inline-styles.ts';
import { stylesheetsOf } from './stylesheets.ts';

/** Runs one operation of the contract in-process, as dispatch does for the transports. */
export type InProcess = (name: string, input: unknown) => Promise<ApiResult<unknown>>;

interface ServerBundle {
  renderFirstView(
    route: string,
    transport: InProcess,
  ): Promise<{ html: string; firstView: object; modules: string[] } | null>;
}

export interface FirstViewOptions {
  /** The built renderer (index.html and assets/). */
  rendererDir: string;
  /** The server bundle; null when there is none (the page then renders in the browser). */
  serverBundle: string | null;
  transport: InProcess;
  log: (message: string, err: unknown) => void;
}

export interface Page {
  html: string;
  /** The CSP to send with it: it allows the page's own stylesheets by their hashes. */
  csp: string;
}

export interface FirstViews {
  /** The page for `route` (path and query): rendered with its data where it can be, else the plain page. */
  page(route: string): Promise<Page>;
  /** The start script a rendered page asks for under /first-view/; null for any other path. */
  file(path: string): { ext: '.js'; text: string } | null;
  /** Loads the bundle and renders the start pages once, so the first request finds the code compiled. */
  warm(): Promise<void>;
}

export const FIRST_VIEW_SCRIPT_ID = 'tiltak-first-view';
export const FIRST_VIEW_PREFIX = '/first-view/';
const START_SCRIPT = `${FIRST_VIEW_PREFIX}start.js`;
/**
 * Starts the app's scripts once the browser has painted the server's HTML. A module script in the page would run
 * first: Chromium paints nothing until it has, and React and the page's code take longer to run than the page takes
 * to paint (issue 17). The script is downloaded meanwhile (modulepreload). A hidden page has nothing to paint, and
 * the timer is there in case no frame comes. What is typed meanwhile is given to React at takeover
 * (renderer/src/app/typedBeforeTakeover.ts).
 */
const START_AFTER_PAINT = `(function () {
  var src = document.currentScript.getAttribute('data-src');
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var s = document.createElement('script');
    s.type = 'module';
    s.crossOrigin = '';
    s.src = src;
    document.head.appendChild(s);
  }
  // Each field's label, as Designsystemet's <ds-field> ties it once the scripts define it (it keeps the id): a screen
  // reader, or a search by label, finds the server's fields by their labels meanwhile.
  document.querySelectorAll('#root ds-field').forEach(function (field, i) {
    var input = field.querySelector('input:not([type=hidden]), select, textarea');
    if (!input) return;
    if (!input.id) input.id = 'first-view-field-' + i;
    field.querySelectorAll('label').forEach(function (label) {
      if (!label.htmlFor) label.htmlFor = input.id;
    });
  });
  // Enter in a field before then would submit its form natively (the CSP refuses it): the app's handler is not there.
  document.addEventListener('submit', function (e) {
    if (document.getElementById('root').hasAttribute('data-starting')) e.preventDefault();
  }, true);
  if (document.visibilityState === 'hidden') return start();
  requestAnimationFrame(function () { setTimeout(start, 0); });
  setTimeout(start, 500);
})();
`;
/** The built page's module script, as Vite writes it into index.html. */
const MODULE_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const ROOT = '<div id="root"></div>';

/** The paths that name a page of the app (not a file, not the API): `/tiltak`, `/tiltak/12`, `/innspill/svar/3`. */
export const isPagePath = (path: string): boolean => /^(\/[\w-]+)+$/.test(path) && !/^\/(api|assets)\//.test(path);

/** The data as a JSON script: `<` escaped, so no stored text can close the script element. */
const jsonScript = (value: unknown) => {
  const json = JSON.stringify(value).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${FIRST_VIEW_SCRIPT_ID}">${json}</script>`;
};

export function firstViews(opts: FirstViewOptions): FirstViews {
  let bundle: ServerBundle | null | undefined;
  const load = (): ServerBundle | null => {
    if (bundle !== undefined) return bundle;
    try {
      bundle =
        opts.serverBundle && existsSync(opts.serverBundle)
          ? (createRequire(opts.serverBundle)(opts.serverBundle) as ServerBundle)
          : null;
    } catch (err) {
      opts.log('first view: the server bundle could not be loaded', err);
      bundle = null;
    }
    return bundle;
  };
  const template = () => readFileSync(join(opts.rendererDir, 'index.html'), 'utf8');
  const plain = (): Page => ({ html: template(), csp: CONTENT_SECURITY_POLICY });
  // The build's stylesheets never change while it runs: each is read once.
  const assetCss = new Map<string, string>();
  const cssOf = (href: string) => {
    // As the HTML parser gives the <style> element's text (line ends as \n), so its hash is the CSP's.
    if (!assetCss.has(href))
      assetCss.set(href, readFileSync(join(opts.rendererDir, href), 'utf8').replace(/\r\n?/g, '\n'));
    return assetCss.get(href)!;
  };

  async function page(route: string): Promise<Page> {
    const html = template();
    const server = load();
    if (!server || !html.includes(ROOT)) return plain();
    try {
      const rendered = await server.renderFirstView(route, opts.transport);
      if (!rendered) return plain();
      const moved = moveInlineStyles(rendered.html);
      // The stylesheets come in the page itself: fetched apart, the browser waited for them before its first frame
      // (about 40 ms at 1 000 measures, issue 17). A build sheet in the page is also linked, disabled (never fetched):
      // the app's loader sees it is there and does not load it again when the scripts take over. A sheet that could
      // end its <style> element early stays a link. The rules of the server render's style attributes come last.
      const sheets = [
        ...stylesheetsOf(opts.rendererDir, rendered.modules).map((href) => ({ href, css: cssOf(href) })),
        ...(moved.css === '' ? [] : [{ href: undefined, css: moved.css }]),
      ].map((sheet) => ({ ...sheet, inPage: !/<\/style/i.test(sheet.css) }));
      const sheetTags = sheets.map(({ href, css, inPage }) =>
        inPage
          ? `<style>${css}</style>${href ? `<link rel="stylesheet" href="${href}" disabled>` : ''}`
          : `<link rel="stylesheet" href="${href}">`,
      );
      const hashes = sheets.filter((sheet) => sheet.inPage).map((sheet) => styleHash(sheet.css));
      // With no stylesheet to wait for, the browser painted what it had parsed so far: Oversikt's charts came in a
      // second frame, laid out again. It now waits until the page's data, after the rendered HTML, is parsed.
      const holdFirstFrame = `<link rel="expect" href="#${FIRST_VIEW_SCRIPT_ID}" blocking="render">`;
      const script = MODULE_SCRIPT.exec(html);
      // Until the scripts have taken the page over, #root is marked: it takes no clicks meanwhile (styles.css). The
      // start script is deferred: one the parser waited for held the first frame back (1.52× the blank page against
      // 1.23× without it, the register at 44).
      const start = script ? `<script src="${START_SCRIPT}" data-src="${script[1]}" defer></script>` : '';
      const head = script ? `<link rel="modulepreload" crossorigin href="${script[1]}">` : '';
      return {
        csp: contentSecurityPolicy(hashes),
        html: html
          .replace(script?.[0] ?? '', '')
          // The page's own CSP element allows them too: the browser applies it beside the header.
          .replace(
            /<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*style-src 'self'/,
            (m) => `${m} ${hashes.join(' ')}`,
          )
          .replace('</head>', () => `${holdFirstFrame}${sheetTags.join('')}${head}</head>`)
          .replace(ROOT, () => `<div id="root" data-starting="">${moved.html}</div>`)
          .replace('</body>', () => `${jsonScript({ ...rendered.firstView, styles: moved.styles })}${start}</body>`),
      };
    } catch (err) {
      opts.log(`first view: ${route} could not be rendered on the server`, err);
      return plain();
    }
  }

  return {
    page,
    file(path) {
      return path === START_SCRIPT ? { ext: '.js', text: START_AFTER_PAINT } : null;
    },
    async warm() {
      if (!load()) return;
      for (const route of ['/tiltak', '/oversikt']) await page(route);
    },
  };
}
