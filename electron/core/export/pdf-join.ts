// Joins the PDFs Chromium printed in parts (pdf.ts) into one tagged PDF, then lays the running footers on it.
// Chromium holds every page of a print job in memory (about 2.5 MB a page for a large status table), so a long
// report is printed in parts; each part is a tagged PDF of its own. Joining keeps what a reader relies on:
//   - the structure tree: each part's elements become children of one Document element, the parent tree's keys
//     (pages' StructParents) are offset part by part, and table-header IDs (/ID, /Headers) get a part prefix, since
//     Chromium numbers them per print job;
//   - the bookmarks, rebuilt from every part's headings with their levels (a part that starts inside a plan has
//     no h2 of its own, so its headings are nested under the previous part's);
//   - «Side n av N» counting the whole document: the footers are printed once more on a sheet of as many empty
//     pages (Chromium fills in the numbers) and drawn on the pages as artifacts (not read out, as before).
import type { PDFContext, PDFObject } from 'pdf-lib';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFPage,
  PDFPageLeaf,
  PDFRawStream,
  PDFRef,
  PDFString,
  ParseSpeeds,
} from 'pdf-lib';
import { PdfObjectWriter, WrittenRef } from './pdf-writer.ts';

export interface PrintedPart {
  bytes: Uint8Array;
  /** The levels of the part's headings (h1 = 1, …) in document order: the part's bookmarks in the same order. */
  headingLevels: number[];
}

const N = (name: string) => PDFName.of(name);
const ID = N('ID');
const HEADERS = N('Headers');

/**
 * Writes a part's objects into the joined file under new numbers, changing the part's own objects in place (no copy:
 * the part is thrown away after). Only what the joined document uses is written: what `ref` was asked for, and what
 * that refers to. Pages and the part's Document element are numbered beforehand (`refs`) and not written here.
 */
export class PartWriter {
  readonly refs = new Map<PDFRef, PDFRef | WrittenRef>();
  private readonly pending: PDFRef[] = [];
  private readonly src: PDFContext;
  private readonly dest: PDFContext;
  private readonly idPrefix: string;
  constructor(src: PDFContext, dest: PDFContext, idPrefix: string) {
    this.src = src;
    this.dest = dest;
    this.idPrefix = idPrefix;
  }

  /** The joined file's reference for one of the part's; the object is written on `drain`. */
  ref(srcRef: PDFRef): PDFRef | WrittenRef {
    let ref = this.refs.get(srcRef);
    if (!ref) {
      ref = WrittenRef.next(this.dest);
      this.refs.set(srcRef, ref);
      this.pending.push(srcRef);
    }
    return ref;
  }

  /**
   * The object with its references renumbered and table-header IDs given the part's prefix (in place). `key`: the
   * dictionary key it is found under (names are interned by pdf-lib, so compared as objects, not decoded).
   */
  remap(obj: PDFObject, key?: PDFName): PDFObject {
    if (obj instanceof PDFRef) return this.ref(obj);
    if (obj instanceof PDFDict) {
      for (const [k, v] of obj.entries()) {
        const next = this.remap(v, k);
        if (next !== v) obj.set(k, next);
      }
    } else if (obj instanceof PDFArray) {
      for (let i = 0; i < obj.size(); i++) {
        const v = obj.get(i);
        const next = this.remap(v, key === HEADERS ? ID : undefined);
        if (next !== v) obj.set(i, next);
      }
    } else if (obj instanceof PDFRawStream) {
      this.remap(obj.dict);
    } else if (key === ID && (obj instanceof PDFString || obj instanceof PDFHexString)) {
      return PDFString.of(this.idPrefix + obj.decodeText());
    }
    return obj;
  }

  /** Writes every object asked for so far, and those they refer to. */
  drain(writer: PdfObjectWriter): void {
    for (let srcRef = this.pending.pop(); srcRef; srcRef = this.pending.pop()) {
      const obj = this.src.lookup(srcRef);
      if (obj) writer.write(this.refs.get(srcRef)!, this.remap(obj) as PDFObject);
    }
  }
}

/** A direct object of a part, made anew in the joined file's context (a part's dict would keep the whole part). */
function detach(obj: PDFObject, ctx: PDFContext): PDFObject {
  if (obj instanceof PDFDict) {
    const out = ctx.obj({});
    for (const [k, v] of obj.entries()) out.set(k, detach(v, ctx));
    return out;
  }
  if (obj instanceof PDFArray) {
    const out = ctx.obj([]);
    for (const v of obj.asArray()) out.push(detach(v, ctx));
    return out;
  }
  return obj;
}

