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

/** The same pattern as a CSS `background` value over the fill (the PDF and the preview); '' for none. */
export function toneBackground(tone: CellTone | undefined): string {
  const s = tone ? TONE_STYLE[tone] : undefined;
  if (!s) return '';
  const m = `#${s.mark}`;
  const layers: Record<PatternId, string> = {
    none: '',
    stripes: `repeating-linear-gradient(45deg, ${m} 0 1px, transparent 1px 6px)`,
    cross:
      `repeating-linear-gradient(45deg, ${m} 0 1px, transparent 1px 7px), ` +
      `repeating-linear-gradient(-45deg, ${m} 0 1px, transparent 1px 7px)`,
    dots: `radial-gradient(${m} 0.8px, transparent 1.2px) 0 0 / 5px 5px`,
    grid:
      `repeating-linear-gradient(0deg, ${m} 0 1px, transparent 1px 6px), ` +
      `repeating-linear-gradient(90deg, ${m} 0 1px, transparent 1px 6px)`,
  };
  const pattern = layers[s.pattern];
  return `${pattern ? `${pattern}, ` : ''}#${s.fill}`;
}

export function toneCss(tone: CellTone | undefined): string {
  const background = toneBackground(tone);
  return background ? `background: ${background};` : '';
}
