// A bar chart's first frame, drawn without recharts: recharts 3 lays a chart out in effects after it has measured its
// box, so a server render (and the browser's hydration of it, which must match) would show an empty box. This draws
// the same bars (BarChartCard's own segments: links, labels, patterns) and axes at the width the server assumes;
// BarChartCard hands over to recharts once it has drawn, which then follows the box's real width.
import type { ReactNode } from 'react';
export { useFirstFrame } from '../../hooks/useFirstFrame.ts';
import { CHART_MARGIN, SHORT_NAME_AXIS } from './narrowLayout.ts';
import { PlainTick, WrappedTick } from './WrappedTick.tsx';

/** The width the first frame is drawn at: a chart card's on the app's window as it opens (1280 px; window.ts), half
 * the page or (`wide`) all of it. */
export const firstWidth = (wide?: boolean): number => (wide ? 1198 : 574);

interface Segment {
  x: number;
  y: number;
  width: number;
  height: number;
  index: number;
}

export interface FirstFrameProps {
  width: number;
  categories: { label: string; values: Record<string, number> }[];
  seriesKeys: string[];
  stacked: boolean;
  horizontal: boolean;
  height: number;
  fontSize: number;
  valueAxisWidth: number;
  formatValue: (v: number) => string;
  /** BarChartCard's segment for a series, as recharts would be given it. */
  segment: (key: string) => (p: Segment) => ReactNode;
}

/** Five round ticks from 0 that reach `max`, as recharts' value axis has them (its getFormatStep: the rough step
 * rounded up to 0.1 of its power of ten, or 0.05 above ten; whole numbers only). */
function valueTicks(max: number): number[] {
  const rough = Math.max(1, max) / 4;
  const digits = Math.floor(Math.log10(rough)) + 1;
  const power = 10 ** digits;
  const scale = digits !== 1 ? 0.05 : 0.1;
  const step = Math.max(1, Math.ceil(Math.round(Math.ceil(rough / power / scale - 1e-9) * scale * power * 1e6) / 1e6));
  return [0, 1, 2, 3, 4].map((i) => i * step);
}

export function FirstFrameChart(p: FirstFrameProps) {
  const width = p.width;
  const m = CHART_MARGIN;
  const totals = p.categories.map((c) => p.seriesKeys.map((k) => c.values[k] ?? 0));
  const largest = Math.max(0, ...totals.map((v) => (p.stacked ? v.reduce((a, b) => a + b, 0) : Math.max(0, ...v))));
  const ticks = valueTicks(largest);
  const top = ticks[ticks.length - 1];
  const nameAxis = p.horizontal ? SHORT_NAME_AXIS : p.fontSize * 2.6 + 10;
  // The plot: along the categories (`along`) and along the values (`across`).
  const left = m.left + (p.horizontal ? nameAxis : p.valueAxisWidth);
  const bottom = p.height - m.bottom - (p.horizontal ? 30 : nameAxis);
  const plotW = width - m.right - left;
  const plotH = bottom - m.top;
  const n = Math.max(1, p.categories.length);
  const band = (p.horizontal ? plotH : plotW) / n;
  const gap = band * 0.18;
  const barRoom = band - 2 * gap;
  const bars = p.stacked ? 1 : p.seriesKeys.length;
  const bar = (barRoom - (bars - 1) * 4) / bars;
  const length = (v: number) => (v / top) * (p.horizontal ? plotW : plotH);

  const segments = p.seriesKeys.map((key, si) => {
    const Shape = p.segment(key);
    return (
      <g key={key} className="recharts-layer recharts-bar">
        {p.categories.map((c, i) => {
          const below = p.stacked ? totals[i].slice(0, si).reduce((a, b) => a + b, 0) : 0;
          const start = i * band + gap + (p.stacked ? 0 : si * (bar + 4));
          const from = length(below);
          const size = length(c.values[key] ?? 0);
          const seg = p.horizontal
            ? { x: left + from, y: m.top + start, width: size, height: bar, index: i }
            : { x: left + start, y: bottom - from - size, width: bar, height: size, index: i };
          return <Shape key={c.label} {...seg} />;
        })}
      </g>
    );
  });

  const grid = ticks.map((t) =>
    p.horizontal ? (
      <line key={t} x1={left + length(t)} x2={left + length(t)} y1={m.top} y2={bottom} />
    ) : (
      <line key={t} x1={left} x2={left + plotW} y1={bottom - length(t)} y2={bottom - length(t)} />
    ),
  );
  const valueLabels = ticks.map((t) =>
    p.horizontal ? (
      <PlainTick
        key={t}
        x={left + length(t)}
        y={bottom + 8}
        payload={{ value: t }}
        fontSize={p.fontSize}
        format={p.formatValue}
      />
    ) : (
      <PlainTick
        key={t}
        x={left - 8}
        y={bottom - length(t)}
        payload={{ value: t }}
        textAnchor="end"
        verticalAnchor="middle"
        fontSize={p.fontSize}
        format={p.formatValue}
      />
    ),
  );
  const names = p.categories.map((c, i) =>
    p.horizontal ? (
      <PlainTick
        key={c.label}
        x={left - 8}
        y={m.top + i * band + band / 2}
        payload={{ value: c.label }}
        textAnchor="end"
        verticalAnchor="middle"
        fontSize={p.fontSize + 1}
      />
    ) : (
      <WrappedTick
        key={c.label}
        x={left + i * band + band / 2}
        y={bottom + 8}
        payload={{ value: c.label }}
        width={plotW}
        visibleTicksCount={n}
        fontSize={p.fontSize}
      />
    ),
  );
  return (
    <svg className="chart-first-frame" width={width} height={p.height} viewBox={`0 0 ${width} ${p.height}`}>
      <g stroke="#d0d0d0" strokeDasharray="3 3">
        {grid}
      </g>
      {/* The axes' lines, as recharts draws them. */}
      <path d={`M${left},${m.top}V${bottom}H${left + plotW}`} fill="none" stroke="#666" />
      {segments}
      {valueLabels}
      {names}
    </svg>
  );
}
