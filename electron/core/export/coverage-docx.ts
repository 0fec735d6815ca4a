// The coverage table as DOCX (landscape A4): title, what it shows, the count per coverage class, and one Word table row
// per obligation whose header row repeats on every page. Text goes in as text runs: nothing is markup.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { COVERAGE_TINT } from '../../../shared/charts/palette.ts';
import { formatDateIn, formatDateTimeIn, labels } from '../../../shared/i18n/index.ts';
import {
  coverageCells,
  coverageText,
  coverageWidthsPt,
  datasetLabel,
  explanation,
  plansText,
  summaryRows,
  whenText,
  type CoverageReport,
} from '../../../shared/report/coverage.ts';
import { a4Page, cell, CELL_MARGINS, documentRun, line, TABLE_BORDERS } from './docx.ts';
import { xmlSafe } from './neutralise.ts';

const HEADER_SHADE = 'E8EEF4';

function table(widths: number[], rows: TableRow[]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: TABLE_BORDERS,
    margins: CELL_MARGINS,
    rows,
  });
}

function summaryTable(r: CoverageReport, size: number): Table {
  const widths = [5200, 1800];
  const rows = summaryRows(r).map(
    ([label, n], i, all) =>
      new TableRow({
        children: [
          cell(label, widths[0], size, { bold: i === all.length - 1 }),
          cell(String(n), widths[1], size, { bold: i === all.length - 1 }),
        ],
      }),
  );
  const C = coverageText(r.lang);
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell(C.colCoverage, widths[0], size, { bold: true, shade: HEADER_SHADE }),
      cell(C.colObligations, widths[1], size, { bold: true, shade: HEADER_SHADE }),
    ],
  });
  return table(widths, [header, ...rows]);
}

function coverageTable(r: CoverageReport): Table {
  const layout = coverageWidthsPt(r);
  const widths = layout.widthsPt.map((pt) => Math.floor(pt * 20)); // points → twips
  const size = Math.round(layout.fontPt * 2); // half-points
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: coverageText(r.lang).columns.map((c, i) => cell(c, widths[i], size, { bold: true, shade: HEADER_SHADE })),
  });
  const rows = r.obligations.map(
    (o) =>
      new TableRow({
        cantSplit: true,
        children: coverageCells(o, r).map((lines, i) =>
          cell(lines.join('\n'), widths[i], size, {
            bold: i === 0,
            shade: i === 4 ? COVERAGE_TINT[o.coverage].slice(1) : undefined,
          }),
        ),
      }),
  );
  return table(widths, [header, ...rows]);
}

export async function coverageDocx(r: CoverageReport): Promise<Uint8Array> {
  const L = labels(r.lang);
  const C = L.coverage;
  const when = whenText(r);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`${r.title} ${when}`)] }),
    line(L.asOf, formatDateIn(r.asOf, r.lang)),
    line(L.dataset, datasetLabel(r), r.dataset === 'example' ? '9C2B00' : undefined),
    line(L.plans, plansText(r)),
    line(L.madeAt, formatDateTimeIn(r.generatedAt, r.lang)),
    new Paragraph({
      spacing: { after: 200 },
      children: [new TextRun({ text: xmlSafe(explanation(r)), italics: true })],
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(C.summaryHeading)] }),
    summaryTable(r, 20),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(C.byObligation)] }),
    r.obligations.length === 0
      ? new Paragraph({ children: [new TextRun({ text: C.noObligations, italics: true })] })
      : coverageTable(r),
  ];
  const doc = new Document({
    creator: 'Tiltaksporteføljen',
    title: `${r.title} ${when}`,
    styles: { default: { document: { run: documentRun(L.locale) } } },
    sections: [
      {
        properties: { page: a4Page(true) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    size: 16,
                    children: [
                      `${r.title} ${when} · ${datasetLabel(r)} · ${L.page.toLowerCase()} `,
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
  return new Uint8Array(await Packer.toBuffer(doc));
}
