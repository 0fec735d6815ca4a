// npm run web -- --db FILE [--port N]: the browser preview on 127.0.0.1. Builds the renderer first when
// dist/renderer is missing. A file that cannot be opened (damaged, empty) is served as such: the page says what
// is wrong and offers its newest good backup, as the desktop app does.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDateTime } from '../../shared/format/nb.ts';
import type { CoreContext } from '../core/context.ts';
import { AppError } from '../core/errors.ts';
import { keptChromiumPdfRenderer } from '../core/export/pdf-chromium.ts';
import { sourceResourcesDir } from '../core/paths.ts';
import { createPortfolioFile } from '../core/services/portfolio.service.ts';
import {
  fileSettingsStore,
  openPortfolio,
  restoreBackup,
  type BackupInfo,
  type OpenedPortfolio,
} from '../core/files/index.ts';
import { startPreviewServer } from './server.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let values: { db?: string; port?: string };
try {
  ({ values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string' } } }));
} catch {
  fail('Bruk: npm run web -- --db FIL [--port N]', 2);
}
if (!values.db) fail('Bruk: npm run web -- --db FIL [--port N]', 2);
const dbPath = resolve(values.db);
const port = values.port === undefined ? 5180 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port må være et helt tall mellom 0 og 65535.', 2);

/** The built renderer, built now if it is missing (a newcomer's first `npm run web`). */
function rendererDir(): string {
  const dir = process.env.TILTAK_RENDERER_DIR ?? join(ROOT, 'dist/renderer');
  if (existsSync(join(dir, 'index.html'))) return dir;
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  if (!existsSync(vite))
    fail('Brukergrensesnittet er ikke bygget, og Vite mangler: kjør «npm ci» og så «npm run build:renderer».');
  console.log(`Bygger brukergrensesnittet (${dir} mangler) …`);
  const build = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'renderer/vite.config.ts', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  if (build.status !== 0 || !existsSync(join(dir, 'index.html')))
    fail(`Kunne ikke bygge brukergrensesnittet til ${dir}; kjør «npm run build:renderer» for å se hvorfor.`);
  return dir;
}

/** The renderer's server bundle, built now if it is missing; null (the browser renders every page) if it cannot be. */
function serverBundle(): string | null {
  const file = process.env.TILTAK_SSR_BUNDLE ?? join(ROOT, 'dist/ssr/server.cjs');
  if (existsSync(file) || process.env.TILTAK_SSR_BUNDLE) return existsSync(file) ? file : null;
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  if (!existsSync(vite)) return null;
  const build = spawnSync(process.execPath, [vite, 'build', '--config', 'renderer/vite.ssr.config.ts'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  return build.status === 0 && existsSync(file) ? file : null;
}

const settings = fileSettingsStore();
const resourcesDir = sourceResourcesDir();
let opened: OpenedPortfolio | null = null;
// One Chromium for every PDF while the preview runs, as the desktop app prints with the Chromium it runs in.
const pdf = keptChromiumPdfRenderer();
/** Why the file could not be opened, while it cannot; every operation answers with it. */
let problem: AppError | null = null;

async function open(): Promise<void> {
  opened = await openPortfolio(dbPath, { resourcesDir, settings });
  opened.ctx.pdf = pdf;
  problem = null;
  for (const w of opened.warnings) console.warn(`Advarsel: ${w}`);
  if (opened.readOnly) console.warn(opened.ctx.readOnlyReason ?? 'Filen er åpnet skrivebeskyttet.');
}

const damagedBackups = (): BackupInfo[] =>
  ((problem?.details as { backups?: BackupInfo[] } | undefined)?.backups ?? []).filter((b) => b.reason !== 'skadet');

/** While the file cannot be opened, only restoring it runs, against a context that names the file. */
function context(operation: string): CoreContext {
  if (problem) {
    if (operation !== 'backups:restore') throw problem;
    return { db: null as never, path: dbPath, readOnly: true, now: () => new Date(), user: () => '' };
  }
  return opened!.ctx;
}

try {
  const dir = rendererDir();
  if (!existsSync(dbPath)) {
    createPortfolioFile(dbPath, { resourcesDir, now: new Date() });
    console.log(`Laget ny portefølje: ${dbPath}`);
  }
  try {
    // The same checks, writer lease and backups as the desktop app.
    await open();
  } catch (err) {
    if (!(err instanceof AppError) || !(err.details as { damaged?: boolean } | undefined)?.damaged) throw err;
    problem = err;
    console.warn(err.message);
  }
  const server = await startPreviewServer({
    context,
    rendererDir: dir,
    serverBundle: serverBundle(),
    port,
    overrides: {
      'backups:restore': async ({ fileName }) => {
        if (!problem) throw new AppError('invalid', 'Filen er åpen og i orden; gjenopprett fra Arkiv-menyen i appen.');
        const backup = damagedBackups().find((b) => b.fileName === fileName);
        if (!backup) throw new AppError('not-found', 'Fant ikke den sikkerhetskopien. Last siden på nytt.');
        await restoreBackup(dbPath, backup.path, { resourcesDir, secondBackupDir: settings.read().secondBackupDir });
        await open();
        return { message: `Filen er gjenopprettet fra sikkerhetskopien fra ${formatDateTime(backup.createdAt)}.` };
      },
    },
  });
  console.log(`Forhåndsvisning: ${server.url}`);
  const stop = async () => {
    await server.close();
    opened?.close();
    await pdf.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  fail(err instanceof AppError || err instanceof Error ? err.message : String(err));
}
