// The stylesheets a server-rendered page needs before it is painted. In the browser, a chunk's CSS arrives with the
// chunk (Vite's loader adds the links from script); a page rendered on the server is painted before any script has
// run, so its head links them itself, as the build's manifest lists them for the modules rendered.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestChunk {
  css?: string[];
  imports?: string[];
}

/** The stylesheets (as absolute paths on the server) of `modules` and the chunks they import statically. */
export function stylesheetsOf(rendererDir: string, modules: readonly string[]): string[] {
  let manifest: Record<string, ManifestChunk>;
  try {
    manifest = JSON.parse(readFileSync(join(rendererDir, '.vite', 'manifest.json'), 'utf8')) as typeof manifest;
  } catch {
    return [];
  }
  const seen = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
    for (const file of manifest[key].css ?? []) css.add(`/${file}`);
  };
  modules.forEach(visit);
  return [...css];
}
