// The core's side of the server-rendered first page: the rendered HTML put in the built page with its stylesheets in
// its head (allowed by their hashes: the CSP refuses any other inline style), its style attributes moved to a
// stylesheet of its own, its data in a JSON script no stored text can close, and the plain page (rendered in the
// browser) whenever the server cannot render it.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/security/csp.ts';
import { firstViews, isPagePath } from '../../../electron/core/ssr/first-view.ts';
import { moveInlineStyles } from '../../../electron/core/ssr/inline-styles.ts';
import { tempDir } from '../../support/portfolio.ts';

const tmp = tempDir();
const renderer = join(tmp.dir, 'renderer');
mkdirSync(join(renderer, '.vite'), { recursive: true });
mkdirSync(join(renderer, 'assets'));
const PAGE =
  '<!doctype html><html><head>' +
  `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; img-src 'self'" />` +
  '<title>t</title>' +
  '<script type="module" crossorigin src="/assets/boot.js"></script></head><body><div id="root"></div></body></html>';
writeFileSync(join(renderer, 'index.html'), PAGE);
writeFileSync(
  join(renderer, '.vite', 'manifest.json'),
  JSON.stringify({
    'src/main.tsx': { file: 'assets/main.js', css: ['assets/main.css'], imports: ['_shell.js'] },
    '_shell.js': { file: 'assets/shell.js', css: ['assets/shell.css'] },
    'src/pages/OverviewPage.tsx': { file: 'assets/o.js', css: ['assets/o.css'], imports: ['_shell.js'] },
  }),
);
writeFileSync(join(renderer, 'assets', 'shell.css'), 'body{\r\n  margin:0}');
writeFileSync(join(renderer, 'assets', 'main.css'), 'main{padding:1rem}');
// A sheet that could end a <style> element early stays a link of its own.
writeFileSync(join(renderer, 'assets', 'o.css'), '.o::after{content:"</style>"}');
/** A stand-in for dist/ssr/server.cjs: renders /oversikt (echoing the data it asked for), refuses /feil. */
const bundle = join(tmp.dir, 'server.cjs');
writeFileSync(
  bundle,
  `exports.renderFirstView = async (route, send) => {
    if (route === '/feil') throw new Error('boom');
    if (!route.startsWith('/oversikt')) return null;
    const answer = await send('plans:list', undefined);
    return {
      html: '<h1 style="color:red;margin-top:4px">Oversikt</h1><p style="width:10px">' + answer.value + '</p>',
      firstView: { route, queries: { text: '</script><script>alert(1)</script>' } },
      modules: ['src/main.tsx', 'src/pages/OverviewPage.tsx'],
    };
  };`,
);

afterAll(() => tmp.cleanup());

const views = (serverBundle: string | null) =>
  firstViews({
    rendererDir: renderer,
    serverBundle,
    transport: (name) => Promise.resolve({ ok: true, value: `svar på ${name}` }),
    log: () => {},
  });

describe('the first page rendered on the server', () => {
  it('puts the rendered page in the built one, with its stylesheets and its data', async () => {
    const v = views(bundle);
    const { html, csp } = await v.page('/oversikt?plan=x');
    expect(html).toContain(
      '<div id="root" data-starting=""><h1 data-ssr-style="0">Oversikt</h1><p data-ssr-style="1">svar på plans:list',
    );
    // No style attribute is left for the CSP to refuse; the stylesheets come in the head, each once and in order: the
    // build's in the page (and linked, disabled, so the app's loader does not fetch them again; line ends as the HTML
    // parser gives them, for the hash), one that could close its element linked, then the rules of the style
    // attributes. Nothing is painted before the page's data, after the rendered HTML, is parsed.
    expect(html).not.toMatch(/ style="/);
    const head = html.slice(html.indexOf('<title>t</title>') + 16, html.indexOf('<link rel="modulepreload"'));
    expect(head).toBe(
      '<link rel="expect" href="#tiltak-first-view" blocking="render">' +
        '<style>body{\n  margin:0}</style><link rel="stylesheet" href="/assets/shell.css" disabled>' +
        '<style>main{padding:1rem}</style><link rel="stylesheet" href="/assets/main.css" disabled>' +
        '<link rel="stylesheet" href="/assets/o.css">' +
        '<style>[data-ssr-style="0"]{color:red !important;margin-top:4px !important}\n' +
        '[data-ssr-style="1"]{width:10px !important}</style>',
    );
    // The page's CSP, sent with it and in its own element, allows exactly those three by the hash of their text.
    const sha = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
    const hashes = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => sha(m[1]));
    expect(hashes).toHaveLength(3);
    expect(csp).toBe(CONTENT_SECURITY_POLICY.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`));
    expect(html).toContain(`content="default-src 'self'; style-src 'self' ${hashes.join(' ')}; img-src 'self'"`);
    expect(v.file('/first-view/x.css')).toBeNull();
    // The app's module script is not in the page: the start script (deferred: the parser does not wait for it) loads it
    // after the first frame, and the browser fetches it meanwhile.
    expect(html).not.toContain('<script type="module"');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/boot.js"></head>');
    const start = /<script src="([^"]+)" data-src="\/assets\/boot.js" defer><\/script><\/body>/.exec(html)![1];
    expect(v.file(start)).toMatchObject({ ext: '.js', text: expect.stringContaining('requestAnimationFrame') });
    // The data: stored text cannot end the script element.
    const json = /<script type="application\/json" id="tiltak-first-view">(.*?)<\/script>/.exec(html)![1];
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({
      route: '/oversikt?plan=x',
      queries: { text: '</script><script>alert(1)</script>' },
      styles: ['color:red;margin-top:4px', 'width:10px'],
    });
  });

  it('serves the plain page, rendered in the browser, when the server cannot render it', async () => {
    const plain = { html: PAGE, csp: CONTENT_SECURITY_POLICY };
    expect(await views(bundle).page('/tiltak/12')).toEqual(plain);
    expect(await views(bundle).page('/feil')).toEqual(plain);
    expect(await views(join(tmp.dir, 'mangler.cjs')).page('/oversikt')).toEqual(plain);
    expect(await views(null).page('/oversikt')).toEqual(plain);
    expect(views(bundle).file('/first-view/ukjent.css')).toBeNull();
    expect(views(bundle).file('/first-view/annet.js')).toBeNull();
  });

  it('takes pages by path, never files, the API or a way out of the folder', () => {
    for (const p of ['/tiltak', '/tiltak/12', '/innspill/svar/3', '/oversikt']) expect(isPagePath(p)).toBe(true);
    for (const p of ['/', '/index.html', '/assets/x.js', '/api/plans:list', '/../etc', '/tiltak/..', '//x'])
      expect(isPagePath(p)).toBe(false);
  });

  it('moves style attributes as React writes them, entities and all', () => {
    // React writes a " in text as &quot;: text that reads like an attribute is left alone.
    const moved = moveInlineStyles('<div style="font-family:&quot;Inter&quot;">a style=&quot;x&quot;</div>');
    expect(moved.html).toBe('<div data-ssr-style="0">a style=&quot;x&quot;</div>');
    expect(moved.styles).toEqual(['font-family:"Inter"']);
  });
});
