// Entry point of the Electron main process (bundled to dist-electron/main.cjs). Wiring only; see app.ts.
import * as electron from 'electron';
import { join } from 'node:path';
import { startApp } from './app.ts';
import { fileSettingsStore } from '../core/files/user-settings.ts';
import { createPortfolioFiles } from './document.ts';
import { renderPdf } from './pdf.ts';

const settings = fileSettingsStore(electron.app.getPath('userData'));
startApp(electron, {
  files: createPortfolioFiles(join(electron.app.getAppPath(), 'resources'), renderPdf, settings),
});
