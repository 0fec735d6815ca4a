// DOCX for the situation report: title, as-of date, dataset kind, a heading per group and a real Word
// table per group whose header row repeats on every page. Text goes in as text runs: nothing is markup. The tables
// are written as XML beside the docx library (docx-status-table.ts), so 10 000 rows fit in bounded memory.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  SimpleField,
  TableCell,
  TextRun,
  WidthType,
} from 'docx';
import { formatDateIn, formatDateTimeIn, labels, titleAsOf, type Lang } from '../../../shared/i18n/index.ts';
import { cellText, datasetText, groupByText } from '../../../shared/report/cells.ts';
import { columnLabel } from '../../../shared/report/columns.ts';
import { reportLayout, type ReportLayout } from '../../../shared/report/layout.ts';
import type { ReportGroup, ReportModel, ReportRow } from '../../../shared/report/model.ts';
import type { ChartImage } from './status-chart.ts';
import { statusTableXml } from './docx-status-table.ts';
import { spliceTables, tableMarker } from './docx-tables.ts';
import { xmlSafe } from './neutralise.ts';

// A4 in twips, 2 cm margins (the page layout.ts measures the columns for).
export const A4_SHORT = 11906;
export const A4_LONG = 16838;
export const MARGIN = 1134;

/** The text every Word export is set in, in its language (nb-NO or en-GB), so Word checks spelling in the right one. */
export const documentRun = (locale: string) => ({ font: 'Calibri', size: 22, language: { value: locale } });

/** An A4 section's page: portrait or landscape, 2 cm margins (every Word export uses it). */
export function a4Page(landscape: boolean) {
  return {
    size: {
      width: A4_SHORT,
      height: A4_LONG,
      orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
  };
}
const ASSESSMENT_SHADE: Partial<Record<string, string>> = { gronn: 'D9F2DF', gul: 'FFF2C2', rod: 'F9D6D5' };
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '8C9AA8' };
// Borders and cell margins are set once per table (tblBorders, tblCellMar), not on each of 100 000 cells:
// the same look, and a tenth of the objects the docx library builds and serialises at 10 000 measures.
export const TABLE_BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};
export const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 }; // twips: 4 pt left and right (CELL_PAD_PT)

export function cell(
  text: string,
  width: number,
  size: number,
  opts: { bold?: boolean; shade?: string } = {},
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: opts.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.shade } : undefined,
    children: xmlSafe(text)
      .split(/\r?\n/)
      .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: opts.bold, size })] })),
  });
}

/**
 * One group's table, with the column widths and text size measured from the report's content (layout.ts), as
 * WordprocessingML (docx-status-table.ts): the same table the docx library wrote, without its objects per cell.
 */
function groupTable(model: ReportModel, group: ReportGroup, layout: ReportLayout): Buffer[] {
  const cols = layout.columns;
  return statusTableXml({
    widths: layout.widthsPt.map((pt) => Math.floor(pt * 20)), // points → twips
    size: Math.round(layout.fontPt * 2), // half-points
    border: { size: BORDER.size, color: BORDER.color },
    margins: CELL_MARGINS,
    header: cols.map((c) => ({
      text: columnLabel(c, model.budgetYear, model.partHeading, model.lang),
      shade: 'E8EEF4',
    })),
    rows: (function* () {
      for (const r of group.rows as ReportRow[])
        yield cols.map((c) => ({
          text: cellText(r, c, model.lang),
          shade: c === 'assessment' ? ASSESSMENT_SHADE[r.assessment] : undefined,
        }));
    })(),
  });
}

export function line(label: string, value: string, color?: string): Paragraph {
  return new Paragraph({
    spacing: { after: 60 },
    children: [
      new TextRun({ text: `${label}: `, bold: true }),
      new TextRun({ text: xmlSafe(value), bold: Boolean(color), color }),
    ],
  });
}

