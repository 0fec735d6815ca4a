// The coverage table (dekningstabell) for NIM's monitoring and GRETA's questionnaire: one row per obligation with the
// measures that answer it and how they stand on a date, the same for every format (DOCX, XLSX, CSV, PDF, JSON).
// Every text the files print is made here, in one place, so another language is one more set of these functions.
import type { CoverageObligation, CoverageResult } from '../api/obligations.contract.ts';
import {
  COVERAGE_CLASSES,
  COVERAGE_LABELS,
  editedFromSource,
  sourceLabel,
  STRENGTH_LABELS,
  STRENGTH_UNKNOWN,
  UNREPORTED_LABEL,
  type CoverageClass,
  type CoveredMeasure,
} from '../domain/obligations.ts';
import { ASSESSMENT_LABELS, EXAMPLE_DATA_LABEL, STATUS_LABELS, type DatasetKind } from '../domain/vocabulary.ts';
import { formatDate } from '../format/nb.ts';
import { contentWidthPt } from './layout.ts';
import { textWidthPt } from './text-metrics.ts';

export const COVERAGE_TITLE = 'Dekning av forpliktelser';

export interface CoveragePlan {
  code: string;
  title: string;
  shortName: string;
}

export interface CoverageReport extends Pick<CoverageResult, 'counts' | 'total' | 'later'> {
  title: string;
  asOf: string;
  /** The reporting period asked for (2025, 2025-T2), whose last day is `asOf`; null when asked by date. */
  period: string | null;
  dataset: DatasetKind;
  /** ISO timestamp of when the table was made. */
  generatedAt: string;
  /** The plans whose measures count (every plan of the file when none was chosen). */
  plans: CoveragePlan[];
  allPlans: boolean;
  /** The active obligations, in the register's order. */
  obligations: CoverageObligation[];
}

const TERTIAL_MONTHS = ['januar–april', 'mai–august', 'september–desember'];

/** «2025» → «2025»; «2025-T2» → «T2 2025 (mai–august)». */
export function periodText(period: string): string {
  const [year, t] = period.split('-T');
  return t ? `T${t} ${year} (${TERTIAL_MONTHS[Number(t) - 1]})` : year;
}

/** «per 31.12.2025», or «for T2 2025 (mai–august), per 31.08.2025». */
export function whenText(r: Pick<CoverageReport, 'asOf' | 'period'>): string {
  const date = `per ${formatDate(r.asOf)}`;
  return r.period ? `for ${periodText(r.period)}, ${date}` : date;
}

export function datasetLabel(d: DatasetKind): string {
  return d === 'example' ? EXAMPLE_DATA_LABEL : 'Registrerte data';
}

export function plansText(r: Pick<CoverageReport, 'plans' | 'allPlans'>): string {
  const names = r.plans.map((p) => p.title).join('; ');
  return r.allPlans ? `Alle planer: ${names}` : names;
}

/** What the table shows, said once under the title. */
export function explanation(r: CoverageReport): string {
  const later =
    r.later > 0
      ? ` ${r.later} ${r.later === 1 ? 'forpliktelse' : 'forpliktelser'} fra senere år er ikke tatt med.`
      : '';
  return (
    `Hver forpliktelse med tiltakene som er koblet til den, og status og vurdering for tiltakene ${whenText(r)}. ` +
    'Tiltak i en plan som ikke hadde startet på datoen, og tiltak i papirkurven, er ikke tatt med.' +
    later
  );
}

/** The summary lines: each coverage class with its count. */
export function summaryRows(r: Pick<CoverageReport, 'counts' | 'total'>): [string, number][] {
  return [...COVERAGE_CLASSES.map((c): [string, number] => [COVERAGE_LABELS[c], r.counts[c]]), ['I alt', r.total]];
}

export function statusText(m: Pick<CoveredMeasure, 'status'>): string {
  return m.status === null ? UNREPORTED_LABEL : STATUS_LABELS[m.status];
}

export function assessmentText(m: Pick<CoveredMeasure, 'assessment'>): string {
  return m.assessment === null ? '' : ASSESSMENT_LABELS[m.assessment];
}

export function strengthText(o: Pick<CoverageObligation, 'strength'>): string {
  return o.strength ? STRENGTH_LABELS[o.strength] : STRENGTH_UNKNOWN;
}

