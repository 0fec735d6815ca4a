// A report document written in one format: DOCX (figures get their PNG fallback drawn from the same SVG), PDF (the
// HTML printed by the injected renderer, see pdf.ts) or XLSX.
import type { DocumentFormat } from '../../../shared/api/documents.contract.ts';
import { docTooWideMessage } from '../../../shared/report/doc-layout.ts';
import type { DocFigure, DocModel } from '../../../shared/report/document.ts';
import { AppError } from '../errors.ts';
import { documentDocx } from './doc-docx.ts';
import { documentFooterTemplate, documentHtmlParts } from './doc-html.ts';
import { toneTilesPng } from './tone-tiles.ts';
import { documentXlsx } from './doc-xlsx.ts';
import { printDocument, requireRenderer, ROWS_PER_PART, type PdfRenderer } from './pdf.ts';
import { chartPng } from './status-chart.ts';

export const DOCUMENT_MIME: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export async function writeDocument(
  doc: DocModel,
  format: DocumentFormat,
  pdf: PdfRenderer | undefined,
  rowsPerPart = ROWS_PER_PART,
): Promise<Uint8Array> {
  // Page formats refuse tables too wide for the page rather than break a number or a word (as the status tables).
  const tooWide = format === 'xlsx' ? null : docTooWideMessage(doc);
  if (tooWide) throw new AppError('invalid', tooWide, { fields: { landscape: tooWide } });
  switch (format) {
    case 'docx': {
      const figures = doc.blocks.filter((b): b is DocFigure => b.kind === 'figure');
      const pngs = new Map(await Promise.all(figures.map(async (f) => [f.number, await chartPng(f.svg)] as const)));
      return documentDocx(doc, pngs);
    }
    case 'pdf':
      return printDocument(requireRenderer(pdf), {
        parts: documentHtmlParts(doc, await toneTilesPng(), rowsPerPart),
        landscape: doc.landscape,
        footerTemplate: documentFooterTemplate(doc),
      });
    case 'xlsx':
      return documentXlsx(doc);
  }
}
