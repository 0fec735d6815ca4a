// How a bar chart adapts to a narrow card (a phone-sized window, 400 % zoom), worked out from its width alone so
// that the chart is drawn once at a normal width and only a narrow one costs a second drawing.
import { nameWidth, wordsFit } from './WrappedTick.tsx';

export const CHART_MARGIN = { top: 8, right: 16, bottom: 8, left: 8 };
/** The per-ministry charts' name axis («HOD», «JD»): always wide enough for a ministry's short name. */
export const SHORT_NAME_AXIS = 90;
const VALUE_TICKS = 5;

export interface ChartShape {
  /** The category names as the axis shows them. */
  names: string[];
  /** The widest value label the value axis could show (the largest bar's, formatted). */
  widestValue: string;
  /** Bars that lie down by design (names beside them), not only when narrow. */
  horizontal: boolean;
  /** The value axis' width when the bars stand. */
  valueAxisWidth: number;
  fontSize: number;
}

export interface NarrowLayout {
  /** The bars lie down with the names beside them (they stood, and the names ran into each other under them). */
  lying: boolean;
  /** The name axis' width, and the room a name's lines get in it. */
  nameAxisWidth: number;
  nameRoom: number;
  /** How many values the (horizontal) value axis shows without their labels touching. */
  valueTicks: number;
  /** Room on the right for half of the last value's label, which is centred on the end of the axis. */
  margin: typeof CHART_MARGIN;
}

/** The chart's layout at `width` when the normal one does not fit, or null when it does. */
export function narrowLayout(width: number, shape: ChartShape): NarrowLayout | null {
  const { names, horizontal, fontSize } = shape;
  const band = (width - CHART_MARGIN.left - CHART_MARGIN.right - shape.valueAxisWidth) / Math.max(1, names.length) - 6;
  const lying = !horizontal && !wordsFit(names, band, fontSize);
  // Beside the bars a name may take up to 40 % of the chart, on as many lines as it needs.
  const nameRoom = lying ? nameWidth(names, width * 0.4, fontSize + 1) : SHORT_NAME_AXIS - 10;
  const nameAxisWidth = nameRoom + 10;
  // Values along a lying chart are spaced (width of the plot) / (ticks − 1): each needs its label's width and a gap.
  const valueLabel = (shape.widestValue.length + 1) * fontSize * 0.6;
  const margin = { ...CHART_MARGIN, right: Math.max(CHART_MARGIN.right, Math.ceil(valueLabel / 2)) };
  const plot = width - margin.left - margin.right - nameAxisWidth;
  const valueTicks = Math.max(2, Math.min(VALUE_TICKS, Math.floor(plot / (valueLabel + 8)) + 1));
  if (!lying && (!horizontal || valueTicks === VALUE_TICKS)) return null;
  return { lying, nameAxisWidth, nameRoom, valueTicks, margin };
}
