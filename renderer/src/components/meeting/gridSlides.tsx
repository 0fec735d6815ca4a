// Møtemodus: the status grid as slides, the measures × the last four tertials, as many measures as fit a page.
// Each cell says status and assessment in words; the assessment also has its pattern swatch (never colour alone).
// A correction after closing is marked in its cell and says why on a line of its own under the measure's row, across
// the grid (clamped to a few lines like a comment; Enter shows every reason on the page in full, gridReasons).
import type { GridCell, StatusGrid } from '../../../../shared/api/periods.contract.ts';
import { ASSESSMENT_STYLE } from '../../../../shared/charts/palette.ts';
import type { Plan } from '../../../../shared/domain/types.ts';
import { assessmentLabel, statusLabel } from '../../../../shared/i18n/index.ts';
import { measureOnSlide } from './measureOnSlide.ts';
import type { SlideSpec } from './pages.tsx';
import type { PageText } from './slides.tsx';

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
/** A row of the grid with its periods' labels, so a page's reasons can name the period they belong to. */
type GridItem = Row & { periodLabels: string[] };

const rowName = (r: Row, plan: (code: string) => Plan | undefined) => measureOnSlide(r, plan);

/** A row's corrections after closing: the period and why, in the order of the columns. */
function corrections(r: GridItem): { period: string; reason: string | null }[] {
  return r.cells.flatMap((c, i) => (c?.corrected ? [{ period: r.periodLabels[i], reason: c.reason }] : []));
}

/** The reasons for the corrections on a page of the grid, in full, for the «hele kommentaren» dialog. */
export function gridReasons(items: unknown[], plan: (code: string) => Plan | undefined): PageText[] {
  return items.flatMap((it) => {
    if (typeof it !== 'object' || it === null || !('periodLabels' in it)) return [];
    const r = it as GridItem;
    return corrections(r).flatMap((c) =>
      c.reason
        ? [
            {
              who: `${rowName(r, plan)} – ${c.period}, korrigert etter lukking`,
              text: c.reason,
              kind: 'reason' as const,
            },
          ]
        : [],
    );
  });
}

/**
 * A measure's row, and under it, across the whole width, why a status in it was corrected after closing: on a
 * projector the reason needs more room than a period's column, and a screen reader reads it as the next row. Both
 * rows are one item (a tbody), so a page never separates them.
 */
function MeasureRows({ r, name, periods }: { r: GridItem; name: string; periods: StatusGrid['periods'] }) {
  const notes = corrections(r);
  return (
    <tbody data-item="">
      <tr className={notes.length > 0 ? 'has-note' : undefined}>
        <th scope="row">{name}</th>
        {r.cells.map((c, j) => (
          <td key={periods[j].key}>
            <Cell cell={c} />
          </td>
        ))}
      </tr>
      {notes.length > 0 && (
        <tr className="meeting-grid__note">
          <td colSpan={periods.length + 1}>
            {notes.map((n) => (
              <p key={n.period} className="meeting-clamp">
                <strong>Korrigert etter lukking i {n.period}:</strong> {n.reason ?? 'ingen begrunnelse registrert'}
              </p>
            ))}
          </td>
        </tr>
      )}
    </tbody>
  );
}

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
    items: grid.rows.map((r): GridItem => ({ ...r, periodLabels: grid.periods.map((p) => p.label) })),
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
        {(items as GridItem[]).map((r) => (
          <MeasureRows key={r.measureId} r={r} name={rowName(r, plan)} periods={grid.periods} />
        ))}
      </table>
    ),
  };
}
