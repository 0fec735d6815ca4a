// The running footers of a document printed in parts (pdf.ts): Chromium prints them once more on a sheet of as many
// empty pages, so «Side n av N» counts the whole document, and each footer page's content becomes a form drawn on the
// document's page of the same number, marked as an artifact (page furniture a screen reader does not read out).
// The footer's content stream is taken as it is, still compressed: nothing is decoded or compressed again.
import {
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  type PDFContext,
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

/** Draws page i of `footers` (the running footer alone) on page i of the joined document. */
export async function layFooters({ doc, writer }: JoinedPdf, footers: Uint8Array): Promise<void> {
  const ctx = doc.context;
  const sheet = await PDFDocument.load(footers, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  if (sheet.getPageCount() !== doc.getPageCount())
    throw new Error(`footer sheet has ${sheet.getPageCount()} pages for ${doc.getPageCount()}`);
  const fonts = new PartWriter(sheet.context, ctx, '');
  // The page's own content in q … Q, so the footer is drawn in the page's coordinates whatever the content left.
  const save = contentStream(ctx, writer, 'q\n');
  const restore = contentStream(ctx, writer, 'Q\n');
  const draw = contentStream(ctx, writer, `/Artifact BMC q /${FOOTER} Do Q EMC\n`);
  sheet.getPages().forEach((footerPage, i) => {
    const leaf = footerPage.node;
    const contents = leaf.lookup(N('Contents'));
    const stream = contents instanceof PDFArray ? contents.lookup(0) : contents;
    if (!(stream instanceof PDFRawStream)) throw new Error(`footer page ${i + 1} has no content stream`);
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
    const page = doc.getPage(i).node;
    const resources = page.lookup(N('Resources'), PDFDict);
    const xobjects = resources.lookupMaybe(N('XObject'), PDFDict) ?? ctx.obj({});
    xobjects.set(N(FOOTER), formRef);
    resources.set(N('XObject'), xobjects);
    const own = page.lookup(N('Contents'), PDFArray).asArray();
    page.set(N('Contents'), ctx.obj([save, ...own, restore, draw]));
  });
  fonts.drain(writer);
}
