// Møtemodus: the status grid as slides, the measures × the last four tertials, a few measures per slide. Each cell
// says status and assessment in words; the assessment also has its pattern swatch (never colour alone).
import type { ReactNode } from 'react';
import type { GridCell, StatusGrid } from '../../../../shared/api/periods.contract.ts';
import { ASSESSMENT_STYLE } from '../../../../shared/charts/palette.ts';
import type { Plan } from '../../../../shared/domain/types.ts';
import { assessmentLabel, statusLabel } from '../../../../shared/i18n/index.ts';

export const GRID_ROWS_PER_SLIDE = 8;
/** Møtemodus looks at the last four tertials: a year and a bit. */
export const MEETING_GRID = { periodKind: 'tertial', count: 4 } as const;

function Cell({ cell }: { cell: GridCell | null }) {
  if (!cell) return <span className="meeting-grid__none">Ikke startet ennå</span>;
  const style = cell.assessment ? ASSESSMENT_STYLE[cell.assessment] : null;
  return (
    <span className="meeting-grid__cell">
      {style && (
        <svg width="18" height="18" aria-hidden="true">
          <rect width="18" height="18" fill={style.color} stroke="#000" />
          {style.pattern !== 'none' && <rect width="18" height="18" fill={`url(#pat-${style.pattern})`} />}
        </svg>
      )}
      <span>
        {statusLabel(cell.status, 'nb')}
        {cell.assessment && ` · ${assessmentLabel(cell.assessment, 'nb', true)}`}
        {cell.corrected && ' (korrigert etter lukking)'}
      </span>
    </span>
  );
}

type Slide = { key: string; title: string; body: ReactNode };

/** The grid's slides after the parts and before the changes: the meeting goes from now, over time, to what moved. */
export function withGridSlides(slides: Slide[], grid: StatusGrid, plan: (code: string) => Plan | undefined): Slide[] {
  const at = slides.findIndex((s) => s.key.startsWith('endringer-'));
  const i = at < 0 ? slides.length : at;
  return [...slides.slice(0, i), ...gridSlides(grid, plan), ...slides.slice(i)];
}

export function gridSlides(grid: StatusGrid, plan: (code: string) => Plan | undefined): Slide[] {
  const pages: StatusGrid['rows'][] = [];
  for (let i = 0; i < grid.rows.length; i += GRID_ROWS_PER_SLIDE)
    pages.push(grid.rows.slice(i, i + GRID_ROWS_PER_SLIDE));
  return pages.map((rows, i): Slide => ({
    key: `rutenett-${i + 1}`,
    title: `Status per tertial${pages.length > 1 ? ` (${i + 1}/${pages.length})` : ''}`,
    body: (
      <table className="meeting-grid">
        <caption className="visually-hidden">Status og vurdering ved slutten av hvert tertial</caption>
        <thead>
          <tr>
            <th scope="col">Tiltak</th>
            {grid.periods.map((p) => (
              <th scope="col" key={p.key}>
                {p.label}
                {p.closed && ' (lukket)'}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.measureId}>
              <th scope="row">
                {plan(r.planCode)?.shortName ?? r.planCode}, tiltak {r.number}: {r.title}
              </th>
              {r.cells.map((c, j) => (
                <td key={grid.periods[j].key}>
                  <Cell cell={c} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    ),
  }));
}
