// PDF = the report's HTML printed by Chromium. The printing engine is injected, because it differs by
// where the core runs:
//   - the Electron app passes one built on `webContents.printToPDF` (electron/main/pdf.ts: a hidden window with
//     JavaScript off loads the HTML, then printToPDF with generateTaggedPDF);
//   - the CLI and the browser preview use `chromiumPdfRenderer()` (pdf-chromium.ts), which drives a
//     headless Chromium through playwright-core (page.pdf with tagged: true).
// Contract: resolve with the bytes of a complete, tagged PDF (a structure tree for screen readers) for exactly
// this HTML, with `footerTemplate` printed at the foot of every page (Chromium fills in the page number and count);
// or reject; never write files.
import type { ReportModel } from '../../../shared/report/model.ts';
import { AppError } from '../errors.ts';
import { reportFooterTemplate, reportHtml } from './report-html.ts';

export interface PdfRenderOptions {
  landscape: boolean;
  /** Chromium's footer template: HTML with inline styles; `pageNumber` and `totalPages` spans are filled in. */
  footerTemplate: string;
}

export type PdfRenderer = (html: string, opts: PdfRenderOptions) => Promise<Uint8Array>;

export async function reportPdf(model: ReportModel, renderer: PdfRenderer | undefined): Promise<Uint8Array> {
  if (!renderer)
    throw new AppError('internal', 'PDF kan ikke lages her fordi utskriftsmotoren mangler. Velg et annet format.');
  return renderer(reportHtml(model), { landscape: model.landscape, footerTemplate: reportFooterTemplate(model) });
}
