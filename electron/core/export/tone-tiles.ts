// The assessment cells' patterns for the PDF as PNG tiles (the fill with the pattern's marks), rasterised once by
// resvg and repeated by the stylesheet (doc-html.ts). Chromium prints a repeated PNG as one image pattern; a repeated
// SVG became vectors in every cell. Without resvg the cells keep their fill and their text, which says it anyway.
import type { CellTone } from '../../../shared/report/document.ts';
import { TONE_STYLE, toneTileSvg } from '../../../shared/report/tones.ts';
import { loadResvg } from './status-chart.ts';

/** Base64 PNG per tone that has a pattern. */
export type ToneTiles = Partial<Record<CellTone, string>>;

/** Pixels per tile unit: a 6 px tile is drawn from 24 pixels, sharp when printed. */
const TILE_SCALE = 4;

let tiles: Promise<ToneTiles> | undefined;

async function render(): Promise<ToneTiles> {
  const { Resvg } = await loadResvg();
  const out: ToneTiles = {};
  for (const tone of Object.keys(TONE_STYLE) as CellTone[]) {
    const svg = toneTileSvg(tone, true);
    if (!svg) continue;
    const png = new Resvg(svg, { fitTo: { mode: 'zoom', value: TILE_SCALE } }).render().asPng();
    out[tone] = Buffer.from(png).toString('base64');
  }
  return out;
}

export function toneTilesPng(): Promise<ToneTiles> {
  tiles ??= render().catch(() => {
    tiles = undefined;
    return {};
  });
  return tiles;
}
