// A PDF's bookmarks and structure tree, read with pdf-lib's object model: what a screen reader and a viewer's
// bookmark pane get. Used to check that a PDF printed in parts and joined reads as one document, and which pages
// paint patterns (the assessment cells').
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from 'pdf-lib';

export interface Bookmark {
  title: string;
  /** The page (1-based) it leads to. */
  page: number;
  children: Bookmark[];
}

const N = (name: string) => PDFName.of(name);
const text = (o: unknown) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : '');

export async function pdfBookmarks(bytes: Uint8Array): Promise<Bookmark[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageOf = new Map(doc.getPages().map((p, i) => [p.ref, i + 1]));
  const list = (first: PDFDict | undefined): Bookmark[] => {
    const out: Bookmark[] = [];
    for (let item = first; item; item = item.lookupMaybe(N('Next'), PDFDict)) {
      const dest = item.lookupMaybe(N('Dest'), PDFArray);
      out.push({
        title: text(item.lookup(N('Title'))),
        page: dest ? (pageOf.get(dest.get(0) as PDFRef) ?? 0) : 0,
        children: list(item.lookupMaybe(N('First'), PDFDict)),
      });
    }
    return out;
  };
  return list(doc.catalog.lookupMaybe(N('Outlines'), PDFDict)?.lookupMaybe(N('First'), PDFDict));
}

export interface StructureSummary {
  /** Structure elements by type (Table, TR, TH, TD, H1, …). */
  counts: Record<string, number>;
  /** The Document element's children's types, in order. */
  top: string[];
  /** Table-header IDs that are declared twice, and header references that name no declared ID. */
  duplicateIds: string[];
  unresolvedHeaders: string[];
  /** Pages whose StructParents key is missing from the parent tree, or shared with another page. */
  pagesWithoutParentTreeEntry: number[];
  /** Marked-content references to pages that are not in the document. */
  foreignPageRefs: number;
}

export async function pdfStructure(bytes: Uint8Array): Promise<StructureSummary> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = new Set(doc.getPages().map((p) => p.ref));
  const root = doc.catalog.lookup(N('StructTreeRoot'), PDFDict);
  const counts: Record<string, number> = {};
  const ids: string[] = [];
  const headers: string[] = [];
  let foreignPageRefs = 0;
  const visit = (o: unknown) => {
    const dict = o instanceof PDFRef ? doc.context.lookup(o) : o;
    if (!(dict instanceof PDFDict)) return;
    const pg = dict.get(N('Pg'));
    if (pg instanceof PDFRef && !pages.has(pg)) foreignPageRefs++;
    const type = dict.lookupMaybe(N('S'), PDFName)?.decodeText();
    if (!type) return;
    counts[type] = (counts[type] ?? 0) + 1;
    const id = dict.lookup(N('ID'));
    if (id) ids.push(text(id));
    const attrs = dict.lookup(N('A'));
    for (const a of attrs instanceof PDFArray ? attrs.asArray() : attrs ? [attrs] : []) {
      const h = (doc.context.lookup(a) as PDFDict | undefined)?.lookupMaybe(N('Headers'), PDFArray);
      if (h) headers.push(...h.asArray().map(text));
    }
    const kids = dict.lookup(N('K'));
    for (const k of kids instanceof PDFArray ? kids.asArray() : [kids]) visit(k);
  };
  const documentElem = root.lookup(N('K'), PDFDict);
  const kids = documentElem.lookup(N('K'));
  const top = (kids instanceof PDFArray ? kids.asArray() : [kids]).map(
    (k) => (doc.context.lookup(k) as PDFDict).lookupMaybe(N('S'), PDFName)?.decodeText() ?? '',
  );
  visit(documentElem);
  const declared = new Set(ids);
  const nums = root.lookup(N('ParentTree'), PDFDict).lookupMaybe(N('Nums'), PDFArray);
  const keys = new Map<number, number>();
  for (let i = 0; nums && i < nums.size(); i += 2) {
    const k = (nums.get(i) as PDFNumber).asNumber();
    keys.set(k, (keys.get(k) ?? 0) + 1);
  }
  const pagesWithoutParentTreeEntry = doc
    .getPages()
    .map((p, i) => ({ key: p.node.lookupMaybe(N('StructParents'), PDFNumber)?.asNumber(), page: i + 1 }))
    .filter(({ key }) => key === undefined || keys.get(key) !== 1)
    .map(({ page }) => page);
  return {
    counts,
    top,
    duplicateIds: [...declared].filter((id) => ids.indexOf(id) !== ids.lastIndexOf(id)),
    unresolvedHeaders: headers.filter((h) => !declared.has(h)),
    pagesWithoutParentTreeEntry,
    foreignPageRefs,
  };
}

/** The pages (1-based) whose resources hold a pattern: how Chromium prints a cell's repeated background image. */
export async function pagesWithPatterns(bytes: Uint8Array): Promise<number[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  return doc.getPages().flatMap((page, i) => {
    const patterns = page.node.Resources()?.lookupMaybe(N('Pattern'), PDFDict);
    return patterns && patterns.keys().length > 0 ? [i + 1] : [];
  });
}
