// The 2025 report pack as the tests read it: the example portfolio with 2025 closed and a correction made after, the
// pack exported through the API, and its Word document read back as raw WordprocessingML (an independent reader).
import JSZip from 'jszip';
import type { ExportedFile } from '../../shared/api/reports.contract.ts';
import { chromiumPdfRenderer } from '../../electron/core/export/pdf-chromium.ts';
import { call } from './api.ts';
import { memoryPortfolio, type TestPortfolio } from './portfolio.ts';

// In the vocabulary's order: «Ingen status registrert» first (shared/domain/vocabulary.ts).
export const STATUS_NB = ['Ingen status registrert', 'Ikke startet', 'Pågår', 'Fullført', 'Avbrutt', 'Videreført'];
export const CODES = [null, 'ikke-startet', 'pagar', 'fullfort', 'avbrutt', 'viderefort'];

export interface Word {
  styles: string;
  xml: string;
  /** Paragraphs outside tables with their style. */
  paragraphs: { style: string | null; text: string }[];
  /** Tables as rows of cell texts, with their style id. */
  tables: { style: string | null; rows: string[][] }[];
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
export const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
    .map((m) => (m[1] === undefined ? '\n' : decode(m[1])))
    .join('');

export async function readWord(bytes: Uint8Array): Promise<Word> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => ({
    style: /<w:tblStyle w:val="([^"]+)"/.exec(t[1])?.[1] ?? null,
    rows: [...t[1].matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => textOf(c[1])),
    ),
  }));
  const outside = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...outside.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((p) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p[1])?.[1] ?? null,
    text: textOf(p[1]),
  }));
  return { styles, xml, paragraphs, tables };
}

/** The measure given a correction after closing (as corrected it differs from what was reported). */
export const CORRECTED = 7;

/** The example portfolio with 2025 closed, then a correction dated on the year's last day. */
export async function packPortfolio(): Promise<TestPortfolio> {
  const p = memoryPortfolio({ example: true, user: 'Kari Koordinator' });
  await call(p, 'periods:close', { period: '2025' });
  await call(p, 'status:record', {
    measureId: CORRECTED,
    status: 'avbrutt',
    assessment: 'rod',
    comment: 'Stanset av departementet',
    effectiveDate: '2025-12-31',
    correctionReason: 'Meldt etter lukking',
  });
  return p;
}

/** The 2025 pack of `p` in `format`, with the document options given. */
export async function exportPackOf(
  p: TestPortfolio,
  format: 'docx' | 'pdf' | 'xlsx',
  document: Record<string, unknown>,
): Promise<Uint8Array> {
  p.pdf = chromiumPdfRenderer();
  const file = await call<ExportedFile>(p, 'documents:export', {
    document: { kind: 'pack', period: '2025', ...document },
    format,
  });
  return new Uint8Array(Buffer.from(file.base64, 'base64'));
}
