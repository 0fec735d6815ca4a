// A plan's measures per status in each part, as a horizontal stacked bar chart in SVG. Built as a string
// so the preview, the PDF and the DOCX show the same picture; counts are written in the bars and in the
// legend, so colour is never the only cue.
import { STATUS_CODES, STATUS_LABELS, type StatusCode } from '../domain/vocabulary.ts';
import { escapeXml } from './escape.ts';
import type { ReportPlan } from './model.ts';

export const STATUS_COLOURS: Record<StatusCode, { fill: string; text: string }> = {
  'ikke-startet': { fill: '#C3CBD3', text: '#111111' },
  pagar: { fill: '#2F6FB3', text: '#FFFFFF' },
  fullfort: { fill: '#2E7D32', text: '#FFFFFF' },
  avbrutt: { fill: '#B3261E', text: '#FFFFFF' },
  viderefort: { fill: '#6B4FA0', text: '#FFFFFF' },
};

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
  title: string;
  /** The chart's numbers in words, for alt text. */
  description: string;
}

export interface ChartBar {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}

const WIDTH = 720;
const BAR_H = 22;
const ROW_H = 50;
const LEGEND_H = 34;
const FONT = 'Arial, Helvetica, sans-serif';

/** The geometry, shared by the SVG and the PNG fallback. */
export function chartLayout(plan: ReportPlan): {
  width: number;
  height: number;
  bars: (ChartBar & { count: number; status: StatusCode })[];
} {
  const max = Math.max(1, ...plan.statusByPart.map((p) => Object.values(p.counts).reduce((a, b) => a + b, 0)));
  const scale = (WIDTH - 20) / max;
  const bars: (ChartBar & { count: number; status: StatusCode })[] = [];
  plan.statusByPart.forEach((part, i) => {
    let x = 10;
    const y = LEGEND_H + i * ROW_H + 20;
    for (const s of STATUS_CODES) {
      const n = part.counts[s];
      if (n === 0) continue;
      bars.push({ x, y, width: n * scale, height: BAR_H, fill: STATUS_COLOURS[s].fill, count: n, status: s });
      x += n * scale;
    }
  });
  return { width: WIDTH, height: LEGEND_H + plan.statusByPart.length * ROW_H + 6, bars };
}

export function statusChartSvg(plan: ReportPlan): ChartSvg {
  const { width, height, bars } = chartLayout(plan);
  const totals = Object.fromEntries(
    STATUS_CODES.map((s) => [s, plan.statusByPart.reduce((a, p) => a + p.counts[s], 0)]),
  ) as Record<StatusCode, number>;
  const parts: string[] = [];
  let lx = 10;
  for (const s of STATUS_CODES) {
    const label = `${STATUS_LABELS[s]} (${totals[s]})`;
    parts.push(
      `<rect x="${lx}" y="8" width="14" height="14" fill="${STATUS_COLOURS[s].fill}" ` +
        'stroke="#333" stroke-width="0.5"/>',
    );
    parts.push(`<text x="${lx + 19}" y="20" font-size="12">${escapeXml(label)}</text>`);
    lx += 19 + label.length * 6.6 + 16;
  }
  plan.statusByPart.forEach((p, i) => {
    parts.push(
      `<text x="10" y="${LEGEND_H + i * ROW_H + 14}" font-size="12" font-weight="bold">${escapeXml(p.label)}</text>`,
    );
  });
  for (const b of bars) {
    parts.push(
      `<rect x="${b.x.toFixed(1)}" y="${b.y}" width="${b.width.toFixed(1)}" height="${b.height}" fill="${b.fill}" ` +
        'stroke="#FFFFFF" stroke-width="1"/>',
    );
    if (b.width >= 16) {
      parts.push(
        `<text x="${(b.x + b.width / 2).toFixed(1)}" y="${b.y + 15}" font-size="12" text-anchor="middle" ` +
          `fill="${STATUS_COLOURS[b.status].text}">${b.count}</text>`,
      );
    }
  }
  const title = `Tiltak etter status per del: ${plan.title}`;
  const description = plan.statusByPart
    .map(
      (p) =>
        `${p.label}: ${
          STATUS_CODES.filter((s) => p.counts[s] > 0)
            .map((s) => `${p.counts[s]} ${STATUS_LABELS[s].toLowerCase()}`)
            .join(', ') || 'ingen tiltak'
        }`,
    )
    .join('. ');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img">` +
    `<title>${escapeXml(title)}</title><desc>${escapeXml(description)}</desc>` +
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>${parts.join('')}</svg>`;
  return { svg, width, height, title, description };
}
