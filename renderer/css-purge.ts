// Designsystemet's CSS without what the app never uses: PurgeCSS keeps a selector or custom property only when the
// app's source or Designsystemet's own scripts name it. Applied to Designsystemet's sheets only
// (styles/designsystemet.css, styles/ds/*.css): the app's own CSS builds class names at run time
// (`status-tag--${status}`), which no scan can see.
import type { UserDefinedOptions } from '@fullhuman/postcss-purgecss';
import { globSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'postcss';
import { dropNeverRendered, NEVER_RENDERED_VARIABLE } from './css-never-rendered.ts';

// A CommonJS module whose types declare an ES default export: loaded as what it is.
const purgeCSSPlugin = createRequire(import.meta.url)('@fullhuman/postcss-purgecss') as (
  o: UserDefinedOptions,
) => Plugin;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONTENT = [
  'renderer/index.html',
  'renderer/src/**/*.{ts,tsx}',
  // The components emit their classes and data attributes; the web components set attributes at run time.
  'node_modules/@digdir/designsystemet-react/dist/esm/**/*.js',
  'node_modules/@digdir/designsystemet-web/dist/esm/**/*.js',
  // The custom elements some components render (<u-details>, <u-summary> …).
  'node_modules/@u-elements/*/dist/**/*.js',
].map((g) => ROOT + g);
const SHEETS = ['renderer/src/styles/designsystemet.css', 'renderer/src/styles/ds/*.css'].map((g) => ROOT + g);
const PURGED = /\/renderer\/src\/styles\/(designsystemet\.css|ds\/[^/]+\.css)$/;

/**
 * Every custom property the app's CSS, inline styles or Designsystemet's scripts refer to, and every one that a
 * Designsystemet component sheet the app imports reads: never purged. (Each sheet is purged on its own, and one
 * sheet may set a property that another reads: the toggle group sets the button's.)
 */
function usedVariables(): string[] {
  const names = new Set<string>();
  const add = (text: string, pattern: RegExp) => {
    for (const m of text.matchAll(pattern)) names.add(m[1]);
  };
  for (const f of [...CONTENT, ROOT + 'renderer/src/**/*.css'].flatMap((g) => globSync(g)))
    add(readFileSync(f, 'utf8'), /(--[a-zA-Z0-9_-]+)/g);
  const imported = SHEETS.flatMap((g) => globSync(g)).flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/@import '@digdir\/designsystemet-css\/([^']+)'/g)].map((m) => m[1]),
  );
  // The theme's own references are followed by PurgeCSS inside its sheet.
  for (const name of imported.filter((n) => n !== 'theme'))
    add(
      readFileSync(`${ROOT}node_modules/@digdir/designsystemet-css/dist/src/${name}`, 'utf8'),
      /var\((--[a-zA-Z0-9_-]+)/g,
    );
  return [...names].filter((n) => !NEVER_RENDERED_VARIABLE.test(n));
}

export function purgeDesignsystemet(): Plugin {
  const purge = purgeCSSPlugin({
    content: CONTENT,
    variables: true,
    keyframes: true,
    // Pseudo-classes are states, not names in the source: PurgeCSS would drop `:disabled` from `:is(:disabled, …)`.
    safelist: { standard: [/^:/], variables: usedVariables() },
    // The app never sets a colour scheme: every page is in the light one, which the theme gives :root. The dark and
    // «auto» schemes (and Designsystemet's tooltip, which only copies a scheme from an ancestor) go.
    blocklist: ['data-color-scheme'],
  }) as Plugin & { OnceExit: NonNullable<Plugin['OnceExit']> };
  return {
    postcssPlugin: 'purge-designsystemet',
    OnceExit(root, helpers) {
      if (!PURGED.test(root.source?.input.file ?? '')) return;
      dropNeverRendered(root);
      return purge.OnceExit(root, helpers);
    },
  };
}
