// Roving focus over a chart's segments: the chart is one tab stop, the last segment focused; the arrow keys move
// between segments. Done on the DOM, not in React state: a re-render makes recharts redraw the segments and focus
// would be lost.
import type { KeyboardEvent } from 'react';

/** `segment` takes the chart's tab stop. */
export function roveTo(chart: HTMLElement | null, segment: Element): void {
  chart?.querySelectorAll('.chart-seg').forEach((g) => g.setAttribute('tabindex', g === segment ? '0' : '-1'));
}

/** The arrow keys on a segment: along each bar, then to the next bar (recharts draws series by series, so DOM order
 * will not do). */
export function moveSegmentFocus(chart: HTMLElement | null, e: KeyboardEvent<HTMLElement>): void {
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
  if (!step || !(e.target as Element).classList?.contains('chart-seg')) return;
  const order = (g: Element) => Number(g.getAttribute('data-order'));
  const segs = [...(chart?.querySelectorAll<SVGGElement>('.chart-seg') ?? [])].sort((a, b) => order(a) - order(b));
  const next = segs[segs.indexOf(e.target as SVGGElement) + step];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}
