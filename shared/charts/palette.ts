// The one chart definition for the screen and the reports: colour-blind-safe colours (Okabe–Ito), a pattern and
// a text colour per series, and the series' labels and order. Colour is never the only cue.
import {
  AS_OF_STATUS_CODES,
  ASSESSMENT_CODES,
  ASSESSMENT_SHORT,
  STATUS_LABELS,
  type AsOfStatus,
  type AssessmentCode,
} from '../domain/vocabulary.ts';
import { COVERAGE_CLASSES, COVERAGE_SHORT, type CoverageClass } from '../domain/obligations.ts';

export type PatternId = 'none' | 'stripes' | 'dots' | 'cross' | 'grid' | 'hatch';

export interface SeriesStyle {
  color: string;
  pattern: PatternId;
  /** Text drawn on the colour. */
  ink: string;
}

export interface SeriesDef<K extends string = string> extends SeriesStyle {
  key: K;
  label: string;
}

export const STATUS_STYLE: Record<AsOfStatus, SeriesStyle> = {
  // Nothing reported: near white with dense dark hatching the other way from «fullført», so it reads as a gap.
  'ingen-status': { color: '#F4F4F4', pattern: 'hatch', ink: '#000000' },
  'ikke-startet': { color: '#C8C8C8', pattern: 'dots', ink: '#000000' },
  pagar: { color: '#0072B2', pattern: 'none', ink: '#FFFFFF' },
  fullfort: { color: '#009E73', pattern: 'stripes', ink: '#000000' },
  avbrutt: { color: '#D55E00', pattern: 'cross', ink: '#000000' },
  viderefort: { color: '#CC79A7', pattern: 'grid', ink: '#000000' },
};

export const ASSESSMENT_STYLE: Record<AssessmentCode, SeriesStyle> = {
  'ikke-vurdert': { color: '#C8C8C8', pattern: 'dots', ink: '#000000' },
  gronn: { color: '#009E73', pattern: 'none', ink: '#000000' },
  gul: { color: '#F0E442', pattern: 'stripes', ink: '#000000' },
  rod: { color: '#D55E00', pattern: 'cross', ink: '#000000' },
};

export const BUDGET_STYLE = {
  allocated: { color: '#0072B2', pattern: 'none', ink: '#FFFFFF' },
  spent: { color: '#E69F00', pattern: 'stripes', ink: '#000000' },
} satisfies Record<string, SeriesStyle>;

/** Coverage of an obligation (shared/domain/obligations.ts): no measure stands out, well covered is plain. */
export const COVERAGE_STYLE: Record<CoverageClass, SeriesStyle> = {
  'ingen-tiltak': { color: '#D55E00', pattern: 'cross', ink: '#000000' },
  'ikke-i-gang': { color: '#C8C8C8', pattern: 'dots', ink: '#000000' },
  'gul-rod': { color: '#F0E442', pattern: 'stripes', ink: '#000000' },
  'godt-dekket': { color: '#009E73', pattern: 'none', ink: '#000000' },
};

/** Light tints of the same colours behind black text in table cells (DOCX, PDF, XLSX). */
export const COVERAGE_TINT: Record<CoverageClass, string> = {
  'ingen-tiltak': '#F9D6D5',
  'ikke-i-gang': '#EDEDED',
  'gul-rod': '#FFF2C2',
  'godt-dekket': '#D9F2DF',
};

export const COVERAGE_SERIES: SeriesDef<CoverageClass>[] = COVERAGE_CLASSES.map((key) => ({
  key,
  label: COVERAGE_SHORT[key],
  ...COVERAGE_STYLE[key],
}));

/**
 * Status series in the vocabulary's order with their full labels, «Ingen status registrert» first: the dashboard,
 * Møtemodus and the reports.
 */
export const STATUS_SERIES: SeriesDef<AsOfStatus>[] = AS_OF_STATUS_CODES.map((key) => ({
  key,
  label: STATUS_LABELS[key],
  ...STATUS_STYLE[key],
}));

export const ASSESSMENT_SERIES: SeriesDef<AssessmentCode>[] = ASSESSMENT_CODES.map((key) => ({
  key,
  label: ASSESSMENT_SHORT[key],
  ...ASSESSMENT_STYLE[key],
}));

/** One mark of a pattern tile, as SVG element name and attributes (camelCase keys, as React writes them). */
export interface PatternMark {
  tag: 'rect' | 'circle' | 'path';
  attrs: Record<string, string | number>;
}

export interface PatternDef {
  id: Exclude<PatternId, 'none'>;
  size: number;
  transform?: string;
  marks: PatternMark[];
}

/** Dark marks drawn over the fill colour; referred to as url(#pat-<id>). */
export const PATTERNS: PatternDef[] = [
  {
    id: 'stripes',
    size: 8,
    transform: 'rotate(45)',
    marks: [{ tag: 'rect', attrs: { width: 2.5, height: 8, fill: 'rgba(0,0,0,0.45)' } }],
  },
  { id: 'dots', size: 7, marks: [{ tag: 'circle', attrs: { cx: 3.5, cy: 3.5, r: 1.3, fill: 'rgba(0,0,0,0.5)' } }] },
  {
    id: 'cross',
    size: 9,
    marks: [{ tag: 'path', attrs: { d: 'M0 0L9 9M9 0L0 9', stroke: 'rgba(0,0,0,0.55)', strokeWidth: 1.4 } }],
  },
  {
    id: 'hatch',
    size: 5,
    transform: 'rotate(-45)',
    marks: [{ tag: 'rect', attrs: { width: 1.4, height: 5, fill: 'rgba(0,0,0,0.6)' } }],
  },
  {
    id: 'grid',
    size: 8,
    marks: [{ tag: 'path', attrs: { d: 'M0 4H8M4 0V8', stroke: 'rgba(0,0,0,0.4)', strokeWidth: 1.2 } }],
  },
];

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The pattern definitions as SVG markup for a <defs> element (exported images, the report chart). */
export const PATTERN_DEFS = PATTERNS.map((p) => {
  const marks = p.marks
    .map(
      (m) =>
        `<${m.tag} ${Object.entries(m.attrs)
          .map(([k, v]) => `${kebab(k)}="${v}"`)
          .join(' ')}/>`,
    )
    .join('');
  const transform = p.transform ? ` patternTransform="${p.transform}"` : '';
  return (
    `\n<pattern id="pat-${p.id}" width="${p.size}" height="${p.size}" patternUnits="userSpaceOnUse"${transform}>` +
    `${marks}</pattern>`
  );
}).join('');