/** A number tree's or a name tree's pairs, in order (Chromium writes them flat, but /Kids are followed too). */
function treePairs(tree: PDFDict | undefined, leaf: 'Nums' | 'Names'): [PDFObject, PDFObject][] {
  if (!tree) return [];
  const out: [PDFObject, PDFObject][] = [];
  const pairs = tree.lookupMaybe(N(leaf), PDFArray);
  if (pairs) for (let i = 0; i + 1 < pairs.size(); i += 2) out.push([pairs.lookup(i)!, pairs.get(i + 1)]);
  const kids = tree.lookupMaybe(N('Kids'), PDFArray);
  if (kids) for (let i = 0; i < kids.size(); i++) out.push(...treePairs(kids.lookup(i, PDFDict), leaf));
  return out;
}

interface Bookmark {
  level: number;
  title: PDFObject;
  dest?: PDFObject;
  se?: PDFObject;
}

/** A part's bookmarks in document order (depth first), with the levels of its headings. */
function partBookmarks(src: PDFDocument, part: PartWriter, levels: number[], ctx: PDFContext): Bookmark[] {
  const found: { dict: PDFDict; depth: number }[] = [];
  const walk = (first: PDFDict | undefined, depth: number) => {
    for (let item = first; item; item = item.lookupMaybe(N('Next'), PDFDict)) {
      found.push({ dict: item, depth });
      walk(item.lookupMaybe(N('First'), PDFDict), depth + 1);
    }
  };
  walk(src.catalog.lookupMaybe(N('Outlines'), PDFDict)?.lookupMaybe(N('First'), PDFDict), 1);
  // Chromium makes one bookmark per heading; should that ever differ, the part's own nesting is kept.
  const sameCount = found.length === levels.length;
  return found.map(({ dict, depth }, i) => {
    const dest = dict.get(N('Dest'));
    const se = dict.get(N('SE'));
    return {
      level: sameCount ? levels[i] : depth,
      title: dict.get(N('Title'))!,
      ...(dest ? { dest: detach(part.remap(dest), ctx) } : {}),
      ...(se ? { se: part.remap(se) } : {}),
    };
  });
}

/** The bookmarks as one outline: each heading under the nearest heading before it of a higher level. */
function writeOutline(ctx: PDFContext, bookmarks: Bookmark[]): PDFRef {
  interface Node {
    ref: PDFRef;
    mark?: Bookmark;
    children: Node[];
  }
  const root: Node = { ref: ctx.nextRef(), children: [] };
  const stack: { level: number; node: Node }[] = [{ level: 0, node: root }];
  for (const mark of bookmarks) {
    while (stack.at(-1)!.level >= mark.level) stack.pop();
    const node: Node = { ref: ctx.nextRef(), mark, children: [] };
    stack.at(-1)!.node.children.push(node);
    stack.push({ level: mark.level, node });
  }
  const write = (parent: Node): number => {
    let count = 0;
    parent.children.forEach((node, i) => {
      const dict = ctx.obj({ Title: node.mark!.title, Parent: parent.ref });
      if (node.mark!.dest) dict.set(N('Dest'), node.mark!.dest);
      if (node.mark!.se) dict.set(N('SE'), node.mark!.se);
      if (i > 0) dict.set(N('Prev'), parent.children[i - 1].ref);
      if (i + 1 < parent.children.length) dict.set(N('Next'), parent.children[i + 1].ref);
      const below = write(node);
      if (node.children.length) {
        dict.set(N('First'), node.children[0].ref);
        dict.set(N('Last'), node.children.at(-1)!.ref);
        dict.set(N('Count'), PDFNumber.of(below));
      }
      ctx.assign(node.ref, dict);
      count += 1 + below;
    });
    return count;
  };
  const count = write(root);
  const outlines = ctx.obj({ Type: 'Outlines', Count: count });
  if (root.children.length) {
    outlines.set(N('First'), root.children[0].ref);
    outlines.set(N('Last'), root.children.at(-1)!.ref);
  }
  ctx.assign(root.ref, outlines);
  return root.ref;
}

/** The joined document: its pages (and what is not final yet) in `doc`, everything else already written. */
export interface JoinedPdf {
  doc: PDFDocument;
  writer: PdfObjectWriter;
}

/**
 * Joins parts as they are printed (`add`, in order), so no more than one part is ever held as objects or bytes;
 * `finish` gives the tagged PDF with its bookmarks, titled and in the document's language.
 */
export class PdfJoiner {
  private readonly out: PDFDocument;
  private readonly writer = new PdfObjectWriter();
  private readonly rootRef: PDFRef;
  private readonly documentRef: PDFRef;
  private readonly elements: PDFObject[] = [];
  private readonly parentTree: PDFObject[] = [];
  private readonly ids: [string, PDFObject][] = [];
  private readonly bookmarks: Bookmark[] = [];
  private keyOffset = 0;
  private parts = 0;

  private constructor(out: PDFDocument) {
    this.out = out;
    this.rootRef = out.context.nextRef();
    this.documentRef = out.context.nextRef();
  }

