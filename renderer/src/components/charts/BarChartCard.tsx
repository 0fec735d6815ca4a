// One accessible bar chart: heading, text summary, the chart (every segment a keyboard link into the register),
// a "Vis som tabell" alternative, and PNG/SVG export that reads alone: title, as-of date, notes and legend.
import { Button, Details, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useDeferredValue, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatDate, formatInteger } from '../../../../shared/format/nb.ts';
import { fileNameFor, savePng, saveSvg } from './exportChart.ts';
import type { SeriesStyle } from '../../../../shared/charts/palette.ts';
import '../../styles/ds/details.css';
import '../../styles/ds/table.css';
import { PlainTick, SideTick, WrappedTick, type TickProps } from './WrappedTick.tsx';
import { CHART_MARGIN, narrowLayout, SHORT_NAME_AXIS } from './narrowLayout.ts';
import { TableScroll } from '../TableScroll.tsx';
import { openHref } from '../../app/router.ts';
import { FirstFrameChart, firstWidth, useFirstFrame } from './FirstFrameChart.tsx';
import { moveSegmentFocus, roveTo } from './segmentFocus.ts';

export interface ChartSeries extends SeriesStyle {
  key: string;
  label: string;
}

export interface ChartCategory {
  key: string;
  /** Axis label (short). */
  label: string;
  /** Full name for the table and for screen readers. */
  name?: string;
  values: Record<string, number>;
}

export interface BarChartCardProps {
  id: string;
  title: string;
  summary: string;
  asOf: string;
  categories: ChartCategory[];
  series: ChartSeries[];
  stacked?: boolean;
  /** Where a segment (and its table cell) leads; undefined = not a link. */
  hrefFor?: (category: ChartCategory, series: ChartSeries) => string | undefined;
  formatValue?: (n: number) => string;
  /** The table's figures, when the chart's are compact («139,6 mill.»): the table gives them exactly. */
  formatTableValue?: (n: number) => string;
  /** Fixed size (component tests, meeting mode); otherwise the chart fills the card's width. */
  width?: number;
  /** The card spans the page (not half of it): its first frame is drawn at that width (FirstFrameChart). */
  wide?: boolean;
  height?: number;
  /** Horizontal bars (category names on the left): for long names. */
  horizontal?: boolean;
  compact?: boolean;
  /** Lines a saved image carries under its as-of date: the filter in words, «Eksempeldata – ikke reelle tall». */
  imageNotes?: string[];
}

/** The text column of an A4 page with the print margins (print.css), in CSS pixels. */
const PRINT_WIDTH = 660;

interface SegmentProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  index?: number;
}

