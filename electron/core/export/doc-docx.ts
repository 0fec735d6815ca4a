// A report document (shared/report/document.ts) as DOCX built on Word's own styles, not direct formatting, so an
// editor's template can restyle it: Title and Subtitle, Heading 1–3, Caption (with a SEQ field per figure), a table
// style («Tiltakstabell»: borders, a bold shaded header row that repeats on every page) and paragraph styles for table
// text and totals. The document's language is set (nb-NO or en-GB). Figures are SVG with a PNG fallback drawn with
// their text, so Word and LibreOffice both show them. Only assessment cells carry their own shading and pattern.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  SimpleField,
  TextRun,
} from 'docx';
import { docLayout } from '../../../shared/report/doc-layout.ts';
import {
  figureLabel,
  figureWord,
  type DocBlock,
  type DocFigure,
  type DocModel,
  type DocTable,
} from '../../../shared/report/document.ts';
import { labels } from '../../../shared/i18n/index.ts';
import { spliceTables, tableMarker, tableXml } from './docx-tables.ts';
import { a4Page, A4_LONG, A4_SHORT, documentRun, MARGIN } from './docx.ts';
import { xmlSafe } from './neutralise.ts';

export const TABLE_STYLE_ID = 'Tiltakstabell';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The table style, written as WordprocessingML: the only way to carry conditional header formatting. */
const TABLE_STYLE_XML =
  `<w:style w:type="table" w:customStyle="1" w:styleId="${TABLE_STYLE_ID}">` +
  `<w:name w:val="${TABLE_STYLE_ID}"/><w:uiPriority w:val="59"/><w:qFormat/>` +
  '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>' +
  '<w:tblPr><w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="8C9AA8"/>`)
    .join('') +
  '</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/>' +
  '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>' +
  '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tblPr/>' +
  '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E8EEF4"/></w:tcPr></w:tblStylePr>' +
  '</w:style>';

function runs(text: string): TextRun[] {
  return xmlSafe(text)
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }));
}

function figure(f: DocFigure, png: Buffer, contentTwips: number, lang: DocModel['lang']): Paragraph[] {
  const width = Math.min(f.width, Math.floor(contentTwips / 15));
  return [
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: 'svg',
          data: Buffer.from(f.svg, 'utf8'),
          fallback: { type: 'png', data: png },
          transformation: { width, height: Math.round((f.height * width) / f.width) },
          altText: { name: figureLabel(lang, f.number), title: f.caption, description: f.description },
        }),
      ],
    }),
    new Paragraph({
      style: 'Caption',
      children: [
        new TextRun(`${figureWord(lang)} `),
        new SimpleField(`SEQ ${figureWord(lang)} \\* ARABIC`, String(f.number)),
        new TextRun(`: ${xmlSafe(f.caption)}`),
      ],
    }),
    new Paragraph({ style: 'FigureText', children: runs(`${f.description}.`) }),
  ];
}

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function blockParagraphs(
  b: DocBlock,
  doc: DocModel,
  next: () => number,
  pngs: Map<number, Buffer>,
  contentTwips: number,
): Paragraph[] {
  switch (b.kind) {
    case 'title':
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, children: runs(b.text) }),
        ...(b.subtitle ? [new Paragraph({ style: 'Subtitle', children: runs(b.subtitle) })] : []),
      ];
    case 'facts':
      return b.rows.map(
        (r) =>
          new Paragraph({
            style: 'Fact',
            children: [
              new TextRun({ text: `${xmlSafe(r.label)}: `, style: 'FactLabel' }),
              new TextRun({ text: xmlSafe(r.value), style: r.emphasis ? 'Warning' : undefined }),
            ],
          }),
      );
    case 'heading':
      return [new Paragraph({ heading: HEADING[b.level], pageBreakBefore: b.pageBreakBefore, children: runs(b.text) })];
    case 'paragraph':
      return [new Paragraph({ style: b.note ? 'Note' : undefined, children: runs(b.text) })];
    case 'table':
      // A marker the table's own XML replaces once the document is packed (docx-tables.ts).
      return [
        new Paragraph({ style: 'TableText', children: [new TextRun(tableMarker(next()))] }),
        new Paragraph({ style: 'AfterTable', children: [] }),
      ];
    case 'figure':
      return figure(b, pngs.get(b.number)!, contentTwips, doc.lang);
  }
}

