// The running footers of a document printed in parts (pdf.ts): Chromium prints them once more on a sheet of as many
// empty pages (in pieces printed at once, each numbered as in the whole sheet), so «Side n av N» counts the whole
// document, and each footer page's content becomes a form drawn on the document's page of the same number, marked as
// an artifact (page furniture a screen reader does not read out). The footer's content stream is taken as it is,
// still compressed: nothing is decoded or compressed again.
import {
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  type PDFContext,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import { PartWriter, type JoinedPdf } from './pdf-join.ts';
import type { PdfObjectWriter } from './pdf-writer.ts';

const N = (name: string) => PDFName.of(name);
const FOOTER = 'TiltakFooter';

/** A small content stream, written at once; its reference. */
function contentStream(ctx: PDFContext, writer: PdfObjectWriter, text: string): PDFRef {
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
  const ref = ctx.nextRef();
  writer.write(ref, PDFRawStream.of(ctx.obj({ Length: bytes.length }), bytes));
  return ref;
}

/** A footer page's content as a form XObject written into the document (its fonts renumbered by `fonts`). */
function footerForm(footerPage: PDFPage, n: number, ctx: PDFContext, writer: PdfObjectWriter, fonts: PartWriter) {
  const leaf = footerPage.node;
  const contents = leaf.lookup(N('Contents'));
  const stream = contents instanceof PDFArray ? contents.lookup(0) : contents;
  if (!(stream instanceof PDFRawStream)) throw new Error(`footer page ${n} has no content stream`);
  const form = ctx.obj({
    Type: 'XObject',
    Subtype: 'Form',
    BBox: leaf.lookup(N('MediaBox')) as PDFArray,
    Resources: leaf.lookup(N('Resources')) as PDFDict,
    Length: stream.contents.length,
  });
  for (const key of ['Filter', 'DecodeParms']) {
    const value = stream.dict.get(N(key));
    if (value) form.set(N(key), value);
  }
  fonts.remap(form);
  const formRef = ctx.nextRef();
  writer.write(formRef, PDFRawStream.of(form, stream.contents));
  return formRef;
}

/** Draws page i of the footer sheets (the running footer alone; their pages in order) on page i of the document. */
export async function layFooters({ doc, writer }: JoinedPdf, footers: Uint8Array[]): Promise<void> {
  const ctx = doc.context;
  const sheets = await Promise.all(
    footers.map((bytes) => PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest })),
  );
  const count = sheets.reduce((n, sheet) => n + sheet.getPageCount(), 0);
  if (count !== doc.getPageCount()) throw new Error(`footer sheets have ${count} pages for ${doc.getPageCount()}`);
  // The page's own content in q … Q, so the footer is drawn in the page's coordinates whatever the content left.
  const save = contentStream(ctx, writer, 'q\n');
  const restore = contentStream(ctx, writer, 'Q\n');
  const draw = contentStream(ctx, writer, `/Artifact BMC q /${FOOTER} Do Q EMC\n`);
  let i = 0;
  for (const sheet of sheets) {
    const fonts = new PartWriter(sheet.context, ctx, '');
    for (const footerPage of sheet.getPages()) {
      const formRef = footerForm(footerPage, i + 1, ctx, writer, fonts);
      const page = doc.getPage(i++).node;
      const resources = page.lookup(N('Resources'), PDFDict);
      const xobjects = resources.lookupMaybe(N('XObject'), PDFDict) ?? ctx.obj({});
      xobjects.set(N(FOOTER), formRef);
      resources.set(N('XObject'), xobjects);
      const own = page.lookup(N('Contents'), PDFArray).asArray();
      page.set(N('Contents'), ctx.obj([save, ...own, restore, draw]));
    }
    fonts.drain(writer);
  }
}
