// The report documents' tables written straight as WordprocessingML and put into the DOCX that the docx library made
// (styles, headings, figures, footer) in place of one marker paragraph each. Measured: docx's object model takes
// 1.7 GB and 15 s for 10 000 table rows (its own status-table export), while a table is a few kilobytes of
// repetitive XML; written as text the whole pack at 10 000 measures stays within its 500 MB and 30 s. The XML is the
// same a Word table of the «Tiltakstabell» style has: fixed column widths, a header row that repeats on every page,
// rows that do not split, text in the table paragraph styles, and assessment cells shaded with their pattern.
import JSZip from 'jszip';
import type { PatternId } from '../../../shared/charts/palette.ts';
import type { DocTable } from '../../../shared/report/document.ts';
import { TONE_STYLE } from '../../../shared/report/tones.ts';
import { xmlSafe } from './neutralise.ts';

/** The text of the paragraph that stands in for table `n` until the tables are put in. */
export const tableMarker = (n: number) => `⟦tabell-${n}⟧`;

const PATTERN_SHADING: Record<PatternId, string> = {
  none: 'clear',
  stripes: 'thinDiagStripe',
  cross: 'thinDiagCross',
  dots: 'pct10',
  grid: 'thinHorzCross',
  hatch: 'thinReverseDiagStripe',
};

function escapeText(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function runs(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line, i) => `<w:r>${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeText(line)}</w:t></w:r>`)
    .join('');
}

function cell(text: string, width: number, style: string, shade: string): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shade}</w:tcPr>` +
    `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${runs(text)}</w:p></w:tc>`
  );
}

/**
 * A table's XML as UTF-8 chunks of a few hundred rows, from its start (`<w:tbl>` … header row) and its rows: 10 000
 * rows never become one large string.
 */
export function tableChunks(start: string, rows: Iterable<string>): Buffer[] {
  const chunks: Buffer[] = [];
  let out: string[] = [start];
  for (const row of rows) {
    out.push(row);
    if (out.length >= 200) {
      chunks.push(Buffer.from(out.join(''), 'utf8'));
      out = [];
    }
  }
  out.push('</w:tbl>');
  chunks.push(Buffer.from(out.join(''), 'utf8'));
  return chunks;
}

/** A report table's XML, in chunks (tableChunks). */
export function tableXml(t: DocTable, widths: number[], styleId: string): Buffer[] {
  const style = (i: number, total = false) =>
    (total ? 'TableTotal' : 'TableText') + (t.columns[i].kind === 'number' ? 'Number' : '');
  const start =
    `<w:tbl><w:tblPr><w:tblStyle w:val="${styleId}"/>` +
    `<w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>` +
    '<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" ' +
    'w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>' +
    widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('') +
    '</w:tblGrid>' +
    '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' +
    t.columns.map((c, i) => cell(c.label, widths[i], style(i), '')).join('') +
    '</w:tr>';
  function* rows() {
    for (const r of t.rows) {
      let row = '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
      r.cells.forEach((c, i) => {
        const tone = c.tone ? TONE_STYLE[c.tone] : undefined;
        const shade = tone
          ? `<w:shd w:val="${PATTERN_SHADING[tone.pattern]}" w:color="${tone.mark}" w:fill="${tone.fill}"/>`
          : '';
        row += cell(c.text, widths[i], style(i, r.total), shade);
      });
      yield `${row}</w:tr>`;
    }
  }
  return tableChunks(start, rows());
}

/** Puts each table in place of its marker paragraph in word/document.xml. */
export async function spliceTables(docx: Uint8Array, tables: Buffer[][]): Promise<Uint8Array> {
  if (tables.length === 0) return docx;
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  const parts: Buffer[] = [];
  let from = 0;
  tables.forEach((table, n) => {
    const at = xml.indexOf(tableMarker(n), from);
    if (at < 0) throw new Error(`table marker ${n} not found`);
    const start = xml.lastIndexOf('<w:p>', at);
    const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
    parts.push(Buffer.from(xml.slice(from, start), 'utf8'), ...table);
    from = end;
  });
  parts.push(Buffer.from(xml.slice(from), 'utf8'));
  zip.file('word/document.xml', Buffer.concat(parts));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