/** «Handlingsplanen 2016, tiltak 16: Veilede …», or «…, tiltak 5 (tittel ikke fylt inn)». */
export function measureName(m: CoveredMeasure, plans: readonly CoveragePlan[]): string {
  const plan = plans.find((p) => p.code === m.planCode)?.shortName ?? m.planCode;
  return `${plan}, tiltak ${m.number}${m.titlePending ? ' (tittel ikke fylt inn)' : `: ${m.title}`}`;
}

/**
 * One measure in the table's last cell: a bullet with its name, its status and assessment, and the link's note under
 * it. The bullet tells where one measure ends and the next begins when names and notes wrap.
 */
export function measureLines(m: CoveredMeasure, plans: readonly CoveragePlan[]): string[] {
  const state = [statusText(m), assessmentText(m)].filter(Boolean).join(', ');
  return [`• ${measureName(m, plans)} – ${state}`, ...(m.note ? [`Merknad: ${m.note}`] : [])];
}

/** The obligation's text, with the reference's caveat and, when edited, the source's own words. */
export function obligationLines(o: CoverageObligation): string[] {
  return [
    o.text,
    ...(o.verificationNote ? [`Merk: ${o.verificationNote}`] : []),
    ...(editedFromSource(o) ? [`Kildens tekst: ${o.sourceText}`] : []),
  ];
}

export function sourceLines(o: CoverageObligation): string[] {
  return [sourceLabel(o), ...(o.sourceRef ? [o.sourceRef] : [])];
}

export const NO_MEASURE_TEXT = 'Ingen tiltak er koblet til forpliktelsen.';

/** The grouped table's columns (DOCX, PDF) and their cells, one row per obligation. */
export const COVERAGE_COLUMNS = ['Id', 'Forpliktelse', 'Kilde', 'Styrke', 'Dekning', 'Tiltak og status'];

export function coverageCells(o: CoverageObligation, plans: readonly CoveragePlan[]): string[][] {
  return [
    [o.code],
    obligationLines(o),
    sourceLines(o),
    [strengthText(o)],
    [COVERAGE_LABELS[o.coverage]],
    o.measures.length === 0 ? [NO_MEASURE_TEXT] : o.measures.flatMap((m) => measureLines(m, plans)),
  ];
}

/** The flat formats (XLSX, CSV): one row per obligation and measure; an obligation with none gets one row. */
export const FLAT_COLUMNS = [
  'Id',
  'Forpliktelse',
  'Merknad om teksten',
  'Kilde',
  'Kildehenvisning',
  'Styrke',
  'Dekning',
  'Plan',
  'Tiltak nr.',
  'Tiltak',
  'Status',
  'Vurdering',
  'Merknad til koblingen',
] as const;

export function flatRows(r: CoverageReport): { coverage: CoverageClass; cells: string[] }[] {
  return r.obligations.flatMap((o) => {
    const head = [
      o.code,
      o.text,
      [o.verificationNote, editedFromSource(o) ? `Kildens tekst: ${o.sourceText}` : null].filter(Boolean).join(' · '),
      sourceLabel(o),
      o.sourceRef ?? '',
      strengthText(o),
      COVERAGE_LABELS[o.coverage],
    ];
    if (o.measures.length === 0) return [{ coverage: o.coverage, cells: [...head, '', '', '', '', '', ''] }];
    return o.measures.map((m) => ({
      coverage: o.coverage,
      cells: [
        ...head,
        r.plans.find((p) => p.code === m.planCode)?.shortName ?? m.planCode,
        m.number,
        m.titlePending ? `${m.title} (tittel ikke fylt inn)` : m.title,
        statusText(m),
        assessmentText(m),
        m.note,
      ],
    }));
  });
}

const TABLE_PT = 9;
const PAD_PT = 9;
/** Shares of the page for the columns after Id (which gets its longest code): text and measures get the most. */
const SHARES = [0.28, 0.21, 0.1, 0.11, 0.3];

/** Column widths in points for A4 landscape with 2 cm margins: Id as wide as its longest code, never broken. */
export function coverageWidthsPt(r: Pick<CoverageReport, 'obligations'>): { widthsPt: number[]; fontPt: number } {
  const total = contentWidthPt(true);
  const idWidth = Math.max(
    textWidthPt('Id', TABLE_PT, true),
    ...r.obligations.map((o) => textWidthPt(o.code, TABLE_PT, true)),
  );
  const id = Math.ceil(idWidth + PAD_PT);
  return { widthsPt: [id, ...SHARES.map((s) => Math.floor((total - id) * s))], fontPt: TABLE_PT };
}
