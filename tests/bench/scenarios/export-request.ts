// The export the bench times and measures: every status as of 31.12.2025 (after the newest plan's start, so every
// measure of the file is written), made on a fixed day.
import { keptChromiumPdfRenderer, type KeptPdfRenderer } from '../../../electron/core/export/pdf-chromium.ts';
import { printOne, type PdfJob } from '../../../electron/core/export/pdf.ts';

export const EXPORT_AS_OF = '2025-12-31';
export const EXPORT_NOW = new Date('2026-01-15T09:00:00Z');

/** A one-page job, to start a Chromium (or time a print) with. */
export const TINY_PDF_JOB: PdfJob = { html: '<p>PDF</p>', landscape: false };

/** A Chromium kept between files and already started, as a preview that has printed before has it. */
export async function runningChromium(): Promise<KeptPdfRenderer> {
  const kept = keptChromiumPdfRenderer();
  await printOne(kept, TINY_PDF_JOB);
  return kept;
}