export function BarChartCard(props: BarChartCardProps) {
  const { title, summary, asOf, categories, series, stacked = true, hrefFor, formatValue = formatInteger } = props;
  const formatTable = props.formatTableValue ?? formatValue;
  const chartRef = useRef<HTMLDivElement>(null);
  // recharts takes over from the server's drawing in a render React can pause: done in the render right after
  // hydration, it held the page for 300–470 ms (five charts at 44 measures) as it first took clicks and keys.
  const firstFrame = useDeferredValue(useFirstFrame());
  const headingId = useId();
  const [exportError, setExportError] = useState<string | null>(null);
  // Meeting mode is read from across a room: larger axis text.
  const tick = props.compact ? 20 : 13;
  const valueAxisWidth = stacked ? 48 : 96;
  const largest = Math.max(
    0,
    ...categories.map((c) => {
      const values = series.map((s) => c.values[s.key] ?? 0);
      return stacked ? values.reduce((a, b) => a + b, 0) : Math.max(0, ...values);
    }),
  );
  const shape = {
    names: categories.map((c) => c.label),
    widestValue: formatValue(largest),
    horizontal: props.horizontal ?? false,
    valueAxisWidth,
    fontSize: tick,
  };
  // The card's width while it is too narrow for the normal layout (the names under the bars ran into each other at
  // 320 px), else null: kept in state only then, so at a normal width the chart is drawn once.
  const [narrowAt, setNarrowAt] = useState<number | null>(null);
  const narrow = narrowAt === null ? null : narrowLayout(narrowAt, shape);
  const horizontal = shape.horizontal || !!narrow?.lying;
  // On paper the chart keeps the size it has on screen (it is not redrawn for printing): a chart wider than an A4
  // page's text column is zoomed to fit it, so nothing is cut off at the right. Set on the element, not in state:
  // a state change would draw the whole chart again through recharts.
  const fitPrint = (width: number) =>
    chartRef.current?.style.setProperty('--print-zoom', String(Math.min(1, PRINT_WIDTH / Math.max(1, width))));
  const onResize = (width: number) => {
    fitPrint(width);
    const next = narrowLayout(width, shape) ? Math.round(width) : null;
    setNarrowAt((was) => (was === next ? was : next));
  };
  // The first segment that leads somewhere takes the tab stop until another is focused.
  const firstLinked = (() => {
    for (let i = 0; i < categories.length; i++)
      for (const s of series)
        if ((categories[i].values[s.key] ?? 0) > 0 && hrefFor?.(categories[i], s)) return { index: i, series: s.key };
    return { index: -1, series: '' };
  })();
  const data = categories.map((c) => ({ __label: c.label, ...c.values }));
  const height = props.height ?? (horizontal ? Math.max(220, 60 + categories.length * 44) : 340);
  const subtitle = `Per ${formatDate(asOf)}`;

  const open = (href: string | undefined) => {
    if (href) openHref(href);
  };

  const segment = (s: ChartSeries) =>
    function Segment(p: SegmentProps) {
      const { x = 0, y = 0, width = 0, height: h = 0, index = 0 } = p;
      const cat = categories[index];
      const value = cat?.values[s.key] ?? 0;
      if (!cat || value <= 0 || width <= 0 || h <= 0) return <g />;
      const href = hrefFor?.(cat, s);
      const text = `${cat.name ?? cat.label}: ${formatValue(value)} ${s.label.toLowerCase()}`;
      // A number is drawn on a segment only where it fits; the table and the segment's name carry it anyway.
      const textWidth = formatValue(value).length * (props.compact ? 12 : 8.5) + 6;
      const showLabel = width >= textWidth && h >= (props.compact ? 24 : 17);
      const onKeyDown = (e: KeyboardEvent) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          open(href);
        }
      };
      const shape = (
        <>
          <rect x={x} y={y} width={width} height={h} fill={s.color} stroke="#ffffff" strokeWidth={1} />
          {s.pattern !== 'none' && <rect x={x} y={y} width={width} height={h} fill={`url(#pat-${s.pattern})`} />}
          {showLabel && (
            <text
              x={x + width / 2}
              y={y + h / 2}
              textAnchor="middle"
              dominantBaseline="central"
              fill={s.ink}
              fontSize={props.compact ? 20 : 14}
              fontWeight={600}
              paintOrder="stroke"
              stroke={s.ink === '#000000' ? '#ffffff' : '#000000'}
              strokeWidth={3}
              strokeOpacity={0.6}
            >
              {formatValue(value)}
            </text>
          )}
        </>
      );
      if (!href) return <g aria-label={text}>{shape}</g>;
      const id = `${cat.key}:${s.key}`;
      const first = index === firstLinked.index && s.key === firstLinked.series;
      return (
        <g
          role="link"
          tabIndex={first ? 0 : -1}
          onFocus={rove}
          aria-label={`${text}. Åpne i Tiltak`}
          className="chart-seg"
          data-segment={id}
          data-order={index * series.length + series.indexOf(s)}
          onClick={() => open(href)}
          onKeyDown={onKeyDown}
        >
          <title>{text}</title>
          {shape}
        </g>
      );
    };

  const rove = (e: React.FocusEvent<SVGGElement>) => roveTo(chartRef.current, e.currentTarget);
  const moveFocus = (e: KeyboardEvent<HTMLDivElement>) => moveSegmentFocus(chartRef.current, e);

  const save = async (kind: 'png' | 'svg') => {
    const svg = chartRef.current?.querySelector('svg.recharts-surface') as SVGSVGElement | null;
    if (!svg) return;
    setExportError(null);
    const text = { title, lines: [subtitle, ...(props.imageNotes ?? [])], legend: series };
    try {
      if (kind === 'svg') saveSvg(svg, text, fileNameFor(title, asOf, 'svg'));
      else await savePng(svg, text, fileNameFor(title, asOf, 'png'));
    } catch {
      setExportError('Kunne ikke lagre bildet.');
    }
  };

  // interval={0} on every axis: the value axes have five "nice" ticks that always fit, and recharts would
  // otherwise measure each tick's text in the DOM to thin them out (a forced layout per tick).
  const chart = (
    <BarChart
      data={data}
      layout={horizontal ? 'vertical' : 'horizontal'}
      accessibilityLayer={false}
      margin={narrow?.margin ?? CHART_MARGIN}
      barCategoryGap="18%"
    >
      <CartesianGrid strokeDasharray="3 3" stroke="#d0d0d0" horizontal={!horizontal} vertical={horizontal} />
      {horizontal ? (
        <>
          <XAxis
            type="number"
            allowDecimals={false}
            tickCount={narrow?.valueTicks ?? 5}
            tick={(t: object) => <PlainTick {...(t as TickProps)} fontSize={tick} format={formatValue} />}
            interval={0}
          />
          <YAxis
            type="category"
            dataKey="__label"
            width={narrow?.nameAxisWidth ?? SHORT_NAME_AXIS}
            tick={(t: object) =>
              narrow?.lying ? (
                <SideTick {...(t as TickProps)} fontSize={tick + 1} room={narrow.nameRoom} />
              ) : (
                <PlainTick {...(t as TickProps)} fontSize={tick + 1} />
              )
            }
            interval={0}
          />
        </>
      ) : (
        <>
          <XAxis
            dataKey="__label"
            tick={(t: object) => <WrappedTick {...(t as TickProps)} fontSize={tick} />}
            height={tick * 2.6 + 10}
            interval={0}
          />
          <YAxis
            allowDecimals={false}
            width={valueAxisWidth}
            tick={(t: object) => <PlainTick {...(t as TickProps)} fontSize={tick} format={formatValue} />}
            interval={0}
          />
        </>
      )}
      {series.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stackId={stacked ? 'a' : undefined}
          fill={s.color}
          isAnimationActive={false}
          shape={segment(s)}
        />
      ))}
    </BarChart>
  );

  return (
    <section
      className={`chart-card${props.compact ? ' chart-card--compact' : ''}`}
      aria-labelledby={headingId}
      data-chart={props.id}
    >
      <div className="chart-card__head">
        <Heading level={2} data-size="xs" id={headingId}>
          {title}
        </Heading>
        {!props.compact && categories.length > 0 && (
          <div className="chart-card__actions">
            <Button
              variant="tertiary"
              data-size="sm"
              onClick={() => void save('png')}
              aria-label={`Lagre «${title}» som PNG`}
            >
              PNG
            </Button>
            <Button
              variant="tertiary"
              data-size="sm"
              onClick={() => void save('svg')}
              aria-label={`Lagre «${title}» som SVG`}
            >
              SVG
            </Button>
          </div>
        )}
      </div>
      <Paragraph data-size="sm" className="chart-card__summary">
        {summary}
      </Paragraph>
      {hrefFor && !props.compact && categories.length > 0 && (
        <p className="visually-hidden">
          Søylene er lenker: bruk piltastene for å gå mellom dem og Enter for å åpne tiltakene i Tiltak.
        </p>
      )}
      <ul className="chart-legend" aria-label="Forklaring">
        {series.map((s) => (
          <li key={s.key}>
            <svg width="18" height="18" aria-hidden="true">
              <rect width="18" height="18" fill={s.color} stroke="#333" />
              {s.pattern !== 'none' && <rect width="18" height="18" fill={`url(#pat-${s.pattern})`} />}
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
      {categories.length > 0 && (
        <div ref={chartRef} className="chart-card__chart" style={{ height }} onKeyDown={moveFocus}>
          {props.width ? (
            <div style={{ width: props.width, height }}>{chartSized(chart, props.width, height)}</div>
          ) : firstFrame ? (
            <FirstFrameChart
              width={firstWidth(props.wide)}
              categories={categories}
              seriesKeys={series.map((s) => s.key)}
              {...{ stacked, horizontal, height, valueAxisWidth, formatValue, fontSize: tick }}
              segment={(key) => segment(series.find((s) => s.key === key)!)}
            />
          ) : (
            <ResponsiveContainer
              width="100%"
              height={height}
              initialDimension={{ width: firstWidth(props.wide), height }}
              onResize={onResize}
            >
              {chart}
            </ResponsiveContainer>
          )}
        </div>
      )}
      {exportError && (
        <Paragraph data-size="sm" role="alert">
          {exportError}
        </Paragraph>
      )}
      {!props.compact && categories.length > 0 && (
        <Details>
          <Details.Summary>Vis som tabell</Details.Summary>
          <Details.Content>
            <TableScroll label={title}>
              <Table data-size="sm" className="chart-table">
                <caption className="visually-hidden">{title}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{props.horizontal ? 'Departement' : ''}</Table.HeaderCell>
                    {series.map((s) => (
                      <Table.HeaderCell key={s.key}>{s.label}</Table.HeaderCell>
                    ))}
                    {stacked && <Table.HeaderCell>Sum</Table.HeaderCell>}
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {categories.map((c) => (
                    <Table.Row key={c.key}>
                      <Table.HeaderCell scope="row">{c.name ?? c.label}</Table.HeaderCell>
                      {series.map((s) => {
                        const v = c.values[s.key] ?? 0;
                        const href = v > 0 ? hrefFor?.(c, s) : undefined;
                        return (
                          <Table.Cell key={s.key}>
                            {href ? <a href={href}>{formatTable(v)}</a> : formatTable(v)}
                          </Table.Cell>
                        );
                      })}
                      {stacked && (
                        <Table.Cell>
                          {formatTable(series.reduce((sum, s) => sum + (c.values[s.key] ?? 0), 0))}
                        </Table.Cell>
                      )}
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          </Details.Content>
        </Details>
      )}
    </section>
  );
}

function chartSized(chart: React.ReactElement<{ width?: number; height?: number }>, width: number, height: number) {
  return <chart.type {...chart.props} width={width} height={height} />;
}

// Kept importable from here; it lives in its own file so pages without recharts can use it.
export { ChartPatterns } from './ChartPatterns.tsx';
