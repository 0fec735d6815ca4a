// Writes a PDF's objects out as soon as they are final, so a joined document of hundreds of pages never holds its
// whole structure tree as objects (pdf-lib keeps about 250 MB of objects for a 30 MB tagged PDF of 828 pages; as
// bytes it is the 30 MB). The file is plain PDF 1.7: header, objects, one cross-reference table, trailer.
import { PDFObject, type PDFContext } from 'pdf-lib';

/** An object's number in the file being written. */
export interface ObjectNumber {
  objectNumber: number;
  generationNumber: number;
}

/**
 * A reference to an object written (or to be written) here. Not a pdf-lib PDFRef: pdf-lib keeps every PDFRef it
 * ever made in a pool for the life of the process (160 000 for a joined 10 000-row table).
 */
export class WrittenRef extends PDFObject implements ObjectNumber {
  readonly objectNumber: number;
  readonly generationNumber = 0;
  constructor(objectNumber: number) {
    super();
    this.objectNumber = objectNumber;
  }
  /** A new number in `ctx`, taken as pdf-lib's nextRef would. */
  static next(ctx: PDFContext): WrittenRef {
    ctx.largestObjectNumber += 1;
    return new WrittenRef(ctx.largestObjectNumber);
  }
  override clone(): WrittenRef {
    return this;
  }
  override toString(): string {
    return `${this.objectNumber} 0 R`;
  }
  override sizeInBytes(): number {
    return this.toString().length;
  }
  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    const s = this.toString();
    for (let i = 0; i < s.length; i++) buffer[offset + i] = s.charCodeAt(i);
    return s.length;
  }
}

export class PdfObjectWriter {
  // One buffer for the whole file, grown by half when full (not an array per object: a large document has 160 000
  // objects), and sized ahead when the caller can tell (`reserve`): the file is then never copied at the end, when
  // the process holds the most.
  private buffer = new Uint8Array(1 << 20);
  private length = 0;
  /** Each object's offset in the file, by object number (0: not written); grown as the numbers grow. */
  private offsets = new Float64Array(1 << 16);

  constructor() {
    this.text('%PDF-1.7\n%');
    // The binary comment tells transfer programs the file is binary (as every PDF writer does).
    this.bytes(Uint8Array.of(0xe2, 0xe3, 0xcf, 0xd3, 0x0a));
  }

  /** Makes room for a file of about `bytes` in all. */
  reserve(bytes: number): void {
    if (bytes <= this.buffer.length) return;
    const grown = new Uint8Array(bytes);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  private room(size: number): void {
    if (this.length + size > this.buffer.length)
      this.reserve(Math.max(Math.ceil(this.buffer.length * 1.5), this.length + size));
  }

  private text(s: string): void {
    this.room(s.length);
    for (let i = 0; i < s.length; i++) this.buffer[this.length++] = s.charCodeAt(i);
  }

  private bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buffer.set(b, this.length);
    this.length += b.length;
  }

  write(ref: ObjectNumber, obj: PDFObject): void {
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
    this.length += obj.copyBytesInto(this.buffer, this.length);
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
    return this.buffer.subarray(0, this.length);
  }
}
