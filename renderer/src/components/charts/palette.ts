// Colour-blind-safe colours (Okabe–Ito) with a pattern and a text colour each: colour is never the only cue.
import type { AssessmentCode, StatusCode } from '../../../../shared/domain/vocabulary.ts';

export type PatternId = 'none' | 'stripes' | 'dots' | 'cross' | 'grid';

export interface SeriesStyle {
  color: string;
  pattern: PatternId;
  /** Text drawn on the colour. */
  ink: string;
}

export const STATUS_STYLE: Record<StatusCode, SeriesStyle> = {
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

/** SVG pattern definitions (dark marks on the fill colour); shared by the page and by exported images. */
export const PATTERN_DEFS =
  '\n<pattern id="pat-stripes" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">' +
  '<rect width="2.5" height="8" fill="rgba(0,0,0,0.45)"/></pattern>' +
  '\n<pattern id="pat-dots" width="7" height="7" patternUnits="userSpaceOnUse">' +
  '<circle cx="3.5" cy="3.5" r="1.3" fill="rgba(0,0,0,0.5)"/></pattern>' +
  '\n<pattern id="pat-cross" width="9" height="9" patternUnits="userSpaceOnUse">' +
  '<path d="M0 0L9 9M9 0L0 9" stroke="rgba(0,0,0,0.55)" stroke-width="1.4"/></pattern>' +
  '\n<pattern id="pat-grid" width="8" height="8" patternUnits="userSpaceOnUse">' +
  '<path d="M0 4H8M4 0V8" stroke="rgba(0,0,0,0.4)" stroke-width="1.2"/></pattern>';
