// The first look at a returned file, before any XML parser sees it: what kind of file it is, and whether the zip
// is what it claims to be. The central directory's declared sizes and entry count are checked before anything is
// inflated; every entry is then inflated with its declared size as the cap (a zip lying about its sizes is
// refused), and every XML part is refused if it declares a DOCTYPE or entities. Runs inside the parse worker.
import { inflateRawSync } from 'node:zlib';

/** A file refused, with the one sentence the user sees. */
export class RefusedFile extends Error {}

export const LIMITS = {
  entries: 300,
  worksheets: 20,
  /** Uncompressed, per entry and in all. */
  entryBytes: 24 * 1024 * 1024,
  totalBytes: 48 * 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const ASK_FOR_XLSX = 'Lagre svaret som Excel-arbeidsbok (.xlsx) og les det inn på nytt.';
const NOT_OUR_FORM = 'Bruk skjemaet fra innspillsrunden, fylt ut og lagret som .xlsx.';

/** The zip's worksheet parts (xl/worksheets/sheetN.xml), by name. */
export function worksheetParts(names: Iterable<string>): string[] {
  return [...names].filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
}

function kindOf(buf: Buffer): 'zip' | 'ole' | 'text' | 'other' {
  if (buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50) return 'zip';
  if (buf.length >= 8 && buf.subarray(0, 8).equals(Buffer.from('d0cf11e0a1b11ae1', 'hex'))) return 'ole';
  const head = buf.subarray(0, 4096);
  // Text (CSV, TSV, HTML saved as .xls): no NUL bytes and mostly printable.
  if (head.length > 0 && !head.includes(0)) return 'text';
  return 'other';
}

function listEntries(buf: Buffer): ZipEntry[] {
  const from = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--)
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new RefusedFile('Filen er ikke en hel Excel-arbeidsbok (den kan være avkortet). ' + ASK_FOR_XLSX);
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff)
    throw new RefusedFile('Filen er for stor til å være et utfylt skjema (ZIP64). ' + NOT_OUR_FORM);
  if (count > LIMITS.entries)
    throw new RefusedFile(`Filen har ${count} deler; et utfylt skjema har under ${LIMITS.entries}. ${NOT_OUR_FORM}`);
  if (cdOffset + cdSize > eocd) throw new RefusedFile('Filen er skadet (innholdsfortegnelsen stemmer ikke).');
  const entries: ZipEntry[] = [];
  let total = 0;
  for (let p = cdOffset, i = 0; i < count; i++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== 0x02014b50)
      throw new RefusedFile('Filen er skadet (innholdsfortegnelsen stemmer ikke).');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (flags & 1) throw new RefusedFile('Filen er passordbeskyttet. Fjern passordet, lagre som .xlsx og prøv igjen.');
    if (method !== 0 && method !== 8)
      throw new RefusedFile('Filen er pakket på en måte Excel ikke bruker. ' + NOT_OUR_FORM);
    if (size > LIMITS.entryBytes || compressedSize > LIMITS.entryBytes)
      throw new RefusedFile(
        `Filen har en del på ${Math.round(size / 1024 / 1024)} MB utpakket (for eksempel en svært lang tekst); ` +
          `et utfylt skjema har ingen del over ${LIMITS.entryBytes / 1024 / 1024} MB.`,
      );
    total += size;
    if (total > LIMITS.totalBytes)
      throw new RefusedFile(
        `Filen blir over ${LIMITS.totalBytes / 1024 / 1024} MB utpakket, mer enn et utfylt skjema kan bli ` +
          '(den kan være en «zip-bombe»).',
      );
    entries.push({ name, method, compressedSize, size, localOffset });
  }
  return entries;
}

