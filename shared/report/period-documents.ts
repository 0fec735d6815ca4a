// The period views as documents, for XLSX, DOCX and PDF: the status grid (measures × periods), two periods compared,
// and one period «as reported» beside «as corrected».
import type { PeriodComparison, PeriodStatus, PeriodView, StatusGrid } from '../api/periods.contract.ts';
import type { Plan } from '../domain/types.ts';
import type { DatasetKind } from '../domain/vocabulary.ts';
import {
  assessmentLabel,
  formatIntegerIn,
  formatNokIn,
  labels,
  planNameIn,
  statusLabel,
  type Lang,
} from '../i18n/index.ts';
import {
  closedCell,
  correctionReasons,
  numberCell,
  stateCell,
  statusAndDate,
  text,
  titleText,
  withDate,
} from './doc-cells.ts';
import type { DocBlock, DocCell, DocColumn, DocModel } from './document.ts';
import { sourceColumn, sourceText } from './sources.ts';

interface Frame {
  lang: Lang;
  dataset: DatasetKind;
  generatedAt: string;
  plans: Plan[];
}

function doc(frame: Frame, title: string, fileStem: string, blocks: DocBlock[], landscape = true): DocModel {
  const L = labels(frame.lang);
  const dataset = frame.dataset === 'example' ? L.exampleData : L.realData;
  return {
    lang: frame.lang,
    title,
    footer: title,
    dataset: frame.dataset,
    datasetLabel: dataset,
    landscape,
    fileStem,
    generatedAt: frame.generatedAt,
    blocks: [
      { kind: 'title', text: title },
      {
        kind: 'facts',
        rows: [{ label: L.dataset, value: dataset, emphasis: frame.dataset === 'example' }],
      },
      ...blocks,
    ],
  };
}

const shortName = (frame: Frame, code: string) =>
  planNameIn(frame.plans.find((p) => p.code === code)?.shortName ?? code, frame.lang);

export function gridDocument(grid: StatusGrid, frame: Frame): DocModel {
  const L = labels(frame.lang);
  const first = grid.periods[0]?.key ?? '';
  const last = grid.periods.at(-1)?.key ?? '';
  return doc(frame, L.gridTitle, `status-per-periode-${first}-${last}`, [
    { kind: 'paragraph', text: L.gridLead, note: true },
    // As reported, each column says what it is: a closing's report, as known at a later closing, or as recorded now.
    ...(grid.basis === 'reported'
      ? grid.periods.map((p): DocBlock => ({
          kind: 'paragraph',
          text: `${sourceText(p.label, p.source, frame.lang)}.`,
          note: true,
        }))
      : []),
    {
      kind: 'table',
      caption: L.gridTitle,
      sheet: {
        name: L.sheets.grid,
        title: L.sheets.gridTitle(grid.periods[0]?.label ?? '', grid.periods.at(-1)?.label ?? ''),
      },
      columns: [
        { label: L.colPlan, kind: 'text' },
        { label: L.colNumber, kind: 'code' },
        { label: L.colMeasure, kind: 'text', wide: true },
        // Words in a cell never break («Videreført · Grønn» may wrap between its words).
        ...grid.periods.map((p) => ({ label: p.label, kind: 'code' as const })),
      ],
      rows: grid.rows.map((r) => ({
        cells: [
          text(shortName(frame, r.planCode)),
          numberCell(r.number),
          text(titleText(r, frame.lang)),
          ...r.cells.map((c): DocCell => (c ? stateCell(c, frame.lang) : text(L.notStartedYet))),
        ],
      })),
    },
    ...gridCorrections(grid, frame),
  ]);
}

/** Every cell marked «korrigert etter lukking», with its reason: a reader of the grid finds why under it. */
function gridCorrections(grid: StatusGrid, frame: Frame): DocBlock[] {
  const L = labels(frame.lang);
  const marked = grid.rows.flatMap((r) =>
    r.cells.flatMap((c, i) => (c?.corrected ? [{ row: r, cell: c, period: grid.periods[i].label }] : [])),
  );
  if (marked.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: L.corrections },
    { kind: 'paragraph', text: L.gridCorrectionsLead(marked.length) },
    {
      kind: 'table',
      caption: L.corrections,
      sheet: { name: L.sheets.corrections, title: L.corrections },
      columns: [
        { label: L.colPlan, kind: 'text' },
        { label: L.colNumber, kind: 'code' },
        { label: L.colMeasure, kind: 'text', wide: true },
        { label: L.colPeriod, kind: 'code' },
        { label: L.colStatus, kind: 'text' },
        { label: L.colReason, kind: 'text', wide: true },
      ],
      rows: marked.map(({ row, cell, period }) => ({
        cells: [
          text(shortName(frame, row.planCode)),
          numberCell(row.number),
          text(titleText(row, frame.lang)),
          text(period),
          stateCell({ ...cell, corrected: false }, frame.lang),
          text(cell.reason ?? ''),
        ],
      })),
    },
  ];
}

/**
 * A period's side of a comparison: status and assessment, the comment, the amount allocated, in one cell; in the
 * workbook three (`comparedColumns`), the amount as an amount.
 */
function compared(s: (PeriodStatus & { allocatedNok: number | null }) | null, lang: Lang): DocCell {
  if (!s) return text(labels(lang).notStartedYet);
  const status =
    s.status === null
      ? statusLabel(null, lang)
      : `${statusLabel(s.status, lang)} · ${assessmentLabel(s.assessment, lang, true)}`;
  const nok = formatNokIn(s.allocatedNok, lang);
  const budget = s.allocatedNok === null ? '' : `\n${labels(lang).colAllocated}: ${nok}`;
  return {
    text: `${status}${s.comment ? `\n«${s.comment}»` : ''}${budget}`,
    split: [
      text(status),
      text(s.comment),
      s.allocatedNok === null ? text('') : { text: nok, value: s.allocatedNok, unit: 'nok' },
    ],
  };
}

