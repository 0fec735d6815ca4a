// Entry point of the Electron main process (bundled to dist-electron/main.cjs). Wiring only; see app.ts.
import * as electron from 'electron';
import { join } from 'node:path';
import { startApp } from './app.ts';
import { createPortfolioFiles } from './document.ts';
import { renderPdf } from './pdf.ts';

startApp(electron, { files: createPortfolioFiles(join(electron.app.getAppPath(), 'resources'), renderPdf) });
