// Offline packaging check: `node tests/packaging/check-layout.ts` (after `npm run build`).
// electron-builder cannot fetch Electron here, so it packages a dummy Electron binary that carries only the fuse
// wire (Electron's sentinel followed by 8 fuses). That checks what can be checked without network: the files in
// app.asar (no sources, no second copy of what main.cjs bundles), the one native binary for this platform
// unpacked beside it, the fuses flipped as electron-builder.yml says, and the .deb (built with dpkg-deb through
// fpm-dpkg.ts, since fpm itself is downloaded): its control fields, desktop entry and file type. Prints the sizes.
import { extractAll, listPackage } from '@electron/asar';
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
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

// fpm, which electron-builder would download for the deb target, is stood in for by dpkg-deb.
const fpm = join(dist, 'fpm');
writeFileSync(fpm, `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'tests/packaging/fpm-dpkg.ts')}" "$@"\n`, {
  mode: 0o755,
});

const out = join(ROOT, 'release');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; homepage: string };
const deb = join(out, `tiltaksportefoljen_${pkg.version}_amd64.deb`);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
execFileSync(join(ROOT, 'node_modules/.bin/electron-builder'), ['--linux', 'dir', 'deb', `-c.electronDist=${dist}`], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, CUSTOM_FPM_PATH: fpm },
});

const appDir = join(out, 'linux-unpacked');
const asar = join(appDir, 'resources', 'app.asar');
const problems: string[] = [];
const files = new Set(listPackage(asar, { isPack: false }).map((f) => f.replaceAll('\\', '/')));
for (const f of [
  '/package.json',
  '/dist-electron/main.cjs',
  '/dist-electron/preload.cjs',
  '/dist-electron/answer-worker.cjs',
  '/dist/renderer/index.html',
  '/resources/seed/frame.json',
  '/resources/migrations/0001_initial.sql',
  '/node_modules/better-sqlite3/package.json',
  '/node_modules/docx/package.json',
  '/node_modules/exceljs/package.json',
  '/node_modules/pdf-lib/package.json',
  '/node_modules/@resvg/resvg-js/package.json',
]) {
  if (!files.has(f)) problems.push(`missing in app.asar: ${f}`);
}
for (const f of files) if (/^\/(electron|renderer|tests|shared)\//.test(f)) problems.push(`source file packaged: ${f}`);
// main.cjs bundles zod (see electron/vite.shared.ts): a copy in node_modules would be dead weight.
for (const f of files) if (f.startsWith('/node_modules/zod/')) problems.push(`bundled library packaged again: ${f}`);
for (const f of files)
  if (/^\/node_modules\/(better-sqlite3\/(deps|src)|node-addon-api)\//.test(f))
    problems.push(`build source packaged: ${f}`);
const unpacked = join(appDir, 'resources', 'app.asar.unpacked');
const prebuilds = join(unpacked, 'node_modules', 'better-sqlite3', 'prebuilds');
const native = `${process.platform}-${process.arch}.node`;
if (!existsSync(join(prebuilds, native))) problems.push(`native module not unpacked: ${join(prebuilds, native)}`);
const others = existsSync(prebuilds) ? readdirSync(prebuilds).filter((f) => f !== native) : [];
if (others.length) problems.push(`other platforms' binaries packaged: ${others.join(', ')}`);

const wire = await getCurrentFuseWire(join(appDir, 'tiltaksportefoljen'));
const expect = (fuse: FuseV1Options, on: boolean) => {
  if (wire[fuse] !== (on ? 49 : 48)) problems.push(`fuse ${FuseV1Options[fuse]} should be ${on ? 'on' : 'off'}`);
};
expect(FuseV1Options.RunAsNode, false);
expect(FuseV1Options.EnableNodeOptionsEnvironmentVariable, false);
expect(FuseV1Options.EnableNodeCliInspectArguments, false);
expect(FuseV1Options.OnlyLoadAppFromAsar, true);
expect(FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true);

// The .deb: control fields, the desktop entry that opens .tilt files, and the app inside it.
const field = (name: string) => execFileSync('dpkg-deb', ['-f', deb, name], { encoding: 'utf8' }).trim();
if (!existsSync(deb)) problems.push(`no .deb at ${deb}`);
else {
  if (field('Package') !== 'tiltaksportefoljen') problems.push(`deb Package is ${field('Package')}`);
  if (field('Homepage') !== pkg.homepage) problems.push(`deb Homepage is «${field('Homepage')}»`);
  const listing = execFileSync('dpkg-deb', ['-c', deb], { encoding: 'utf8', maxBuffer: 64 << 20 });
  for (const f of [
    './opt/Tiltaksporteføljen/resources/app.asar',
    './usr/share/applications/tiltaksportefoljen.desktop',
  ])
    if (!listing.includes(f)) problems.push(`missing in the .deb: ${f}`);
  const desktop = execFileSync(
    'sh',
    ['-c', `dpkg-deb --fsys-tarfile "${deb}" | tar -xOf - ./usr/share/applications/tiltaksportefoljen.desktop`],
    { encoding: 'utf8' },
  );
  if (!/^MimeType=application\/x-tiltaksportefolje;?$/m.test(desktop)) problems.push('desktop entry: no .tilt type');
  if (!/^Exec="?\/opt\/Tiltaksporteføljen\/tiltaksportefoljen"? %U$/m.test(desktop))
    problems.push(`desktop entry Exec: ${/^Exec=.*$/m.exec(desktop)?.[0]}`);
}

// The packaged runtime libraries still load and work from the trimmed layout: app.asar's files with the
// unpacked ones laid over them, required by a plain Node process (Electron's require resolves the same way).
const laidOut = mkdtempSync(join(tmpdir(), 'tiltak-asar-'));
try {
  extractAll(asar, laidOut);
  cpSync(unpacked, laidOut, { recursive: true });
  const probe = [
    "const Database = require('better-sqlite3');",
    "if (new Database(':memory:').prepare('SELECT 1 AS one').get().one !== 1) throw new Error('sqlite');",
    "const ExcelJS = require('exceljs'); new ExcelJS.Workbook().addWorksheet('x').addRow(['a']);",
    "const { Document, Packer, Paragraph } = require('docx');",
    "const { Resvg } = require('@resvg/resvg-js');",
    'const png = new Resvg(\'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>\').render().asPng();',
    "if (png[1] !== 0x50) throw new Error('resvg');",
    "Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('x')] }] }))",
    "  .then((b) => { if (b[0] !== 0x50) throw new Error('docx'); });",
    "require('pdf-lib').PDFDocument.create().then((d) => d.save())",
    "  .then((b) => { if (b[0] !== 0x25) throw new Error('pdf-lib'); });",
  ].join('\n');
  execFileSync(process.execPath, ['-e', probe], { cwd: laidOut, stdio: 'inherit' });
} catch (err) {
  problems.push(`packaged libraries do not load: ${(err as Error).message.split('\n')[0]}`);
} finally {
  rmSync(laidOut, { recursive: true, force: true });
}

const size = (path: string): number =>
  statSync(path).isDirectory() ? readdirSync(path).reduce((n, f) => n + size(join(path, f)), 0) : statSync(path).size;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `Packaging layout ok: ${files.size} entries in app.asar, better-sqlite3's native binary unpacked, fuses set, ` +
    '.deb built.',
);
console.log(
  `app.asar ${mb(size(asar))} (${size(asar)} bytes), app.asar.unpacked ${mb(size(unpacked))}, ` +
    `${basename(deb)} ${mb(size(deb))}.`,
);
