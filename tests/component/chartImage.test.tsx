// The head of a saved chart image: the whole title wrapped within the image, the notes under it, and the legend.
import { describe, expect, it } from 'vitest';
import {
  chartImageHead,
  estimateWidth,
  legendPlaces,
  wrapText,
} from '../../renderer/src/components/charts/chartImage.ts';
import { STATUS_SERIES } from '../../shared/charts/palette.ts';
import { EXAMPLE_DATA_LABEL } from '../../shared/domain/vocabulary.ts';

const LONG = 'Status per hoveddel – Regjeringens handlingsplan mot menneskehandel';
const texts = (markup: string) => [...markup.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('wrapText', () => {
  it('keeps a title that fits on one line', () => {
    expect(wrapText('Vurdering per departement', 500, 20)).toEqual(['Vurdering per departement']);
  });

  it('breaks a long title at spaces into lines no wider than the room, losing no word', () => {
    const lines = wrapText(LONG, 400, 20);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(estimateWidth(l, 20)).toBeLessThanOrEqual(400);
    expect(lines.join(' ')).toBe(LONG);
  });

  it('breaks a word wider than the room inside it, so nothing is cut off at the right', () => {
    const lines = wrapText('Barne-, ungdoms- og familiedepartementet', 120, 20);
    for (const l of lines) expect(estimateWidth(l, 20)).toBeLessThanOrEqual(120);
    expect(lines.join('').replace(/ /g, '')).toBe('Barne-,ungdoms-ogfamiliedepartementet');
  });

  it('uses the measure it is given', () => {
    const wide = (s: string, size: number) => s.length * size;
    expect(wrapText('ab cd', 40, 10, wide)).toEqual(['ab', 'cd']);
    expect(wrapText('ab cd', 40, 10)).toEqual(['ab cd']);
  });
});

describe('legendPlaces', () => {
  it('lays entries left to right and starts a new row when the next would pass the room', () => {
    expect(legendPlaces([50, 50, 50], 130, 20)).toEqual([
      { x: 0, row: 0 },
      { x: 70, row: 0 },
      { x: 0, row: 1 },
    ]);
  });

  it('gives an entry wider than the room a row of its own', () => {
    expect(legendPlaces([200, 30], 100, 20)).toEqual([
      { x: 0, row: 0 },
      { x: 0, row: 1 },
    ]);
  });
});

describe('chartImageHead', () => {
  const legend = STATUS_SERIES.map(({ label, color, pattern }) => ({ label, color, pattern }));

  it('keeps the old head for a short title with only the as-of line and no legend', () => {
    const head = chartImageHead({ title: 'Vurdering per departement', lines: ['Per 31.12.2025'], legend: [] }, 600);
    expect(head.markup).toContain(
      '<text x="16" y="28" font-size="20" font-weight="600" fill="#111111">Vurdering per departement</text>',
    );
    expect(head.height).toBe(64);
  });

  it('carries the whole title, the notes and every series with its colour and pattern, within the width', () => {
    const lines = ['Per 28.11.2026', 'Utvalg: Handlingsplanen 2016 · departement JD', EXAMPLE_DATA_LABEL];
    const width = 420;
    const head = chartImageHead({ title: LONG, lines, legend }, width);
    const all = texts(head.markup);
    const title = all.slice(0, all.indexOf('Per 28.11.2026'));
    expect(title.length).toBeGreaterThan(1);
    expect(title.join(' ')).toBe(LONG);
    for (const line of lines) expect(all).toContain(line);
    for (const s of STATUS_SERIES) {
      expect(all).toContain(s.label);
      expect(head.markup).toContain(`fill="${s.color}"`);
      if (s.pattern !== 'none') expect(head.markup).toContain(`url(#pat-${s.pattern})`);
    }
    // Every line, and every legend entry, ends inside the image (by the estimate), and above the chart.
    for (const m of head.markup.matchAll(/<text x="16" y="(\d+)" font-size="(\d+)"[^>]*>([^<]*)</g)) {
      expect(16 + estimateWidth(m[3], Number(m[2]))).toBeLessThanOrEqual(width - 16);
      expect(Number(m[1])).toBeLessThan(head.height);
    }
    for (const m of head.markup.matchAll(/translate\((\d+) (\d+)\)">.*?<text[^>]*>([^<]*)</g)) {
      expect(Number(m[1]) + 24 + estimateWidth(m[3], 14)).toBeLessThanOrEqual(width - 16);
      expect(Number(m[2]) + 18).toBeLessThan(head.height);
    }
  });

  it('escapes text for XML', () => {
    const head = chartImageHead({ title: 'A & B <C>', lines: [], legend: [] }, 600);
    expect(head.markup).toContain('A &amp; B &lt;C&gt;');
  });
});