/** A period's columns in the workbook: «T2 2025», «T2 2025: kommentar», «T2 2025: bevilget». */
function comparedColumns(period: string, lang: Lang): DocColumn[] {
  const L = labels(lang);
  return [
    { label: period, kind: 'text' },
    { label: L.sheets.periodColumn(period, L.colComment), kind: 'text' },
    { label: L.sheets.periodColumn(period, L.colAllocated), kind: 'number' },
  ];
}

export function compareDocument(c: PeriodComparison, frame: Frame): DocModel {
  const L = labels(frame.lang);
  const n = (v: number) => ({ text: formatIntegerIn(v, frame.lang), value: v });
  const fields = ['status', 'assessment', 'comment', 'budget'] as const;
  const fromLabel = sourceColumn(c.from.label, c.fromSource, frame.lang);
  const toLabel = sourceColumn(c.to.label, c.toSource, frame.lang);
  return doc(frame, L.compareTitle(c.from.label, c.to.label), `endringer-${c.from.key}-${c.to.key}`, [
    { kind: 'paragraph', text: L.compareLead(c.counts.any, c.measures) },
    ...[sourceText(c.from.label, c.fromSource, frame.lang), sourceText(c.to.label, c.toSource, frame.lang)].map(
      (t): DocBlock => ({ kind: 'paragraph', text: `${t}.`, note: true }),
    ),
    { kind: 'heading', level: 2, text: L.compareCounts },
    {
      kind: 'table',
      caption: L.compareCounts,
      sheet: { name: L.sheets.compareCounts, title: L.sheets.compareCountsTitle(c.from.label, c.to.label) },
      columns: [
        { label: L.colField, kind: 'text' },
        { label: L.colTotal, kind: 'number' },
      ],
      rows: [
        ...fields.map((f) => ({ cells: [text(L.fieldNames[f]), n(c.counts[f])] })),
        { cells: [text(L.total), n(c.counts.any)], total: true },
      ],
    },
    { kind: 'heading', level: 2, text: L.compareTitle(c.from.label, c.to.label) },
    {
      kind: 'table',
      caption: L.compareTitle(c.from.label, c.to.label),
      sheet: { name: L.sheets.compareRows, title: L.compareTitle(c.from.label, c.to.label) },
      columns: [
        { label: L.colPlan, kind: 'text' },
        { label: L.colNumber, kind: 'code' },
        { label: L.colMeasure, kind: 'text', wide: true },
        { label: L.colField, kind: 'text' },
        { label: fromLabel, kind: 'text', sheetColumns: comparedColumns(fromLabel, frame.lang) },
        { label: toLabel, kind: 'text', sheetColumns: comparedColumns(toLabel, frame.lang) },
      ],
      rows: c.rows.map((r) => ({
        cells: [
          text(shortName(frame, r.planCode)),
          numberCell(r.number),
          text(titleText(r, frame.lang)),
          text(r.changed.map((f) => L.fieldNames[f]).join(', ')),
          compared(r.from, frame.lang),
          compared(r.to, frame.lang),
        ],
      })),
    },
  ]);
}

export function periodViewDocument(v: PeriodView, frame: Frame, onlyDifferences = false): DocModel {
  const L = labels(frame.lang);
  const rows = v.rows.filter((r) => r.differs);
  const shown = onlyDifferences ? rows : v.rows;
  // Reopened and closed again: a row may show what an earlier closing reported, so each row says which (as the pack).
  const last = v.closing?.at ?? null;
  const earlier = shown.some((r) => r.reportedAt !== null && r.reportedAt !== last);
  return doc(frame, L.periodViewTitle(v.period.label), `korrigert-etter-lukking-${v.period.key}`, [
    { kind: 'paragraph', text: L.correctionsLead(rows.length) },
    ...(earlier ? [{ kind: 'paragraph', text: L.correctionsEarlier } as DocBlock] : []),
    {
      kind: 'table',
      caption: L.periodViewTitle(v.period.label),
      sheet: { name: L.sheets.periodView, title: L.periodViewTitle(v.period.label) },
      columns: [
        { label: L.colPlan, kind: 'text' },
        { label: L.colNumber, kind: 'code' },
        { label: L.colMeasure, kind: 'text', wide: true },
        ...(earlier ? [{ label: L.colClosed, kind: 'code' } as DocColumn] : []),
        { label: L.colReported, kind: 'text', sheetColumns: statusAndDate(L.colReported, L.sheets.reportedDate) },
        { label: L.colCorrected, kind: 'text', sheetColumns: statusAndDate(L.colCorrected, L.sheets.correctedDate) },
        { label: L.colReason, kind: 'text' },
      ],
      rows: shown.map((r) => ({
        cells: [
          text(shortName(frame, r.planCode)),
          numberCell(r.number),
          text(titleText(r, frame.lang)),
          ...(earlier ? [r.reportedAt ? closedCell(r.reportedAt, frame.lang) : text('')] : []),
          r.reported || !v.closing ? withDate(r.reported, frame.lang, '–') : text(L.notInSnapshot),
          withDate(r.corrected, frame.lang, '–'),
          text(correctionReasons(r, frame.lang)),
        ],
      })),
    },
  ]);
}
