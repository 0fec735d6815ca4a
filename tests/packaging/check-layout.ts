// Offline packaging check: `node tests/packaging/check-layout.ts` (after `npm run build`).
// electron-builder cannot fetch Electron here, so it packages a dummy Electron binary that carries only the fuse
// wire (Electron's sentinel followed by 8 fuses). That checks what can be checked without network: the files in
// app.asar, the native module unpacked beside it, and the fuses flipped as electron-builder.yml says.
import { listPackage } from '@electron/asar';
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

const dist = mkdtempSync(join(tmpdir(), 'tiltak-dummy-electron-'));
// Version 1 wire with 8 fuses, all "inherit default" ('r' would be removed; '0'/'1' are off/on).
writeFileSync(
  join(dist, 'electron'),
  Buffer.concat([
    Buffer.from('#!/bin/sh\necho dummy\n'),
    Buffer.from(SENTINEL),
    Buffer.from([1, 8]),
    Buffer.from('01011011'),
  ]),
  { mode: 0o755 },
);
writeFileSync(join(dist, 'version'), '45.4.1');

const out = join(ROOT, 'release');
mkdirSync(out, { recursive: true });
execFileSync(join(ROOT, 'node_modules/.bin/electron-builder'), ['--linux', 'dir', `-c.electronDist=${dist}`], {
  cwd: ROOT,
  stdio: 'inherit',
});

const appDir = join(out, 'linux-unpacked');
const asar = join(appDir, 'resources', 'app.asar');
const problems: string[] = [];
const files = new Set(listPackage(asar, { isPack: false }).map((f) => f.replaceAll('\\', '/')));
for (const f of [
  '/package.json',
  '/dist-electron/main.cjs',
  '/dist-electron/preload.cjs',
  '/dist/renderer/index.html',
  '/resources/seed/frame.json',
  '/resources/migrations/0001_initial.sql',
  '/node_modules/better-sqlite3/package.json',
  '/node_modules/zod/package.json',
]) {
  if (!files.has(f)) problems.push(`missing in app.asar: ${f}`);
}
for (const f of files) if (/^\/(electron|renderer|tests|shared)\//.test(f)) problems.push(`source file packaged: ${f}`);
const nativeUnpacked = join(
  appDir,
  'resources',
  'app.asar.unpacked',
  'node_modules',
  'better-sqlite3',
  'prebuilds',
  `${process.platform}-${process.arch}.node`,
);
if (!existsSync(nativeUnpacked)) problems.push(`native module not unpacked: ${nativeUnpacked}`);

const wire = await getCurrentFuseWire(join(appDir, 'tiltaksportefoljen'));
const expect = (fuse: FuseV1Options, on: boolean) => {
  if (wire[fuse] !== (on ? 49 : 48)) problems.push(`fuse ${FuseV1Options[fuse]} should be ${on ? 'on' : 'off'}`);
};
expect(FuseV1Options.RunAsNode, false);
expect(FuseV1Options.EnableNodeOptionsEnvironmentVariable, false);
expect(FuseV1Options.EnableNodeCliInspectArguments, false);
expect(FuseV1Options.OnlyLoadAppFromAsar, true);
expect(FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true);

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `Packaging layout ok: ${files.size} entries in app.asar, better-sqlite3's native binary unpacked, fuses set.`,
);
