// Category names on a bar chart's axis, wrapped to the room they have (BarChartCard's category axis).

export interface TickProps {
  x?: number;
  y?: number;
  payload?: { value?: unknown };
  width?: number;
  visibleTicksCount?: number;
}

/** A generous average advance for Inter: a line is broken before it could touch the next one. */
const textWidth = (text: string, fontSize: number) => text.length * fontSize * 0.6;

/** `text` in lines no wider than `room` where it has spaces; a single word wider than that keeps its line. */
export function wrapLines(text: string, room: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > room) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  return lines;
}

/** Whether every word of every name fits a band of `room` pixels, so that names under bars cannot run together. */
export function wordsFit(names: string[], room: number, fontSize: number): boolean {
  return names.every((n) => n.split(' ').every((w) => textWidth(w, fontSize) <= room));
}

/** The width a name needs beside its bar: its longest line once wrapped to at most `max` pixels. */
export function nameWidth(names: string[], max: number, fontSize: number): number {
  const widest = Math.max(0, ...names.flatMap((n) => wrapLines(n, max, fontSize).map((l) => textWidth(l, fontSize))));
  return Math.min(max, Math.ceil(widest));
}

/**
 * A category name under its bar, on two lines when it is wider than the bar's band («Innsatsområde» over «3»):
 * side by side, the strategy's «Innsatsområde 1Innsatsområde 2…» ran into each other at 1280 px.
 */
export function WrappedTick({
  x = 0,
  y = 0,
  payload,
  width = 0,
  visibleTicksCount = 1,
  fontSize,
}: TickProps & { fontSize: number }) {
  const band = width / Math.max(1, visibleTicksCount) - 6;
  const lines = wrapLines(String(payload?.value ?? ''), band, fontSize);
  return (
    <g transform={`translate(${x},${y})`}>
      <text textAnchor="middle" fill="#1a1a1a" fontSize={fontSize}>
        {lines.map((l, i) => (
          <tspan key={i} x={0} dy={i === 0 ? '0.9em' : '1.15em'}>
            {l}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** A category name left of its bar, wrapped to `room` pixels and centred on the bar (a narrow chart's names). */
export function SideTick({ x = 0, y = 0, payload, fontSize, room }: TickProps & { fontSize: number; room: number }) {
  const lines = wrapLines(String(payload?.value ?? ''), room, fontSize);
  // The block of lines centred on the tick: half a line's height up per extra line, then recharts' middle shift.
  const first = 0.355 - ((lines.length - 1) * 1.15) / 2;
  return (
    <text x={x} y={y} textAnchor="end" fill="#1a1a1a" fontSize={fontSize} className="recharts-text">
      {lines.map((l, i) => (
        <tspan key={i} x={x} dy={`${i === 0 ? first : 1.15}em`}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

/**
 * A value (or a short name) on an axis, as recharts' own tick draws it, without its measuring: recharts' tick text
 * measures every label in the DOM and reads the axis' computed font, a forced layout and a second render per axis.
 */
export function PlainTick({
  x = 0,
  y = 0,
  payload,
  textAnchor = 'middle',
  verticalAnchor = 'start',
  fontSize,
  format = String,
}: TickProps & {
  textAnchor?: 'start' | 'middle' | 'end';
  verticalAnchor?: 'start' | 'middle' | 'end';
  fontSize: number;
  format?: (v: never) => string;
}) {
  // The same baseline shifts as recharts' Text: a cap height below the point, half of it for «middle».
  const dy = verticalAnchor === 'start' ? '0.71em' : verticalAnchor === 'middle' ? '0.355em' : '0em';
  return (
    <text x={x} y={y} textAnchor={textAnchor} fill="#1a1a1a" fontSize={fontSize} className="recharts-text">
      <tspan x={x} dy={dy}>
        {format(payload?.value as never)}
      </tspan>
    </text>
  );
}
