// HTML → PDF with Chromium's own print engine, for the reports' injectable PdfRenderer (html → bytes).
// The HTML is loaded from a temporary file into a hidden, sandboxed window with JavaScript off, so stored
// text in a report can never run.
import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type PdfRenderer = (html: string) => Promise<Uint8Array>;

export const renderPdf: PdfRenderer = async (html) => {
  const dir = await mkdtemp(join(tmpdir(), 'tiltak-pdf-'));
  const file = join(dir, 'rapport.html');
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await writeFile(file, html, 'utf8');
    await win.loadFile(file);
    const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
};