  /** `expectedParts`: how many parts will come, to size the file from the first (a tenth more, for footers). */
  static async create(expectedParts = 1): Promise<PdfJoiner> {
    const joiner = new PdfJoiner(await PDFDocument.create({ updateMetadata: false }));
    joiner.expectedParts = expectedParts;
    return joiner;
  }

  private expectedParts = 1;

  async add({ bytes, headingLevels }: PrintedPart): Promise<void> {
    const { out, writer } = this;
    const ctx = out.context;
    const i = ++this.parts;
    if (i === 1) writer.reserve(Math.ceil(bytes.length * this.expectedParts * 1.1));
    // Parsed in one go: pdf-lib's default yields to the event loop every 100 objects (a timer each), for nothing here.
    const src = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
    const root = src.catalog.lookupMaybe(N('StructTreeRoot'), PDFDict);
    const documentElem = root?.get(N('K'));
    if (!root || !(documentElem instanceof PDFRef)) throw new Error(`PDF part ${i} is not tagged`);
    const part = new PartWriter(src.context, ctx, `p${i}-`);
    part.refs.set(documentElem, this.documentRef);
    const pages = src.getPages().map((page) => {
      const ref = ctx.nextRef();
      part.refs.set(page.ref, ref);
      return { leaf: page.node, ref };
    });
    for (const { leaf, ref } of pages) {
      // The page itself stays open (its footer is laid on at the end); what it refers to is written with the rest.
      // Contents as an array, so adding the footer's content stream needs no look at the written one.
      leaf.delete(N('Parent'));
      const contents = leaf.get(N('Contents'));
      if (contents instanceof PDFRef) leaf.set(N('Contents'), src.context.obj([contents]));
      const key = leaf.get(N('StructParents'));
      if (key instanceof PDFNumber) leaf.set(N('StructParents'), PDFNumber.of(key.asNumber() + this.keyOffset));
      part.remap(leaf);
      const copy = PDFPageLeaf.fromMapWithContext(new Map(leaf.entries().map(([k, v]) => [k, detach(v, ctx)])), ctx);
      ctx.assign(ref, copy);
      out.addPage(PDFPage.of(copy, ref, out));
    }
    const kids = src.context.lookup(documentElem, PDFDict).lookup(N('K'));
    for (const kid of kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [])
      this.elements.push(detach(part.remap(kid), ctx));
    let nextKey = this.keyOffset;
    for (const [key, value] of treePairs(root.lookupMaybe(N('ParentTree'), PDFDict), 'Nums')) {
      const k = (key as PDFNumber).asNumber() + this.keyOffset;
      this.parentTree.push(PDFNumber.of(k), detach(part.remap(value), ctx));
      nextKey = Math.max(nextKey, k + 1);
    }
    const declared = root.lookupMaybe(N('ParentTreeNextKey'), PDFNumber)?.asNumber();
    this.keyOffset = Math.max(nextKey, declared === undefined ? 0 : declared + this.keyOffset);
    for (const [name, value] of treePairs(root.lookupMaybe(N('IDTree'), PDFDict), 'Names'))
      this.ids.push([`p${i}-${(name as PDFString).decodeText()}`, detach(part.remap(value), ctx)]);
    this.bookmarks.push(...partBookmarks(src, part, headingLevels, ctx));
    part.drain(writer);
  }

  finish(meta: { title: string; lang: string }): JoinedPdf {
    const { out, writer, rootRef, documentRef } = this;
    const ctx = out.context;
    const ids = this.ids.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const lang = PDFString.of(meta.lang);
    ctx.assign(documentRef, ctx.obj({ Type: 'StructElem', S: 'Document', Lang: lang, P: rootRef, K: this.elements }));
    const root = ctx.obj({
      Type: 'StructTreeRoot',
      K: documentRef,
      ParentTree: ctx.register(ctx.obj({ Nums: this.parentTree })),
      ParentTreeNextKey: this.keyOffset,
    });
    if (ids.length)
      root.set(N('IDTree'), ctx.register(ctx.obj({ Names: ids.flatMap(([id, v]) => [PDFString.of(id), v]) })));
    ctx.assign(rootRef, root);
    out.catalog.set(N('StructTreeRoot'), rootRef);
    out.catalog.set(N('MarkInfo'), ctx.obj({ Type: 'MarkInfo', Marked: true }));
    out.catalog.set(N('Outlines'), writeOutline(ctx, this.bookmarks));
    out.setLanguage(meta.lang);
    // DisplayDocTitle: viewers show the report's title rather than the file name (as Chromium's own PDFs ask).
    out.setTitle(meta.title, { showInWindowTitleBar: true });
    out.setProducer('Chromium (Skia/PDF), joined with pdf-lib');
    return { doc: out, writer };
  }
}

/** The finished file. */
export function saveJoined({ doc, writer }: JoinedPdf): Uint8Array {
  return writer.finish(doc.context);
}
