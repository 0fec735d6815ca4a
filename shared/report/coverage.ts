// The coverage table (dekningstabell) for NIM's monitoring and GRETA's questionnaire: one row per obligation with the
// measures that answer it and how they stand on a date, the same for every format (DOCX, XLSX, CSV, PDF, JSON).
// Every text the files print is made here from the edition's words (shared/i18n, `coverage` in labels-nb/labels-en):
// bokmål, or English with the report pack's English edition. Obligation texts, citations, plan and measure titles and
// the links' notes stay as stored.
import type { CoverageObligation, CoverageResult } from '../api/obligations.contract.ts';
import {
  assessmentLabel,
  formatDateIn,
  labels,
  measureTitleIn,
  planNameIn,
  statusLabel,
  type Lang,
} from '../i18n/index.ts';
import {
  COVERAGE_CLASSES,
  editedFromSource,
  type CoverageClass,
  type CoveredMeasure,
  type Obligation,
} from '../domain/obligations.ts';
import type { DatasetKind } from '../domain/vocabulary.ts';
import { contentWidthPt } from './layout.ts';
import { textWidthPt } from './text-metrics.ts';

export interface CoveragePlan {
  code: string;
  title: string;
  shortName: string;
}

export interface CoverageReport extends Pick<CoverageResult, 'counts' | 'total' | 'later'> {
  title: string;
  /** The edition: bokmål or English (labels, class names, strength words, dates); stored text stays as written. */
  lang: Lang;
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

/** The edition's words for the coverage table (shared/i18n: labels-nb.ts, labels-en.ts). */
export function coverageText(lang: Lang) {
  return labels(lang).coverage;
}

/** «2025» → «2025»; «2025-T2» → «T2 2025 (mai–august)», in English «T2 2025 (May–August)». */
export function periodText(period: string, lang: Lang): string {
  const [year, t] = period.split('-T');
  return t ? `T${t} ${year} (${coverageText(lang).tertialMonths[Number(t) - 1]})` : year;
}

/** «per 31.12.2025», or «for T2 2025 (mai–august), per 31.08.2025»; «as of 31 August 2025» in English. */
export function whenText(r: Pick<CoverageReport, 'asOf' | 'period' | 'lang'>): string {
  const date = labels(r.lang).perDate(formatDateIn(r.asOf, r.lang));
  return r.period ? coverageText(r.lang).forPeriod(periodText(r.period, r.lang), date) : date;
}

export function datasetLabel(r: Pick<CoverageReport, 'dataset' | 'lang'>): string {
  const L = labels(r.lang);
  return r.dataset === 'example' ? L.exampleData : L.realData;
}

export function plansText(r: Pick<CoverageReport, 'plans' | 'allPlans' | 'lang'>): string {
  const names = r.plans.map((p) => p.title).join('; ');
  return r.allPlans ? coverageText(r.lang).allPlans(names) : names;
}

/** What the table shows, said once under the title. */
export function explanation(r: CoverageReport): string {
  const C = coverageText(r.lang);
  return C.explanation(whenText(r)) + (r.later > 0 ? C.later(r.later) : '');
}

export function coverageLabel(c: CoverageClass, lang: Lang): string {
  return coverageText(lang).classes[c];
}

/** The summary lines: each coverage class with its count. */
export function summaryRows(r: Pick<CoverageReport, 'counts' | 'total' | 'lang'>): [string, number][] {
  return [
    ...COVERAGE_CLASSES.map((c): [string, number] => [coverageLabel(c, r.lang), r.counts[c]]),
    [coverageText(r.lang).total, r.total],
  ];
}

export function statusText(m: Pick<CoveredMeasure, 'status'>, lang: Lang): string {
  return statusLabel(m.status, lang);
}

export function assessmentText(m: Pick<CoveredMeasure, 'assessment'>, lang: Lang): string {
  return assessmentLabel(m.assessment, lang);
}

export function strengthText(o: Pick<CoverageObligation, 'strength'>, lang: Lang): string {
  const C = coverageText(lang);
  return o.strength ? C.strengths[o.strength] : C.strengthUnknown;
}

/** «GRETA, runde 3 (2022)», «Stortinget (2024)»; «GRETA, round 3 (2022)» in English. */
export function sourceText(o: Pick<Obligation, 'source' | 'round' | 'year'>, lang: Lang): string {
  const C = coverageText(lang);
  const round = o.source === 'greta' && o.round !== null ? `, ${C.round(o.round)}` : '';
  const year = o.year !== null ? ` (${o.year})` : '';
  return `${C.sources[o.source]}${round}${year}`;
}

/** A measure's title, or its title pending mark: the title itself stays as stored. */
function titleOf(m: CoveredMeasure, lang: Lang): string {
  return measureTitleIn(m, lang);
}

/** The plan's short name in the table's language: «Action plan 2016». */
const planOf = (m: CoveredMeasure, r: Pick<CoverageReport, 'plans' | 'lang'>) =>
  planNameIn(r.plans.find((p) => p.code === m.planCode)?.shortName ?? m.planCode, r.lang);

/** «Handlingsplanen 2016, tiltak 16: Veilede …», or «…, tiltak 5 (tittel ikke fylt inn)». */
export function measureName(m: CoveredMeasure, r: Pick<CoverageReport, 'plans' | 'lang'>): string {
  const plan = planOf(m, r);
  const name = coverageText(r.lang).measure(plan, m.number);
  return m.titlePending ? `${name}${labels(r.lang).titlePending}` : `${name}: ${m.title}`;
}

/**
 * One measure in the table's last cell: a bullet with its name, its status and assessment, and the link's note under
 * it. The bullet tells where one measure ends and the next begins when names and notes wrap.
 */
export function measureLines(m: CoveredMeasure, r: Pick<CoverageReport, 'plans' | 'lang'>): string[] {
  const state = [statusText(m, r.lang), assessmentText(m, r.lang)].filter(Boolean).join(', ');
  return [`• ${measureName(m, r)} – ${state}`, ...(m.note ? [coverageText(r.lang).linkNote(m.note)] : [])];
}

/** The obligation's text, with the reference's caveat and, when edited, the source's own words. */
export function obligationLines(o: CoverageObligation, lang: Lang): string[] {
  const C = coverageText(lang);
  return [
    o.text,
    ...(o.verificationNote ? [C.caveat(C.verificationNote(o.verificationNote))] : []),
    ...(editedFromSource(o) ? [C.sourceText(o.sourceText!)] : []),
  ];
}

export function sourceLines(o: CoverageObligation, lang: Lang): string[] {
  return [sourceText(o, lang), ...(o.sourceRef ? [o.sourceRef] : [])];
}

/** The grouped table's cells (DOCX, PDF), one row per obligation, under `coverageText(lang).columns`. */
export function coverageCells(o: CoverageObligation, r: Pick<CoverageReport, 'plans' | 'lang'>): string[][] {
  const C = coverageText(r.lang);
  return [
    [o.code],
    obligationLines(o, r.lang),
    sourceLines(o, r.lang),
    [strengthText(o, r.lang)],
    [coverageLabel(o.coverage, r.lang)],
    o.measures.length === 0 ? [C.noMeasure] : o.measures.flatMap((m) => measureLines(m, r)),
  ];
}

/** The flat formats' columns (XLSX, CSV), by position: their headings are `coverageText(lang).flatColumns`. */
export const FLAT_COLUMNS = [
  'code',
  'text',
  'textNote',
  'source',
  'sourceRef',
  'strength',
  'coverage',
  'plan',
  'number',
  'measure',
  'status',
  'assessment',
  'linkNote',
] as const;
export type FlatColumn = (typeof FLAT_COLUMNS)[number];

/** The flat formats (XLSX, CSV): one row per obligation and measure; an obligation with none gets one row. */
export function flatRows(r: CoverageReport): { coverage: CoverageClass; cells: string[] }[] {
  const C = coverageText(r.lang);
  return r.obligations.flatMap((o) => {
    const head = [
      o.code,
      o.text,
      [o.verificationNote && C.verificationNote(o.verificationNote), editedFromSource(o) && C.sourceText(o.sourceText!)]
        .filter(Boolean)
        .join(' · '),
      sourceText(o, r.lang),
      o.sourceRef ?? '',
      strengthText(o, r.lang),
      coverageLabel(o.coverage, r.lang),
    ];
    if (o.measures.length === 0) return [{ coverage: o.coverage, cells: [...head, '', '', '', '', '', ''] }];
    return o.measures.map((m) => ({
      coverage: o.coverage,
      cells: [
        ...head,
        planOf(m, r),
        m.number,
        titleOf(m, r.lang),
        statusText(m, r.lang),
        assessmentText(m, r.lang),
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
export function coverageWidthsPt(r: Pick<CoverageReport, 'obligations' | 'lang'>): {
  widthsPt: number[];
  fontPt: number;
} {
  const total = contentWidthPt(true);
  const idWidth = Math.max(
    textWidthPt(coverageText(r.lang).columns[0], TABLE_PT, true),
    ...r.obligations.map((o) => textWidthPt(o.code, TABLE_PT, true)),
  );
  const id = Math.ceil(idWidth + PAD_PT);
  return { widthsPt: [id, ...SHARES.map((s) => Math.floor((total - id) * s))], fontPt: TABLE_PT };
}
