// A category name under its bar in a vertical bar chart (BarChartCard's x axis).

export interface TickProps {
  x?: number;
  y?: number;
  payload?: { value?: unknown };
  width?: number;
  visibleTicksCount?: number;
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
  // A generous average advance for Inter at this size: a line is broken before it could touch the next one.
  const fits = (t: string) => t.length * fontSize * 0.6 <= band;
  const lines: string[] = [];
  let line = '';
  for (const word of String(payload?.value ?? '').split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && !fits(next)) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
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
