// Writes a PDF's objects out as soon as they are final, so a joined document of hundreds of pages never holds its
// whole structure tree as objects (pdf-lib keeps about 250 MB of objects for a 30 MB tagged PDF of 828 pages; as
// bytes it is the 30 MB). The file is plain PDF 1.7: header, objects, one cross-reference table, trailer.
import type { PDFContext, PDFObject, PDFRef } from 'pdf-lib';

const BLOCK = 1 << 20;

export class PdfObjectWriter {
  // Objects are written into blocks of 1 MB (not an array per object: a large document has 300 000 objects).
  private readonly blocks: Uint8Array[] = [];
  private block = new Uint8Array(BLOCK);
  private used = 0;
  private written = 0;
  /** Each object's offset in the file, by object number (0: not written); grown as the numbers grow. */
  private offsets = new Float64Array(1 << 16);

  constructor() {
    this.text('%PDF-1.7\n%');
    // The binary comment tells transfer programs the file is binary (as every PDF writer does).
    this.bytes(Uint8Array.of(0xe2, 0xe3, 0xcf, 0xd3, 0x0a));
  }

  private room(size: number): void {
    if (this.used + size <= this.block.length) return;
    this.blocks.push(this.block.subarray(0, this.used));
    this.written += this.used;
    this.block = new Uint8Array(Math.max(BLOCK, size));
    this.used = 0;
  }

  private text(s: string): void {
    this.room(s.length);
    for (let i = 0; i < s.length; i++) this.block[this.used++] = s.charCodeAt(i);
  }

  private bytes(b: Uint8Array): void {
    this.room(b.length);
    this.block.set(b, this.used);
    this.used += b.length;
  }

  private get length(): number {
    return this.written + this.used;
  }

  write(ref: PDFRef, obj: PDFObject): void {
    const head = `${ref.objectNumber} ${ref.generationNumber} obj\n`;
    const size = obj.sizeInBytes();
    this.room(head.length + size);
    if (ref.objectNumber >= this.offsets.length) {
      const grown = new Float64Array(Math.max(this.offsets.length * 2, ref.objectNumber + 1));
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.offsets[ref.objectNumber] = this.length;
    this.text(head);
    this.used += obj.copyBytesInto(this.block, this.used);
    this.text('\nendobj\n');
  }

  /** Writes what is left in `ctx`, the cross-reference table and the trailer, and returns the file. */
  finish(ctx: PDFContext): Uint8Array {
    for (const [ref, obj] of ctx.enumerateIndirectObjects()) this.write(ref, obj);
    const size = ctx.largestObjectNumber + 1;
    const xrefAt = this.length;
    this.text(`xref\n0 ${size}\n0000000000 65535 f \n`);
    for (let n = 1; n < size; n++) {
      const at = n < this.offsets.length ? this.offsets[n] : 0;
      this.text(at === 0 ? '0000000000 00000 f \n' : `${String(at).padStart(10, '0')} 00000 n \n`);
    }
    const { Root, Info } = ctx.trailerInfo;
    this.text(`trailer\n<< /Size ${size} /Root ${String(Root)}${Info ? ` /Info ${String(Info)}` : ''} >>\n`);
    this.text(`startxref\n${xrefAt}\n%%EOF\n`);
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const b of [...this.blocks, this.block.subarray(0, this.used)]) {
      out.set(b, at);
      at += b.length;
    }
    this.blocks.length = 0;
    return out;
  }
}
