// The status chart as a DOCX image: the shared SVG plus a PNG fallback (Word requires one for SVG, and
// LibreOffice draws the fallback). The PNG is the same SVG rasterised by resvg with the system's fonts, so it
// carries the legend, the part names and the counts, not just coloured bars.
import type * as ResvgNs from '@resvg/resvg-js';
import { AppError } from '../errors.ts';
import { statusChartSvg } from '../../../shared/report/status-chart.ts';
import type { Lang } from '../../../shared/i18n/index.ts';
import type { ReportPlan } from '../../../shared/report/model.ts';

export interface ChartImage {
  svg: Buffer;
  png: Buffer;
  width: number;
  height: number;
  title: string;
  description: string;
}

/** Pixels per SVG unit in the fallback: sharp at the printed size (about 17 cm wide) without a large file. */
const PNG_SCALE = 2;

type ResvgModule = typeof ResvgNs;
let resvg: Promise<ResvgModule> | undefined;

export function loadResvg(): Promise<ResvgModule> {
  // Loaded on first use: a native module, needed only when a report with charts is written.
  resvg ??= import('@resvg/resvg-js').catch(() => {
    resvg = undefined;
    throw new AppError(
      'internal',
      'Diagrammet kan ikke tegnes her fordi tegnemodulen mangler. Lag rapporten uten diagram.',
    );
  });
  return resvg;
}

export async function chartPng(svg: string): Promise<Buffer> {
  const { Resvg } = await loadResvg();
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    background: '#FFFFFF',
    // The SVG names its fonts in order (Arial, Helvetica, Carlito, Calibri, DejaVu Sans); the first one installed
    // is used. sans-serif is the last resort.
    font: { loadSystemFonts: true, sansSerifFamily: 'Arial', defaultFontFamily: 'DejaVu Sans' },
  });
  return image.render().asPng();
}

export async function chartImage(plan: ReportPlan, lang: Lang = 'nb'): Promise<ChartImage> {
  const svg = statusChartSvg(plan, lang);
  return {
    svg: Buffer.from(svg.svg, 'utf8'),
    png: await chartPng(svg.svg),
    width: svg.width,
    height: svg.height,
    title: svg.title,
    description: svg.description,
  };
}
