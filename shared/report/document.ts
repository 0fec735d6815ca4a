// A report document as data: the report pack, the status grid, a period comparison. One model is written to DOCX
// (Word styles), printed to PDF (HTML in Chromium), written to XLSX (one sheet per table) and previewed on the
// Rapporter page, so every format says the same. Every text is final (translated, formatted) when it gets here.
import { labels, type Lang } from '../i18n/index.ts';
import type { DatasetKind } from '../domain/vocabulary.ts';

/** What a cell is about, for its shading and pattern (the text always says it too: never colour alone). */
export type CellTone =
  | 'ikke-startet'
  | 'pagar'
  | 'fullfort'
  | 'avbrutt'
  | 'viderefort'
  | 'ingen-status'
  | 'ikke-vurdert'
  | 'gronn'
  | 'gul'
  | 'rod';

export interface DocCell {
  text: string;
  tone?: CellTone;
  /** A number for XLSX (the text is its formatted form). */
  value?: number;
  /** What the number is, for its XLSX format: an amount in kroner, or whole months («36 måneder»). */
  unit?: 'nok' | 'months';
  /** A calendar day (ISO) for XLSX, written as a date (the text is its formatted form). */
  date?: string;
  /** A moment (ISO timestamp) for XLSX, written as the local day and time (the text is its formatted form). */
  dateTime?: string;
  /**
   * What the cell says in several parts, one for each of its column's `sheetColumns` in the workbook: «Pågår · Gul
   * (01.10.2025)» as the text and the date as a date, so the parts sort and filter by their type.
   */
  split?: DocCell[];
}

/** `text` wraps at spaces; `code` (numbers, labels, dates, amounts) never breaks; `number` is right-aligned too. */
export type ColumnKind = 'text' | 'code' | 'number';

export interface DocColumn {
  label: string;
  kind: ColumnKind;
  /** Free text that matters most (a measure's title, a comment): it gets a wider readable minimum. */
  wide?: boolean;
  /** The workbook writes the column as these columns, each cell as its `split`. */
  sheetColumns?: DocColumn[];
}

export interface DocRow {
  cells: DocCell[];
  /** A sum row: bold. */
  total?: boolean;
}

export interface DocTable {
  kind: 'table';
  /** Tables with the same group (e.g. all status tables of a pack) get the same column widths. */
  layoutGroup?: string;
  /** Says what the table holds: the Word table's title, the PDF's caption, the XLSX sheet's name (without `sheet`). */
  caption: string;
  columns: DocColumn[];
  rows: DocRow[];
  /** Where the XLSX puts the table; without it, a sheet of its own named from the caption. */
  sheet?: DocSheet;
}

/**
 * An XLSX sheet of the report pack. Tables with the same sheet are one list there (e.g. every plan's deviations), each
 * row led by its table's `lead` cells (its plan, its part), so the list sorts and filters as one.
 */
export interface DocSheet {
  /** Short and distinct in the workbook, in the document's language: «Avvik», «Deviations». */
  name: string;
  /** The sheet's first row: what it holds, in full. */
  title: string;
  lead?: { label: string; cell: DocCell }[];
}

/** A line of facts: `value` as every format writes it; a day or a moment is also a date in the workbook. */
export interface DocFact {
  label: string;
  value: string;
  emphasis?: boolean;
  /** A calendar day (ISO). */
  date?: string;
  /** A moment (an ISO timestamp), written in the workbook as the local day and time. */
  dateTime?: string;
}

export interface DocFigure {
  kind: 'figure';
  number: number;
  /** «Figur 1: Status per innsatsområde, per 31.12.2025 (…)»: the label and number are added by each format. */
  caption: string;
  svg: string;
  width: number;
  height: number;
  /** The figure's numbers in words (alternative text). */
  description: string;
}

export type DocBlock =
  | { kind: 'title'; text: string; subtitle?: string }
  | { kind: 'facts'; rows: DocFact[] }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; pageBreakBefore?: boolean }
  | { kind: 'paragraph'; text: string; note?: boolean }
  | DocTable
  | DocFigure;

export interface DocModel {
  lang: Lang;
  title: string;
  /** The running footer's text (the data kind and the page numbers are added by each format). */
  footer: string;
  dataset: DatasetKind;
  /** «Registrerte data» or «Eksempeldata – ikke reelle tall» (shown in warning colour), in the document's language. */
  datasetLabel: string;
  landscape: boolean;
  /** The file name without extension: «rapportpakke-2025», «status-per-periode-2026-T3». */
  fileStem: string;
  /** ISO timestamp. */
  generatedAt: string;
  blocks: DocBlock[];
}

/** «Figur» / «Figure»: the caption's label, and the name of Word's SEQ field that numbers the figures. */
export function figureWord(lang: Lang): string {
  return labels(lang).figure;
}

/** «Figur 1» / «Figure 1». */
export function figureLabel(lang: Lang, n: number): string {
  return `${figureWord(lang)} ${n}`;
}

export function docTables(doc: DocModel): DocTable[] {
  return doc.blocks.filter((b): b is DocTable => b.kind === 'table');
}
