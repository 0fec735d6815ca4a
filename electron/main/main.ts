// Entry point of the Electron main process (bundled to dist-electron/main.cjs). Wiring only; see app.ts.
import * as electron from 'electron';
import { startApp } from './app.ts';
import { portfolioFiles } from './document.ts';

startApp(electron, { files: portfolioFiles });
