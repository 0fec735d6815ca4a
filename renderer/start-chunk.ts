// The shell and the register (the page a coordinator starts on) in one chunk, instead of the shell's chunk plus
// some twenty small chunks the bundler makes for code the pages share. Over HTTP/1.1 the browser opens six
// connections to a host, so twenty files queued behind each other: the preview's register got its data and the
// shell's script 150 ms after the first request, and the page waited for them. Now the first page needs four
// scripts (the entry, the shell, main, the page) that load side by side; the other pages still load on demand.
import type { Plugin } from 'vite';

/** Everything reachable from `from` by `next` (a module's static imports, a built script's imports). */
export function reachable(from: readonly string[], next: (id: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...next(id));
  }
  return seen;
}

/** The modules every start loads: what `roots` import statically, less what the entry itself holds. */
export function startChunk(entry: string, roots: readonly string[]) {
  const members = new Set<string>();
  const plugin: Plugin = {
    name: 'tiltak-start-chunk',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const find = (end: string) => {
        const id = ids.find((i) => i.endsWith(end));
        if (!id) throw new Error(`start-chunk: ${end} is not in the build`);
        return id;
      };
      const imports = (id: string) => this.getModuleInfo(id)?.importedIds ?? [];
      // The entry's own modules stay in the entry: it runs first, and must not wait for the shell to load.
      const inEntry = reachable([find(entry)], imports);
      const rootIds = roots.map(find);
      members.clear();
      for (const id of reachable(rootIds, imports)) if (!inEntry.has(id) && !rootIds.includes(id)) members.add(id);
    },
  };
  const group = { name: 'shell', test: (id: string) => members.has(id), includeDependenciesRecursively: false };
  return { plugin, group };
}
