// `npm start` (after the build): start Electron on this app. Electron fetches its binary on first use; where it
// cannot be had (no network to the download), say so in one sentence, point to the browser preview, exit 1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ELECTRON_MISSING =
  'Electron-programmet kunne ikke hentes på denne maskinen (det lastes ned ved første start og krever nettilgang), ' +
  'så skrivebordsappen kan ikke startes her – bruk nettleservisningen i stedet: ' +
  'npm run build:renderer && npm run web -- --db FIL';

const APP_DIR = fileURLToPath(new URL('..', import.meta.url));

/**
 * The Electron executable, or null when it cannot be had. The lookup (`require('electron')`, which downloads
 * the binary on first use) runs in a child process so its download noise and stack trace stay out of sight.
 */
export function findElectron(): string | null {
  const r = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: APP_DIR,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const path = r.status === 0 ? r.stdout.trim() : '';
  return path && existsSync(path) ? path : null;
}

export interface LaunchDeps {
  findElectron(): string | null;
  run(electronPath: string, args: string[]): Promise<number>;
  error(message: string): void;
}

function run(electronPath: string, args: string[]): Promise<number> {
  return new Promise((ok) => {
    const child = spawn(electronPath, args, { stdio: 'inherit', cwd: APP_DIR });
    child.on('error', () => ok(1));
    child.on('exit', (code, signal) => ok(code ?? (signal ? 1 : 0)));
  });
}

/** Returns the exit code for the process. */
export async function launch(
  deps: LaunchDeps = { findElectron, run, error: (m) => console.error(m) },
  args: string[] = [],
): Promise<number> {
  const electronPath = deps.findElectron();
  if (!electronPath) {
    deps.error(ELECTRON_MISSING);
    return 1;
  }
  return deps.run(electronPath, [APP_DIR, ...args]);
}

if (import.meta.main) process.exitCode = await launch(undefined, process.argv.slice(2));
