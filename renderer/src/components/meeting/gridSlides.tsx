// Møtemodus: the status grid as slides, the measures × the last four tertials, as many measures as fit a page.
// Each cell says status and assessment in words; the assessment also has its pattern swatch (never colour alone).
import type { GridCell, StatusGrid } from '../../../../shared/api/periods.contract.ts';
import { ASSESSMENT_STYLE } from '../../../../shared/charts/palette.ts';
import type { Plan } from '../../../../shared/domain/types.ts';
import { assessmentLabel, statusLabel } from '../../../../shared/i18n/index.ts';
import type { SlideSpec } from './pages.tsx';

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

type Row = StatusGrid['rows'][number];

/** The grid's slides after the parts and before the changes: the meeting goes from now, over time, to what moved. */
export function withGridSlides(
  specs: SlideSpec[],
  grid: StatusGrid,
  plan: (code: string) => Plan | undefined,
): SlideSpec[] {
  const at = specs.findIndex((s) => s.key.startsWith('endringer-'));
  const i = at < 0 ? specs.length : at;
  return [...specs.slice(0, i), gridSlide(grid, plan), ...specs.slice(i)];
}

/** One slide of measures × periods; pages.tsx cuts it into as many pages as the screen needs («rutenett-1», …). */
export function gridSlide(grid: StatusGrid, plan: (code: string) => Plan | undefined): SlideSpec {
  return {
    key: 'rutenett-',
    title: 'Status per tertial',
    head: [],
    items: grid.rows,
    renderItems: (items) => (
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
          {(items as Row[]).map((r) => (
            <tr key={r.measureId} data-item="">
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
  };
}
