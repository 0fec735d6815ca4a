// The status chart in reports: the one chart definition the screen uses, a PNG fallback in the DOCX that carries
// its lettering (LibreOffice draws the fallback), and a numbered caption in Word's Caption style under each figure.
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportOptions } from '../../shared/api/reports.contract.ts';
import { PATTERN_DEFS, STATUS_SERIES, STATUS_STYLE } from '../../shared/charts/palette.ts';
import { AS_OF_STATUS_CODES, STATUS_LABELS } from '../../shared/domain/vocabulary.ts';
import { statusChartSvg } from '../../shared/report/status-chart.ts';
import { exportFormats } from '../../electron/core/export/formats.ts';
import { buildReport } from '../../electron/core/services/report.service.ts';
import { memoryPortfolio, type TestPortfolio } from '../support/portfolio.ts';
import { readDocx, readDocxMedia } from '../support/read-exports.ts';

const NOW = new Date('2026-11-23T09:00:00.000Z');
let ex: TestPortfolio;

beforeAll(() => {
  ex = memoryPortfolio({ example: true, now: NOW });
});
afterAll(() => ex.db.close());

const req = (extra: Record<string, unknown> = {}) =>
  reportOptions.parse({ asOf: '2025-12-31', includeCharts: true, ...extra });

describe('one chart definition for the screen and the reports', () => {
  it('the status series come in the vocabulary order with its labels, «Ingen status registrert» first', () => {
    expect(STATUS_SERIES.map((s) => s.key)).toEqual([...AS_OF_STATUS_CODES]);
    expect(STATUS_SERIES[0].label).toBe('Ingen status registrert');
    expect(STATUS_SERIES.map((s) => s.label)).toEqual(AS_OF_STATUS_CODES.map((s) => STATUS_LABELS[s]));
  });

  it('the report chart draws each status in the colour and pattern of the dashboard', () => {
    const plan = buildReport(ex.db, req(), NOW).plans[0];
    const { svg } = statusChartSvg(plan);
    expect(svg).toContain(PATTERN_DEFS);
    for (const s of AS_OF_STATUS_CODES) {
      expect(svg).toContain(`fill="${STATUS_STYLE[s].color}"`);
      if (STATUS_STYLE[s].pattern !== 'none') expect(svg).toContain(`fill="url(#pat-${STATUS_STYLE[s].pattern})"`);
      expect(svg).toContain(`>${STATUS_LABELS[s]} (`);
    }
  });
});

/** Pixels drawn in near-black (the chart's #111111 lettering) inside a box of the image. */
function inkPixels(png: PNG, box: { x0: number; y0: number; x1: number; y1: number }): number {
  let n = 0;
  for (let y = box.y0; y < box.y1; y++)
    for (let x = box.x0; x < box.x1; x++) {
      const i = (y * png.width + x) * 4;
      if (Math.max(png.data[i], png.data[i + 1], png.data[i + 2]) < 70) n++;
    }
  return n;
}

describe('the chart in Word', () => {
  it('has a PNG fallback with the legend and the part names written in it', async () => {
    const bytes = (await exportFormats.docx.write(ex.db, req(), { now: NOW })) as Uint8Array;
    const media = [...(await readDocxMedia(bytes)).entries()].filter(([name]) => name.endsWith('.png'));
    const model = buildReport(ex.db, req(), NOW);
    expect(media).toHaveLength(model.plans.length);
    for (const [, data] of media) {
      const png = PNG.sync.read(Buffer.from(data));
      const scale = 2;
      // The plan whose chart has this picture's size (the lettering's positions follow from it).
      const chart = model.plans
        .map((p) => statusChartSvg(p))
        .find((c) => c.width * scale === png.width && c.height * scale === png.height);
      expect(chart).toBeDefined();
      // The legend's first label («Ikke startet (n)») stands right of its swatch on the first line.
      expect(inkPixels(png, { x0: 29 * scale, y0: 8 * scale, x1: 110 * scale, y1: 22 * scale })).toBeGreaterThan(80);
      // Every part's name is written above its bar.
      const parts = [...chart!.svg.matchAll(/<text x="10" y="(\d+)" font-size="12" font-weight="bold"/g)];
      expect(parts.length).toBeGreaterThan(0);
      for (const [, y] of parts) {
        const box = { x0: 10 * scale, y0: (Number(y) - 11) * scale, x1: 300 * scale, y1: (Number(y) + 3) * scale };
        expect(inkPixels(png, box)).toBeGreaterThan(80);
      }
    }
  });

  it('numbers each figure with a caption in the Caption style under it', async () => {
    const doc = await readDocx((await exportFormats.docx.write(ex.db, req(), { now: NOW })) as Uint8Array);
    const captions = [...doc.xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Caption"\/>.*?<\/w:p>/gs)].map(
      (m) => m[0],
    );
    const plans = buildReport(ex.db, req(), NOW).plans;
    expect(captions).toHaveLength(plans.length);
    plans.forEach((plan, i) => {
      expect(captions[i]).toContain('<w:fldSimple w:instr="SEQ Figur \\* ARABIC">');
      expect(doc.paragraphs).toContain(`Figur ${i + 1}: Tiltak etter status per ${plan.partWord}: ${plan.title}`);
    });
    // The caption follows the picture directly.
    const afterImage = doc.xml
      .split('</w:drawing>')
      .slice(1)
      .map((rest) => rest.slice(0, 400));
    for (const rest of afterImage) expect(rest).toContain('<w:pStyle w:val="Caption"/>');
    expect(doc.xml).not.toMatch(/w:dirty="(true|1)"/);
  });
});
