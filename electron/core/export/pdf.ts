// PDF = the report's HTML printed by Chromium. The printing engine is injected, because it differs by
// where the core runs:
//   - the Electron app passes one built on `webContents.printToPDF` (an offscreen BrowserWindow with
//     javascript disabled loads the HTML, e.g. as a data: URL, then printToPDF({ landscape,
//     pageSize: 'A4', printBackground: true, preferCSSPageSize: true }));
//   - the CLI and the browser preview use `chromiumPdfRenderer()` (pdf-chromium.ts), which drives a
//     headless Chromium through playwright-core.
// Contract: resolve with the bytes of a complete PDF for exactly this HTML, or reject; never write files.
import type { ReportModel } from '../../../shared/report/model.ts';
import { AppError } from '../errors.ts';
import { reportHtml } from './report-html.ts';

export interface PdfRenderOptions {
  landscape: boolean;
}

export type PdfRenderer = (html: string, opts: PdfRenderOptions) => Promise<Uint8Array>;

export async function reportPdf(model: ReportModel, renderer: PdfRenderer | undefined): Promise<Uint8Array> {
  if (!renderer)
    throw new AppError('internal', 'PDF kan ikke lages her fordi utskriftsmotoren mangler. Velg et annet format.');
  return renderer(reportHtml(model), { landscape: model.landscape });
}
