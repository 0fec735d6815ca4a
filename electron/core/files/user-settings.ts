// Settings that belong to the user on this machine, not to a portfolio (e.g. a second folder for backups):
// a small JSON file in the user's data folder, the same folder the desktop app uses (app.getPath('userData')),
// so the app, the browser preview and the CLI share them.
import { mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { atomicWriteFile } from './atomic-write.ts';

export interface UserSettings {
  /** A folder for a second copy of every backup, or null. */
  secondBackupDir: string | null;
}

export interface SettingsStore {
  readonly file: string | null;
  read(): UserSettings;
  write(next: UserSettings): void;
}

const DEFAULTS: UserSettings = { secondBackupDir: null };
const schema = z.object({ secondBackupDir: z.string().min(1).nullable().catch(null) }).partial();

/** Electron's userData for "Tiltaksporteføljen" on each platform; TILTAK_SETTINGS_DIR overrides (tests). */
export function defaultSettingsDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.TILTAK_SETTINGS_DIR) return env.TILTAK_SETTINGS_DIR;
  const name = 'Tiltaksporteføljen';
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), name);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', name);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), name);
}

export function fileSettingsStore(dir: string = defaultSettingsDir()): SettingsStore {
  const file = join(dir, 'innstillinger.json');
  return {
    file,
    read() {
      try {
        const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
        return { ...DEFAULTS, ...(parsed.success ? parsed.data : {}) };
      } catch {
        return { ...DEFAULTS }; // missing or unreadable: the defaults, never a failed start
      }
    },
    write(next) {
      mkdirSync(dir, { recursive: true });
      atomicWriteFile(file, `${JSON.stringify(next, null, 2)}\n`);
    },
  };
}

export function memorySettingsStore(initial: Partial<UserSettings> = {}): SettingsStore {
  let current: UserSettings = { ...DEFAULTS, ...initial };
  return {
    file: null,
    read: () => ({ ...current }),
    write: (next) => void (current = { ...next }),
  };
}
