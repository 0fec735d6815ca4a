// The page's text is set in Inter, but the browser asks for the font file only once styled text needs it, which in
// an app that renders in script is after the first render: the text is drawn in the fallback face and laid out again
// when Inter arrives. A preload in the HTML asks for the Latin face with the page's scripts.
import type { Plugin } from 'vite';

export function preloadFont(file: RegExp): Plugin {
  return {
    name: 'tiltak-preload-font',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const font = Object.keys(ctx.bundle ?? {}).find((name) => file.test(name));
        if (!font) throw new Error(`Fant ikke skriftfilen ${file} i bygget.`);
        const attrs = { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `/${font}` };
        return [{ tag: 'link', attrs, injectTo: 'head' }];
      },
    },
  };
}