/** `pngs`: each figure's PNG fallback by its number (drawn by the caller from the figure's SVG). */
export async function documentDocx(doc: DocModel, pngs: Map<number, Buffer>): Promise<Uint8Array> {
  const L = labels(doc.lang);
  const layout = docLayout(doc);
  const contentTwips = (doc.landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN;
  const tables = doc.blocks.filter((b): b is DocTable => b.kind === 'table');
  let t = 0;
  const next = () => t++;
  const children = doc.blocks.flatMap((b) => blockParagraphs(b, doc, next, pngs, contentTwips));
  const tableSize = Math.round(layout.fontPt * 2);
  const word = new Document({
    creator: 'Tiltaksporteføljen',
    title: doc.title,
    description: doc.footer,
    // The table style as an external style sheet of its own: docx's own defaults (Normal, Title, Heading 1–3, Caption)
    // are kept beside it, and the styles below replace theirs by id.
    externalStyles: `<w:styles xmlns:w="${W_NS}">${TABLE_STYLE_XML}</w:styles>`,
    styles: {
      default: {
        document: {
          run: documentRun(L.locale),
          paragraph: { spacing: { after: 120 } },
        },
        title: { run: { size: 44, color: '1F3864' }, paragraph: { spacing: { after: 120 } } },
        heading1: {
          run: { size: 32, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { size: 26, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
        },
        heading3: {
          run: { size: 22, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 200, after: 60 }, keepNext: true },
        },
        caption: {
          run: { italics: true, size: 18, color: '1F3864' },
          paragraph: { spacing: { before: 60, after: 120 } },
        },
      },
      paragraphStyles: [
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 30, color: '44546A' },
          paragraph: { spacing: { after: 360 } },
        },
        { id: 'Fact', name: 'Fact', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 80 } } },
        { id: 'Note', name: 'Note', basedOn: 'Normal', quickFormat: true, run: { italics: true } },
        {
          id: 'FigureText',
          name: 'Figure Text',
          basedOn: 'Normal',
          run: { italics: true, size: 18 },
          paragraph: { spacing: { after: 240 } },
        },
        {
          id: 'TableText',
          name: 'Table Text',
          basedOn: 'Normal',
          quickFormat: true,
          run: { size: tableSize },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
        { id: 'TableTotal', name: 'Table Total', basedOn: 'TableText', quickFormat: true, run: { bold: true } },
        {
          id: 'TableTextNumber',
          name: 'Table Number',
          basedOn: 'TableText',
          paragraph: { alignment: AlignmentType.RIGHT },
        },
        {
          id: 'TableTotalNumber',
          name: 'Table Total Number',
          basedOn: 'TableTotal',
          paragraph: { alignment: AlignmentType.RIGHT },
        },
        { id: 'Footer', name: 'footer', basedOn: 'Normal', run: { size: 16 }, paragraph: { spacing: { after: 0 } } },
        {
          id: 'AfterTable',
          name: 'After Table',
          basedOn: 'Normal',
          run: { size: 8 },
          paragraph: { spacing: { before: 0, after: 120 } },
        },
      ],
      characterStyles: [
        { id: 'FactLabel', name: 'Fact Label', basedOn: 'DefaultParagraphFont', run: { bold: true } },
        { id: 'Warning', name: 'Warning', basedOn: 'DefaultParagraphFont', run: { bold: true, color: '9C2B00' } },
      ],
    },
    sections: [
      {
        properties: { page: a4Page(doc.landscape) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: 'Footer',
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun(`${xmlSafe(doc.footer)} · `),
                  new TextRun({ text: doc.datasetLabel, style: doc.dataset === 'example' ? 'Warning' : undefined }),
                  new TextRun({
                    children: [` · ${L.page} `, PageNumber.CURRENT, ` ${L.of} `, PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  const xml = tables.map((table, i) =>
    tableXml(
      table,
      layout.widthsPt[i].map((pt) => Math.floor(pt * 20)),
      TABLE_STYLE_ID,
    ),
  );
  return spliceTables(new Uint8Array(await Packer.toBuffer(word)), xml);
}
