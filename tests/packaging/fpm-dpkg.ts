// Offline stand-in for fpm, for `npm run check:packaging` only: electron-builder's deb target downloads fpm from
// GitHub, which this machine cannot reach. electron-builder calls it (CUSTOM_FPM_PATH) with the package's metadata
// and a list of src=dst mappings; this builds the same .deb with Debian's own dpkg-deb, so the check can open a
// real package and see what electron-builder put in it. `npm run dist` on a machine with network uses real fpm.
// Understands exactly the options electron-builder 26 passes for `-t deb`, and refuses anything else.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const args = process.argv.slice(2);
const multi: Record<string, string[]> = { '-d': [], '--deb-recommends': [] };
const single: Record<string, string> = {};
const mappings: [string, string][] = [];
const WITH_VALUE = new Set([
  '-s',
  '-t',
  '--deb-compression',
  '--architecture',
  '--after-install',
  '--after-remove',
  '--description',
  '--version',
  '--package',
  '--name',
  '--maintainer',
  '--vendor',
  '--url',
  '--deb-priority',
]);
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--force') continue;
  if (a in multi) multi[a].push(args[++i]);
  else if (WITH_VALUE.has(a)) single[a] = args[++i];
  else if (!a.startsWith('-') && a.includes('=')) {
    const at = a.lastIndexOf('=');
    mappings.push([a.slice(0, at), a.slice(at + 1)]);
  } else {
    console.error(`fpm-dpkg: unsupported argument ${a}`);
    process.exit(2);
  }
}
if (single['-s'] !== 'dir' || single['-t'] !== 'deb') {
  console.error('fpm-dpkg: only -s dir -t deb is supported');
  process.exit(2);
}

const stage = mkdtempSync(join(tmpdir(), 'fpm-dpkg-'));
try {
  for (const [src, dst] of mappings) {
    const target = join(stage, dst);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(src, target, { recursive: true, verbatimSymlinks: true });
  }
  const installedKb = execFileSync('du', ['-sk', stage], { encoding: 'utf8' }).split('\t')[0];
  const [summary, ...rest] = (single['--description'] ?? '').split('\n');
  const control = [
    `Package: ${single['--name']}`,
    `Version: ${single['--version']}`,
    `Architecture: ${single['--architecture']}`,
    `Maintainer: ${single['--maintainer']}`,
    `Installed-Size: ${installedKb}`,
    `Depends: ${multi['-d'].join(', ')}`,
    ...(multi['--deb-recommends'].length ? [`Recommends: ${multi['--deb-recommends'].join(', ')}`] : []),
    `Priority: ${single['--deb-priority'] ?? 'optional'}`,
    `Homepage: ${single['--url']}`,
    `Description: ${summary}`,
    ...rest.map((l) => (l.trim() === '' ? ' .' : ` ${l.trim()}`)),
  ];
  mkdirSync(join(stage, 'DEBIAN'));
  writeFileSync(join(stage, 'DEBIAN', 'control'), `${control.join('\n')}\n`);
  for (const [option, script] of [
    ['--after-install', 'postinst'],
    ['--after-remove', 'postrm'],
  ]) {
    if (!single[option]) continue;
    writeFileSync(join(stage, 'DEBIAN', script), readFileSync(single[option]));
    chmodSync(join(stage, 'DEBIAN', script), 0o755);
  }
  const compression = single['--deb-compression'] === 'gz' ? 'gzip' : (single['--deb-compression'] ?? 'xz');
  execFileSync('dpkg-deb', ['--root-owner-group', `-Z${compression}`, '--build', stage, single['--package']], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
} finally {
  rmSync(stage, { recursive: true, force: true });
}
