// The status table's Word tables written straight as WordprocessingML, and put into the DOCX that the docx library made
// (title, headings, charts, footer) in place of a marker paragraph each, as the report documents' tables are
// (docx-tables.ts, whose markers and splicing this shares). The docx library's object model took about
// 1 GB and 12 s for the 10 000 rows of a stress-size file; the XML here is what it wrote for the same table (fixed
// widths, borders and cell margins on the table, a header row that repeats on every page, rows that do not split,
// assessment cells shaded), produced as UTF-8 chunks of a few hundred rows, so no row becomes an object.
import { tableChunks } from './docx-tables.ts';
import { xmlSafe } from './neutralise.ts';

export interface StatusTableCell {
  text: string;
  /** Fill colour (hex, no #), for the header row and assessment cells. */
  shade?: string;
}

export interface StatusTable {
  /** Column widths in twips. */
  widths: number[];
  /** Text size in half-points. */
  size: number;
  border: { size: number; color: string };
  margins: { top: number; bottom: number; left: number; right: number };
  header: StatusTableCell[];
  rows: Iterable<StatusTableCell[]>;
}

const escape = (s: string) => xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function cell(c: StatusTableCell, width: number, size: number, bold: boolean): string {
  const shade = c.shade ? `<w:shd w:fill="${c.shade}" w:color="auto" w:val="clear"/>` : '';
  const rPr = `<w:rPr>${bold ? '<w:b/><w:bCs/>' : ''}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
  const paragraphs = c.text
    .split(/\r?\n/)
    .map((line) => `<w:p><w:r>${rPr}<w:t xml:space="preserve">${escape(line)}</w:t></w:r></w:p>`)
    .join('');
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${shade}</w:tcPr>${paragraphs}</w:tc>`;
}

/** One table's XML as UTF-8 chunks of a few hundred rows: 10 000 rows never become one large string. */
export function statusTableXml(t: StatusTable): Buffer[] {
  const b = `w:val="single" w:color="${t.border.color}" w:sz="${t.border.size}"`;
  const m = t.margins;
  const row = (cells: StatusTableCell[], header: boolean) =>
    `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>` +
    cells.map((c, i) => cell(c, t.widths[i], t.size, header)).join('') +
    '</w:tr>';
  const start =
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${t.widths.reduce((a, w) => a + w, 0)}"/>` +
    `<w:tblBorders><w:top ${b}/><w:left ${b}/><w:bottom ${b}/><w:right ${b}/><w:insideH ${b}/><w:insideV ${b}/>` +
    '</w:tblBorders><w:tblLayout w:type="fixed"/>' +
    `<w:tblCellMar><w:top w:type="dxa" w:w="${m.top}"/><w:left w:type="dxa" w:w="${m.left}"/>` +
    `<w:bottom w:type="dxa" w:w="${m.bottom}"/><w:right w:type="dxa" w:w="${m.right}"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${t.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    row(t.header, true);
  // Rows are made as the chunks are written, never all at once.
  return tableChunks(
    start,
    (function* () {
      for (const cells of t.rows) yield row(cells, false);
    })(),
  );
}
