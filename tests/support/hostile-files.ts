// Hostile answer files for the input rounds' reader, made in the test (no large binaries in the repository): a zip
// writer that may lie about sizes, huge entries deflated piece by piece (never held whole in memory), and our own
// form with a part added or changed.
import { once } from 'node:events';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

export interface RawEntry {
  name: string;
  /** Raw deflate data. */
  data: Buffer;
  crc: number;
  /** The uncompressed size the zip declares (a lie when it differs from the real one). */
  size: number;
}

export function entry(name: string, content: Buffer | string): RawEntry {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, data: deflateRawSync(bytes), crc: crc32(bytes), size: bytes.length };
}

/** `head`, then `unit` repeated `count` times, then `tail`, deflated a megabyte at a time (never held whole). */
export async function repeatedEntry(
  name: string,
  head: string,
  unit: string,
  count: number,
  tail: string,
): Promise<RawEntry> {
  const d = createDeflateRaw({ level: 6 });
  const chunks: Buffer[] = [];
  d.on('data', (c: Buffer) => chunks.push(c));
  const ended = once(d, 'end');
  let crc = 0;
  let size = 0;
  const write = async (b: Buffer) => {
    crc = crc32(b, crc);
    size += b.length;
    if (!d.write(b)) await once(d, 'drain');
  };
  const perChunk = Math.max(1, Math.floor((1 << 20) / unit.length));
  const block = Buffer.from(unit.repeat(perChunk), 'utf8');
  await write(Buffer.from(head, 'utf8'));
  for (let left = count; left > 0; left -= perChunk)
    await write(left >= perChunk ? block : Buffer.from(unit.repeat(left), 'utf8'));
  await write(Buffer.from(tail, 'utf8'));
  d.end();
  await ended;
  return { name, data: Buffer.concat(chunks), crc, size };
}

/** A zip of the entries as given: sizes and CRCs as declared, so a test can make one lie. */
export function writeZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x0800, 6);
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(e.crc >>> 0, 14);
    h.writeUInt32LE(e.data.length, 18);
    h.writeUInt32LE(e.size >>> 0, 22);
    h.writeUInt16LE(name.length, 26);
    locals.push(h, name, e.data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(e.crc >>> 0, 16);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(e.size >>> 0, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** Every entry of a real zip (our form), uncompressed, to rebuild it with parts added or changed. */
export async function entriesOf(zipBytes: Buffer): Promise<RawEntry[]> {
  const zip = await JSZip.loadAsync(zipBytes);
  const out: RawEntry[] = [];
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.push(entry(name, await f.async('nodebuffer')));
  return out;
}
