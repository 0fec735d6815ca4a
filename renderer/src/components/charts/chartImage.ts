// The head of a saved chart image (PNG/SVG), laid out without the DOM: the whole title wrapped onto lines, the
// lines under it (as-of date, the dashboard's filter in words, «Eksempeldata – ikke reelle tall») and the legend,
// each series' colour and pattern as on screen. An image pasted into a slide or memo must read correctly alone.
import type { PatternId } from '../../../../shared/charts/palette.ts';

export interface LegendEntry {
  label: string;
  color: string;
  pattern: PatternId;
}

export interface ChartImageText {
  title: string;
  /** Lines under the title, in order: «Per dd.mm.åååå», the filter in words, the data kind. */
  lines: string[];
  legend: LegendEntry[];
}

/** The width of `text` at `fontSize` pixels. */
export type Measure = (text: string, fontSize: number) => number;

/**
 * A generous average advance (0.6 em, as the axis names use): the image is drawn with Inter where it is installed,
 * else Arial, so a line is broken before it could run past the edge in either.
 */
export const estimateWidth: Measure = (text, fontSize) => text.length * fontSize * 0.6;

export const IMAGE_PAD = 16;
const TITLE_SIZE = 20;
const TITLE_LEADING = 26;
const LINE_SIZE = 14;
const LINE_LEADING = 20;
const SWATCH = 18;
const SWATCH_GAP = 6;
const ENTRY_GAP = 20;
const LEGEND_LEADING = 26;

/**
 * `text` in lines no wider than `room`, broken at spaces; a word wider than `room` on its own is broken inside
 * (nothing is cut off at the right). Every character of `text` but the breaking spaces is kept, in order.
 */
export function wrapText(text: string, room: number, fontSize: number, measure: Measure = estimateWidth): string[] {
  const fits = (s: string) => measure(s, fontSize) <= room;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (fits(next)) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    // A word too long for a line of its own: as many characters as fit on each line (at least one).
    let rest = word;
    while (!fits(rest)) {
      let n = 1;
      while (n < rest.length && fits(rest.slice(0, n + 1))) n++;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    line = rest;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** Where each legend entry goes: left to right, onto a new row when the next would pass `room`. */
export function legendPlaces(widths: number[], room: number, gap = ENTRY_GAP): { x: number; row: number }[] {
  let x = 0;
  let row = 0;
  return widths.map((w) => {
    if (x > 0 && x + w > room) {
      x = 0;
      row++;
    }
    const place = { x, row };
    x += w + gap;
    return place;
  });
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** SVG markup of the image's head for an image `width` pixels wide, and the head's height. */
export function chartImageHead(
  text: ChartImageText,
  width: number,
  measure: Measure = estimateWidth,
): { markup: string; height: number } {
  const room = Math.max(1, width - 2 * IMAGE_PAD);
  const out: string[] = [];
  // The first title line sits where the single line always did (baseline 28).
  let y = 28;
  wrapText(text.title, room, TITLE_SIZE, measure).forEach((line, i) => {
    if (i > 0) y += TITLE_LEADING;
    const attrs = `x="${IMAGE_PAD}" y="${y}" font-size="${TITLE_SIZE}" font-weight="600" fill="#111111"`;
    out.push(`<text ${attrs}>${escapeXml(line)}</text>`);
  });
  y += 4;
  for (const note of text.lines)
    for (const line of wrapText(note, room, LINE_SIZE, measure)) {
      y += LINE_LEADING;
      out.push(`<text x="${IMAGE_PAD}" y="${y}" font-size="${LINE_SIZE}" fill="#333333">${escapeXml(line)}</text>`);
    }
  if (text.legend.length > 0) {
    // The labels are the series' names («Pågår», «Ingen status registrert»): an entry wider than the row still
    // gets a row of its own.
    const widths = text.legend.map((e) => SWATCH + SWATCH_GAP + measure(e.label, LINE_SIZE));
    const places = legendPlaces(widths, room);
    const top = y + 12;
    text.legend.forEach((e, i) => {
      const { x, row } = places[i];
      const pattern =
        e.pattern !== 'none' ? `<rect width="${SWATCH}" height="${SWATCH}" fill="url(#pat-${e.pattern})"/>` : '';
      const at = `${IMAGE_PAD + Math.round(x)} ${top + row * LEGEND_LEADING}`;
      const label = `x="${SWATCH + SWATCH_GAP}" y="14" font-size="${LINE_SIZE}" fill="#111111"`;
      out.push(
        `<g class="chart-image-legend" transform="translate(${at})">` +
          `<rect width="${SWATCH}" height="${SWATCH}" fill="${escapeXml(e.color)}" stroke="#333333"/>${pattern}` +
          `<text ${label}>${escapeXml(e.label)}</text></g>`,
      );
    });
    y = top + (places.at(-1)!.row + 1) * LEGEND_LEADING - 8;
  }
  return { markup: out.join('\n'), height: y + 12 };
}
