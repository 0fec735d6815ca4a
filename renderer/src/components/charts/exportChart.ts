// Saves a chart as SVG or PNG that reads correctly on its own: the whole title, the as-of date, the filter and the
// data kind, and the legend (chartImage.ts) above the chart. The SVG is serialised here in the
// renderer; PNG goes through a canvas. Both download through a Blob link (CSP allows blob: and data: images).
import { PATTERN_DEFS } from '../../../../shared/charts/palette.ts';
import { chartImageHead, type ChartImageText } from './chartImage.ts';

const FONT = "'Inter Variable', 'Inter', Arial, sans-serif";

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** A standalone SVG document: the head (title, lines, legend), the chart, and the pattern definitions they use. */
export function chartSvgDocument(
  chart: SVGSVGElement,
  text: ChartImageText,
): { svg: string; width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const width = Math.ceil(box.width || Number(chart.getAttribute('width')) || 800);
  const chartHeight = Math.ceil(box.height || Number(chart.getAttribute('height')) || 400);
  const { markup, height: head } = chartImageHead(text, width);
  const clone = chart.cloneNode(true) as SVGSVGElement;
  clone.querySelectorAll('[tabindex]').forEach((el) => el.removeAttribute('tabindex'));
  const inner = new XMLSerializer()
    .serializeToString(clone)
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>$/, '');
  const height = head + chartHeight + 8;
  const open =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`;
  const svg = `${open}
<defs>${PATTERN_DEFS}</defs>
<rect width="100%" height="100%" fill="#ffffff"/>
<title>${escapeXml(text.title)}</title>
${markup}
<g transform="translate(0 ${head})">${inner}</g>
</svg>`;
  return { svg, width, height };
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function fileNameFor(title: string, asOf: string, ext: 'svg' | 'png'): string {
  const slug = title
    .toLowerCase()
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/[å]/g, 'a')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}-${asOf}.${ext}`;
}

export function saveSvg(chart: SVGSVGElement, text: ChartImageText, fileName: string): void {
  const { svg } = chartSvgDocument(chart, text);
  download(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}

export async function savePng(chart: SVGSVGElement, text: ChartImageText, fileName: string, scale = 2): Promise<void> {
  const { svg, width, height } = chartSvgDocument(chart, text);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Kunne ikke lage bildet.');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0);
  const blob = await new Promise<Blob | null>((ok) => canvas.toBlob(ok, 'image/png'));
  if (!blob) throw new Error('Kunne ikke lage bildet.');
  download(blob, fileName);
}
