// The report documents' column widths (doc-layout.ts): a measure's title keeps its long compound words whole when a
// smaller text size makes room, rather than print «opplæringsprogra / m» (seen in the pack through LibreOffice).
import { describe, expect, it } from 'vitest';
import { CELL_PAD_PT } from '../../shared/report/layout.ts';
import { docLayout } from '../../shared/report/doc-layout.ts';
import type { DocColumn, DocModel, DocTable } from '../../shared/report/document.ts';
import { textWidthPt } from '../../shared/report/text-metrics.ts';

const COLUMNS: DocColumn[] = [
  { label: 'Nr.', kind: 'code' },
  { label: 'Tiltak', kind: 'text', wide: true },
  { label: 'Ansvarlig', kind: 'code' },
  { label: 'Status', kind: 'text' },
  { label: 'Vurdering', kind: 'text' },
  { label: 'Kommentar', kind: 'text', wide: true },
  { label: 'Endring', kind: 'text' },
];

function statusTable(title: string): DocTable {
  const row = [
    '25',
    title,
    'AID',
    'Ingen status registrert',
    'Ikke vurdert',
    'Fiktiv kommentar: informasjonsmateriell venter på avklaring.',
    'Ny: Pågår · Grønn (før: Ikke startet · Ikke vurdert)',
  ];
  return { kind: 'table', caption: 'Status', columns: COLUMNS, rows: [{ cells: row.map((text) => ({ text })) }] };
}

function doc(table: DocTable, landscape = false): DocModel {
  return {
    lang: 'nb',
    title: 'Rapportpakke',
    footer: '',
    dataset: 'example',
    datasetLabel: '',
    landscape,
    fileStem: 'x',
    generatedAt: '2026-01-15T09:00:00Z',
    blocks: [table],
  };
}

const wordFits = (word: string, widthPt: number, fontPt: number) =>
  textWidthPt(word, fontPt) + 2 * CELL_PAD_PT <= widthPt;

describe('column widths of a report document', () => {
  it('keep every word of a title whole on a portrait page, with a smaller text if need be', () => {
    const layout = docLayout(doc(statusTable('Eksempeltiltak 25: opplæringsprogram i informasjonsmateriell')));
    expect(layout.fits).toBe(true);
    const [, title, , , , comment] = layout.widthsPt[0];
    expect(wordFits('opplæringsprogram', title, layout.fontPt)).toBe(true);
    expect(wordFits('informasjonsmateriell', title, layout.fontPt)).toBe(true);
    expect(wordFits('informasjonsmateriell', comment, layout.fontPt)).toBe(true);
  });

  it('let a word longer than any column could hold break rather than refuse the page', () => {
    const giant = 'Menneskehandelsbekjempelsessamarbeidskoordineringsgruppeinformasjonsmateriellet';
    const layout = docLayout(doc(statusTable(`Eksempeltiltak 1: ${giant}`)));
    expect(layout.fits).toBe(true);
    expect(wordFits(giant, layout.widthsPt[0][1], layout.fontPt)).toBe(false);
  });

  it('keep a date, amount or duration in a code column whole, spaces and all, in a crowded table', () => {
    const plain = statusTable('Eksempeltiltak 14: informasjonsmateriell i barnevernet');
    const table: DocTable = {
      ...plain,
      columns: [...COLUMNS.slice(0, 6), { label: 'Gul/rød siden', kind: 'code' }],
      rows: [{ cells: [...plain.rows[0].cells.slice(0, 6), { text: '13 September 2025' }] }],
    };
    const layout = docLayout(doc(table));
    expect(layout.fits).toBe(true);
    expect(wordFits('13 September 2025', layout.widthsPt[0][6], layout.fontPt)).toBe(true);
  });

  it('give each table the most generous widths it fits, so one crowded table does not break another’s words', () => {
    const giant = 'Menneskehandelsbekjempelsessamarbeidskoordineringsgruppeinformasjonsmateriellet';
    const crowded = statusTable(`Eksempeltiltak 1: ${giant}`);
    const plain = statusTable('Eksempeltiltak 25: opplæringsprogram i informasjonsmateriell');
    const layout = docLayout({ ...doc(crowded), blocks: [crowded, plain] });
    expect(layout.fits).toBe(true);
    expect(wordFits(giant, layout.widthsPt[0][1], layout.fontPt)).toBe(false);
    // The plain table keeps its title's long words whole, as it would alone.
    expect(wordFits('informasjonsmateriell', layout.widthsPt[1][1], layout.fontPt)).toBe(true);
    expect(wordFits('opplæringsprogram', layout.widthsPt[1][1], layout.fontPt)).toBe(true);
  });
});
