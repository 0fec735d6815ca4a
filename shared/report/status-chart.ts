// A plan's measures per status in each part, as a horizontal stacked bar chart in SVG. Built as a string
// so the preview, the PDF and the DOCX (and its PNG fallback) show the same picture. It uses the one chart
// definition the screen uses (colours, patterns, labels, order), and counts are written in the bars and in the
// legend, so colour is never the only cue.
import { PATTERN_DEFS, STATUS_SERIES, type SeriesDef, type SeriesStyle } from '../charts/palette.ts';
import { labels, statusLabel, type Lang } from '../i18n/index.ts';
import { escapeXml } from './escape.ts';
import type { ReportPlan } from './model.ts';

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
  title: string;
  /** The chart's numbers in words, for alt text. */
  description: string;
}

const WIDTH = 720;
const BAR_H = 22;
const ROW_H = 50;
const LEGEND_ROW_H = 24;
const FONT = 'Arial, Helvetica, Carlito, Calibri, DejaVu Sans, sans-serif';
/** A generous width per character at 12 px, so legend entries never run into each other whatever the font. */
const LEGEND_CHAR_W = 7.2;

function swatch(x: number, y: number, size: number, s: SeriesStyle): string {
  const box = `x="${x}" y="${y}" width="${size}" height="${size}"`;
  const pattern = s.pattern === 'none' ? '' : `<rect ${box} fill="url(#pat-${s.pattern})"/>`;
  return `<rect ${box} fill="${s.color}" stroke="#333" stroke-width="0.5"/>${pattern}`;
}

/** Legend entries laid out left to right, wrapping to a new line when the next would not fit. */
function legend(series: readonly SeriesDef[], totals: Record<string, number>): { markup: string; height: number } {
  const parts: string[] = [];
  let x = 10;
  let y = 8;
  for (const s of series) {
    const label = `${s.label} (${totals[s.key]})`;
    const w = 19 + label.length * LEGEND_CHAR_W + 16;
    if (x > 10 && x + w > WIDTH - 10) {
      x = 10;
      y += LEGEND_ROW_H;
    }
    parts.push(swatch(x, y, 14, s));
    parts.push(`<text x="${x + 19}" y="${y + 12}" font-size="12" fill="#111111">${escapeXml(label)}</text>`);
    x += w;
  }
  return { markup: parts.join(''), height: y + LEGEND_ROW_H + 4 };
}

export interface BarChartSpec {
  title: string;
  /** The stacked series in order, with their labels (in the document's language) and styles. */
  series: readonly SeriesDef[];
  /** One bar per row: its label and a count per series key. */
  rows: readonly { label: string; counts: Readonly<Record<string, number>> }[];
  /** «ingen tiltak» / «no measures»: what a bar with nothing says in the description. */
  emptyText?: string;
}

/** A horizontal stacked bar chart: counts written in the bars and in the legend, patterns besides colours. */
export function barChartSvg(spec: BarChartSpec): ChartSvg {
  const { series, rows } = spec;
  const totals = Object.fromEntries(series.map((s) => [s.key, rows.reduce((a, p) => a + (p.counts[s.key] ?? 0), 0)]));
  const head = legend(series, totals);
  const sum = (counts: Readonly<Record<string, number>>) => series.reduce((a, s) => a + (counts[s.key] ?? 0), 0);
  const max = Math.max(1, ...rows.map((p) => sum(p.counts)));
  const scale = (WIDTH - 20) / max;
  const parts: string[] = [head.markup];
  rows.forEach((part, i) => {
    const top = head.height + i * ROW_H;
    parts.push(
      `<text x="10" y="${top + 14}" font-size="12" font-weight="bold" fill="#111111">${escapeXml(part.label)}</text>`,
    );
    let x = 10;
    const y = top + 20;
    for (const s of series) {
      const n = part.counts[s.key] ?? 0;
      if (n === 0) continue;
      const w = n * scale;
      const box = `x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR_H}"`;
      parts.push(`<rect ${box} fill="${s.color}" stroke="#FFFFFF" stroke-width="1"/>`);
      if (s.pattern !== 'none') parts.push(`<rect ${box} fill="url(#pat-${s.pattern})"/>`);
      if (w >= 16) {
        // A halo in the opposite colour keeps the number readable over the pattern's marks.
        const halo = s.ink === '#000000' ? '#FFFFFF' : '#000000';
        parts.push(
          `<text x="${(x + w / 2).toFixed(1)}" y="${y + 15}" font-size="12" font-weight="bold" ` +
            `text-anchor="middle" fill="${s.ink}" stroke="${halo}" stroke-width="3" stroke-opacity="0.6" ` +
            `paint-order="stroke">${n}</text>`,
        );
      }
      x += w;
    }
  });
  const width = WIDTH;
  const height = head.height + rows.length * ROW_H + 6;
  const { title } = spec;
  const description = rows
    .map(
      (p) =>
        `${p.label}: ${
          series
            .filter((s) => (p.counts[s.key] ?? 0) > 0)
            .map((s) => `${p.counts[s.key]} ${s.label.toLowerCase()}`)
            .join(', ') ||
          (spec.emptyText ?? 'ingen tiltak')
        }`,
    )
    .join('. ');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img">` +
    `<title>${escapeXml(title)}</title><desc>${escapeXml(description)}</desc><defs>${PATTERN_DEFS}</defs>` +
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>${parts.join('')}</svg>`;
  return { svg, width, height, title, description };
}

/** A status table's chart: the plan's measures per status in each part (`partWord` in the edition's language). */
export function statusChartSvg(
  plan: Pick<ReportPlan, 'title' | 'partWord' | 'statusByPart'>,
  lang: Lang = 'nb',
): ChartSvg {
  return barChartSvg({
    title: labels(lang).statusTable.chartTitle(plan.partWord, plan.title),
    series: STATUS_SERIES.map((s) => ({ ...s, label: statusLabel(s.key, lang) })),
    rows: plan.statusByPart,
    emptyText: labels(lang).noMeasuresInBar,
  });
}