/**
 * The chart (SVG, with a PNG fallback that carries the same lettering), a numbered caption under it in Word's own
 * Caption style («Figur 1: …», a SEQ field written with its number so Word does not ask to update fields), and the
 * numbers in words for readers who cannot see the picture.
 */
function chartParagraphs(chart: ChartImage, figure: number, contentWidth: number, lang: Lang): Paragraph[] {
  const L = labels(lang);
  const width = Math.min(chart.width, Math.floor(contentWidth / 15)); // twips → px at 96 dpi
  return [
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: 'svg',
          data: chart.svg,
          fallback: { type: 'png', data: chart.png },
          transformation: { width, height: Math.round((chart.height * width) / chart.width) },
          altText: { name: L.statusTable.chartName, title: chart.title, description: chart.description },
        }),
      ],
    }),
    new Paragraph({
      style: 'Caption',
      keepNext: true,
      children: [
        new TextRun(`${L.figure} `),
        new SimpleField(`SEQ ${L.figure} \\* ARABIC`, String(figure)),
        new TextRun(`: ${xmlSafe(chart.title)}`),
      ],
    }),
    new Paragraph({
      spacing: { after: 160 },
      children: [new TextRun({ text: `${chart.description}.`, size: 18, italics: true })],
    }),
  ];
}

export async function reportDocx(model: ReportModel, charts: Map<string, ChartImage> = new Map()): Promise<Uint8Array> {
  const contentWidth = (model.landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN;
  const layout = reportLayout(model);
  const lang = model.lang;
  const L = labels(lang);
  const T = L.statusTable;
  const tables: Buffer[][] = [];
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
    line(L.asOf, formatDateIn(model.asOf, lang)),
    line(L.dataset, datasetText(model.dataset, lang), model.dataset === 'example' ? '9C2B00' : undefined),
    line(T.groupedBy, groupByText(model.groupBy, model.partHeading, lang)),
    line(L.madeAt, formatDateTimeIn(model.generatedAt, lang)),
    new Paragraph({
      spacing: { after: 200 },
      children: [
        new TextRun({
          text: T.shows(formatDateIn(model.asOf, lang)),
          italics: true,
        }),
      ],
    }),
    // A plan that had not started by the as-of date: left out, and said so.
    ...model.notStarted.map(
      (p) => new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: xmlSafe(p.note), bold: true })] }),
    ),
  ];
  let figure = 0;
  for (const plan of model.plans) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: plan !== model.plans[0],
        children: [new TextRun(xmlSafe(plan.title))],
      }),
    );
    const chart = charts.get(plan.code);
    if (chart) {
      figure += 1;
      children.push(...chartParagraphs(chart, figure, contentWidth, lang));
    }
    if (plan.groups.length === 0)
      children.push(new Paragraph({ children: [new TextRun({ text: T.noMeasures, italics: true })] }));
    for (const group of plan.groups) {
      children.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          keepNext: true,
          spacing: { before: 280, after: 100 },
          children: [new TextRun(xmlSafe(group.heading))],
        }),
      );
      // A marker the table's own XML replaces once the document is packed.
      children.push(new Paragraph({ children: [new TextRun(tableMarker(tables.length))] }));
      tables.push(groupTable(model, group, layout));
    }
  }
  const doc = new Document({
    creator: 'Tiltaksporteføljen',
    title: titleAsOf(model),
    styles: { default: { document: { run: documentRun(L.locale) } } },
    sections: [
      {
        properties: { page: a4Page(model.landscape) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    size: 16,
                    children: [
                      `${datasetText(model.dataset, lang)} · ${L.perDate(formatDateIn(model.asOf, lang))} · ` +
                        `${L.page.toLowerCase()} `,
                      PageNumber.CURRENT,
                      ` ${L.of} `,
                      PageNumber.TOTAL_PAGES,
                    ],
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
  return spliceTables(new Uint8Array(await Packer.toBuffer(doc)), tables);
}
