// How a document cell about an assessment is marked in every format: a light fill (so the text stays readable) and
// the pattern the charts use for the same assessment (palette.ts), drawn thin. The text always says it as well.
import { ASSESSMENT_STYLE, type PatternId } from '../charts/palette.ts';
import type { CellTone } from './document.ts';

export interface ToneStyle {
  /** Background, hex without #. */
  fill: string;
  pattern: PatternId;
  /** The pattern's marks, hex without #. */
  mark: string;
}

/** Only assessments are shaded: statuses and «no status» are plain text in the tables. */
export const TONE_STYLE: Partial<Record<CellTone, ToneStyle>> = {
  gronn: { fill: 'D9F2DF', pattern: ASSESSMENT_STYLE.gronn.pattern, mark: '7FBF9F' },
  gul: { fill: 'FFF2C2', pattern: ASSESSMENT_STYLE.gul.pattern, mark: 'C9A227' },
  rod: { fill: 'F9D6D5', pattern: ASSESSMENT_STYLE.rod.pattern, mark: 'C8706A' },
  'ikke-vurdert': { fill: 'EEEEEE', pattern: ASSESSMENT_STYLE['ikke-vurdert'].pattern, mark: 'A0A0A0' },
};

/** One tile of the pattern as a tiny SVG: Chromium prints a repeated image as one pattern, where repeating CSS
 * gradients became thousands of vector stripes (a 1 000-measure pack took 160 s and 259 MB as PDF). */
function tile(pattern: PatternId, mark: string): string | null {
  const m = `%23${mark}`;
  const shapes: Record<PatternId, string | null> = {
    none: null,
    stripes: `<path d='M-1 1L1 -1M0 6L6 0M5 7L7 5' stroke='${m}' stroke-width='1'/>`,
    cross: `<path d='M0 0L6 6M6 0L0 6' stroke='${m}' stroke-width='0.8'/>`,
    dots: `<circle cx='3' cy='3' r='0.9' fill='${m}'/>`,
    grid: `<path d='M0 3H6M3 0V6' stroke='${m}' stroke-width='0.8'/>`,
    hatch: `<path d='M-1 5L1 7M0 0L6 6M5 -1L7 1' stroke='${m}' stroke-width='1'/>`,
  };
  const shape = shapes[pattern];
  return shape
    ? `url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' width='6' height='6'>${shape}</svg>")`
    : null;
}

/** The same pattern as a CSS `background` value over the fill (the PDF and the preview); '' for none. */
export function toneBackground(tone: CellTone | undefined): string {
  const s = tone ? TONE_STYLE[tone] : undefined;
  if (!s) return '';
  const image = tile(s.pattern, s.mark);
  return `${image ? `${image}, ` : ''}#${s.fill}`;
}

export function toneCss(tone: CellTone | undefined): string {
  const background = toneBackground(tone);
  return background ? `background: ${background};` : '';
}
