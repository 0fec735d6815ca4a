// npm run web -- --db FILE [--port N]: the browser preview on 127.0.0.1.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../core/errors.ts';
import { chromiumPdfRenderer } from '../core/export/pdf-chromium.ts';
import { sourceResourcesDir } from '../core/paths.ts';
import { createPortfolioFile } from '../core/services/portfolio.service.ts';
import { openPortfolio } from '../core/files/index.ts';
import { startPreviewServer } from './server.ts';

const { values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string' } } });
if (!values.db) {
  console.error('Bruk: npm run web -- --db FIL [--port N]');
  process.exit(2);
}
const dbPath = resolve(values.db);
const port = values.port === undefined ? 5180 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('--port må være et helt tall mellom 0 og 65535.');
  process.exit(2);
}
try {
  if (!existsSync(dbPath)) {
    createPortfolioFile(dbPath, { resourcesDir: sourceResourcesDir(), now: new Date() });
    console.log(`Laget ny portefølje: ${dbPath}`);
  }
  // The same checks, writer lease and backups as the desktop app.
  const opened = await openPortfolio(dbPath, { resourcesDir: sourceResourcesDir() });
  opened.ctx.pdf = chromiumPdfRenderer();
  for (const w of opened.warnings) console.warn(`Advarsel: ${w}`);
  if (opened.readOnly) console.warn(opened.ctx.readOnlyReason ?? 'Filen er åpnet skrivebeskyttet.');
  const server = await startPreviewServer({
    context: () => opened.ctx,
    rendererDir: fileURLToPath(new URL('../../dist/renderer', import.meta.url)),
    port,
  });
  console.log(`Forhåndsvisning: ${server.url}`);
  const stop = async () => {
    await server.close();
    opened.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  console.error(err instanceof AppError || err instanceof Error ? err.message : String(err));
  process.exit(1);
}
