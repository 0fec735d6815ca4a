// HTML → PDF with Chromium's own print engine, for the reports' injectable PdfRenderer (see core/export/pdf.ts).
// The HTML is loaded from a temporary file into a hidden, sandboxed window with JavaScript off, so stored
// text in a report can never run. The PDF is tagged (a structure tree for screen readers) and carries the
// report's running footer with page numbers on every page.
import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfRenderer } from '../core/export/pdf.ts';

export const renderPdf: PdfRenderer = async (html, opts) => {
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
    const pdf = await win.webContents.printToPDF({
      pageSize: 'A4',
      landscape: opts.landscape,
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: opts.footerTemplate,
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
};
