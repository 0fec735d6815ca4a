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

/** The tile's side in CSS pixels (and SVG units). */
export const TILE_PX = 6;

/**
 * One tile of a tone's pattern as a tiny SVG document, its marks over the fill when `withFill` (for rasterising), or
 * null for a tone without a pattern. The preview repeats it as an image; the PDF repeats it rasterised (doc-html.ts),
 * since Chromium prints a repeated SVG as vectors in every cell (16 MB for the 44-measure pack) and repeated CSS
 * gradients as thousands of stripes (a 1 000-measure pack took 160 s and 259 MB as PDF).
 */
export function toneTileSvg(tone: CellTone, withFill = false): string | null {
  const s = TONE_STYLE[tone];
  if (!s) return null;
  const m = `#${s.mark}`;
  const shapes: Record<PatternId, string | null> = {
    none: null,
    stripes: `<path d='M-1 1L1 -1M0 6L6 0M5 7L7 5' stroke='${m}' stroke-width='1'/>`,
    cross: `<path d='M0 0L6 6M6 0L0 6' stroke='${m}' stroke-width='0.8'/>`,
    dots: `<circle cx='3' cy='3' r='0.9' fill='${m}'/>`,
    grid: `<path d='M0 3H6M3 0V6' stroke='${m}' stroke-width='0.8'/>`,
    hatch: `<path d='M-1 5L1 7M0 0L6 6M5 -1L7 1' stroke='${m}' stroke-width='1'/>`,
  };
  const shape = shapes[s.pattern];
  if (!shape) return null;
  const fill = withFill ? `<rect width='${TILE_PX}' height='${TILE_PX}' fill='#${s.fill}'/>` : '';
  return (
    `<svg xmlns='http://www.w3.org/2000/svg' width='${TILE_PX}' height='${TILE_PX}' ` +
    `viewBox='0 0 ${TILE_PX} ${TILE_PX}'>${fill}${shape}</svg>`
  );
}

/** The pattern as a CSS `background` value over the fill (the Rapporter page's preview); '' for none. */
export function toneBackground(tone: CellTone | undefined): string {
  const s = tone ? TONE_STYLE[tone] : undefined;
  if (!s || !tone) return '';
  const svg = toneTileSvg(tone);
  return `${svg ? `url("data:image/svg+xml,${svg.replaceAll('#', '%23')}"), ` : ''}#${s.fill}`;
}
