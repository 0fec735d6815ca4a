// HTML → PDF with Chromium's own print engine, for the reports' injectable PdfRenderer (see core/export/pdf.ts).
// Each HTML page is loaded from a temporary file into a hidden, sandboxed window with JavaScript off, so stored
// text in a report can never run. The PDF is tagged (a structure tree for screen readers) and carries the
// report's running footer with page numbers on every page.
import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfJob, PdfRenderer } from '../core/export/pdf.ts';

/** One job in a window of its own (and so a renderer process), destroyed before the next: its memory goes with it. */
async function printOne(job: PdfJob, dir: string): Promise<Uint8Array> {
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
    await writeFile(file, job.html, 'utf8');
    await win.loadFile(file);
    const tagged = job.tagged ?? true;
    const pdf = await win.webContents.printToPDF({
      pageSize: 'A4',
      landscape: job.landscape,
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: tagged,
      generateDocumentOutline: tagged,
      displayHeaderFooter: job.footerTemplate !== undefined,
      headerTemplate: '<span></span>',
      footerTemplate: job.footerTemplate ?? '<span></span>',
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    win.destroy();
  }
}

export const renderPdf: PdfRenderer = async function* (jobs) {
  const dir = await mkdtemp(join(tmpdir(), 'tiltak-pdf-'));
  try {
    // One window at a time; the next job is taken only after this PDF is handed on (it may depend on it, pdf.ts).
    for await (const job of jobs) yield await printOne(job, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};
