// The status chart as a DOCX image: the shared SVG plus a PNG fallback (Word requires one for SVG).
// The PNG is drawn here from the same bar geometry with a minimal encoder (zlib from Node), so no
// native image library is needed; it has the bars but no lettering, and only shows in programs that
// cannot draw SVG. The numbers are in the image's alt text as well.
import { crc32, deflateSync } from 'node:zlib';
import { chartLayout, statusChartSvg } from '../../../shared/report/status-chart.ts';
import type { ReportPlan } from '../../../shared/report/model.ts';

export interface ChartImage {
  svg: Buffer;
  png: Buffer;
  width: number;
  height: number;
  title: string;
  description: string;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    raw.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function chartPng(plan: ReportPlan): Buffer {
  const { width, height, bars } = chartLayout(plan);
  const rgb = new Uint8Array(width * height * 3).fill(255);
  for (const b of bars) {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(b.fill.slice(i, i + 2), 16));
    for (let y = Math.round(b.y); y < Math.round(b.y + b.height) && y < height; y++) {
      for (let x = Math.round(b.x); x < Math.round(b.x + b.width) - 1 && x < width; x++) {
        rgb.set([r, g, bl], (y * width + x) * 3);
      }
    }
  }
  return encodePng(width, height, rgb);
}

export function chartImage(plan: ReportPlan): ChartImage {
  const svg = statusChartSvg(plan);
  return {
    svg: Buffer.from(svg.svg, 'utf8'),
    png: chartPng(plan),
    width: svg.width,
    height: svg.height,
    title: svg.title,
    description: svg.description,
  };
}