function inflateEntry(buf: Buffer, e: ZipEntry): Buffer {
  const p = e.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50)
    throw new RefusedFile('Filen er skadet (en del mangler).');
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (data.length !== e.compressedSize) throw new RefusedFile('Filen er skadet (en del er avkortet).');
  let out: Buffer;
  try {
    // The declared size is the cap: a part that inflates to more than it claims is refused before it can.
    out = e.method === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
  } catch {
    throw new RefusedFile(`Filen er skadet eller lyver om størrelsen på delen «${e.name}», og er ikke lest inn.`);
  }
  if (out.length !== e.size)
    throw new RefusedFile(`Filen lyver om størrelsen på delen «${e.name}», og er ikke lest inn.`);
  return out;
}

/** Checks the file; returns its entries (names) when it may be parsed as a workbook. Throws RefusedFile. */
export function checkWorkbookFile(buf: Buffer): ZipEntry[] {
  const kind = kindOf(buf);
  if (kind === 'ole')
    throw new RefusedFile(
      'Filen er i det gamle Excel-formatet (.xls) eller passordbeskyttet. Lagre den som Excel-arbeidsbok ' +
        '(.xlsx) uten passord og les den inn på nytt.',
    );
  if (kind === 'text')
    throw new RefusedFile('Filen er tekst (for eksempel CSV), ikke en Excel-arbeidsbok. ' + ASK_FOR_XLSX);
  if (kind !== 'zip') throw new RefusedFile('Filen er ikke en Excel-arbeidsbok (.xlsx). ' + ASK_FOR_XLSX);
  const entries = listEntries(buf);
  const names = new Set(entries.map((e) => e.name));
  if (names.has('word/document.xml'))
    throw new RefusedFile('Filen er et Word-dokument, ikke en Excel-arbeidsbok. ' + NOT_OUR_FORM);
  if (!names.has('xl/workbook.xml') || !names.has('[Content_Types].xml'))
    throw new RefusedFile('Filen er ikke en Excel-arbeidsbok (.xlsx). ' + NOT_OUR_FORM);
  if ([...names].some((n) => /vbaProject\.bin$/i.test(n) || /^xl\/activeX\//i.test(n)))
    throw new RefusedFile(
      'Filen inneholder makroer (.xlsm). Lagre den som vanlig Excel-arbeidsbok (.xlsx) uten makroer og prøv igjen.',
    );
  if ([...names].some((n) => n.startsWith('xl/externalLinks/')))
    throw new RefusedFile(
      'Filen har koblinger til andre arbeidsbøker. Lim inn verdiene i stedet for koblingene, lagre og prøv igjen.',
    );
  const sheets = worksheetParts(names).length;
  if (sheets > LIMITS.worksheets)
    throw new RefusedFile(`Filen har ${sheets} regneark; skjemaet har tre. ${NOT_OUR_FORM}`);
  for (const e of entries) {
    if (e.name.includes('..') || e.name.startsWith('/') || e.name.includes('\\'))
      throw new RefusedFile('Filen har ugyldige navn på delene sine. ' + NOT_OUR_FORM);
    const bytes = inflateEntry(buf, e);
    if (/\.(xml|rels|vml)$/i.test(e.name) || e.name === '[Content_Types].xml') {
      if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
        throw new RefusedFile('Filen har deler i en tegnkoding Excel ikke skriver (UTF-16). ' + NOT_OUR_FORM);
      if (/<!(DOCTYPE|ENTITY)/i.test(bytes.toString('latin1')))
        throw new RefusedFile(
          `Filen er ikke lest inn: delen «${e.name}» har en DOCTYPE-erklæring, som Excel aldri skriver ` +
            '(den kan være laget for å angripe programmet).',
        );
      if (/macroEnabled/i.test(e.name === '[Content_Types].xml' ? bytes.toString('utf8') : ''))
        throw new RefusedFile(
          'Filen er en arbeidsbok med makroer (.xlsm). Lagre den som vanlig Excel-arbeidsbok (.xlsx) og prøv igjen.',
        );
    }
  }
  return entries;
}
