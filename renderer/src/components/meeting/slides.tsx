// What Møtemodus shows, as slides before they are cut into pages (pages.tsx): the overview; the obligations' coverage
// (dashboard/CoverageSlide.tsx); one slide per part; changes since the last meeting; every gul/rød measure with its
// comment. A comment is clamped to a few lines on the slide; the whole text is one key (Enter) away.
import type {
  ChangeRow,
  DashboardOverview,
  FlaggedMeasure,
  PartStatusRow,
} from '../../../../shared/api/dashboard.contract.ts';
import { ASSESSMENT_STYLE, STATUS_STYLE } from '../../../../shared/charts/palette.ts';
import { partName } from '../../../../shared/domain/plans.ts';
import type { Plan } from '../../../../shared/domain/types.ts';
import { AS_OF_STATUS_CODES, ASSESSMENT_SHORT, STATUS_LABELS } from '../../../../shared/domain/vocabulary.ts';
import { formatDate, formatInteger } from '../../../../shared/format/nb.ts';
import type { CoverageResult } from '../../../../shared/api/obligations.contract.ts';
import type { RegisterResult, RegisterRow } from '../../../../shared/api/register.contract.ts';
import { DASHBOARD_STALE_MONTHS } from '../../../../shared/api/view-params.ts';
import type { DashboardState } from '../../hooks/useDashboard.ts';
import { coverageSlide } from '../dashboard/CoverageSlide.tsx';
import { ChangesList } from '../dashboard/ChangesList.tsx';
import { AssessmentByMinistryChart } from '../dashboard/charts.tsx';
import { KeyFigures } from '../dashboard/KeyFigures.tsx';
import { gridReasons } from './gridSlides.tsx';
import { measureOnSlide } from './measureOnSlide.ts';
import type { SlideSpec } from './pages.tsx';

/** A part's slide names its first few gul/rød measures; all of them follow on their own slides. */
const PART_FLAGGED = 2;

function Counts({ row }: { row: PartStatusRow }) {
  return (
    <ul className="meeting-counts">
      {AS_OF_STATUS_CODES.map((s) => (
        <li key={s} className={row.counts[s] === 0 ? 'is-zero' : undefined}>
          <svg width="28" height="28" aria-hidden="true">
            <rect width="28" height="28" fill={STATUS_STYLE[s].color} stroke="#fff" />
            {STATUS_STYLE[s].pattern !== 'none' && (
              <rect width="28" height="28" fill={`url(#pat-${STATUS_STYLE[s].pattern})`} />
            )}
          </svg>
          <span className="meeting-counts__n">{formatInteger(row.counts[s])}</span>
          <span>{STATUS_LABELS[s]}</span>
        </li>
      ))}
    </ul>
  );
}

export const flaggedName = (m: FlaggedMeasure, plan: (code: string) => Plan | undefined): string =>
  measureOnSlide(m, plan, m.owner);

function FlaggedList({ rows, plan }: { rows: FlaggedMeasure[]; plan: (code: string) => Plan | undefined }) {
  return (
    <ul className="meeting-flagged">
      {rows.map((m) => (
        <li key={m.measureId} className={`meeting-flagged__item is-${m.assessment}`} data-item="">
          <span className="meeting-flagged__badge">
            <svg width="22" height="22" aria-hidden="true">
              <rect width="22" height="22" fill={ASSESSMENT_STYLE[m.assessment].color} stroke="#fff" />
              <rect width="22" height="22" fill={`url(#pat-${ASSESSMENT_STYLE[m.assessment].pattern})`} />
            </svg>
            {ASSESSMENT_SHORT[m.assessment]}
          </span>
          <div>
            <div className="meeting-flagged__title">{flaggedName(m, plan)}</div>
            <div className="meeting-flagged__comment meeting-clamp">«{m.comment}»</div>
            <div className="meeting-flagged__meta">
              {STATUS_LABELS[m.status]} · {m.author}, {formatDate(m.effectiveDate)}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** A measure nobody has reported on lately: its status, who owns it, and when it was last updated, if ever. */
function StaleList(props: { rows: RegisterRow[]; view: RegisterResult; plan: (code: string) => Plan | undefined }) {
  const { rows, view, plan } = props;
  return (
    <ul className="meeting-flagged">
      {rows.map((m) => {
        const owner = m.ownerId !== null ? view.orgs[m.ownerId]?.abbrev : undefined;
        const style = STATUS_STYLE[m.status];
        return (
          <li key={m.id} className="meeting-flagged__item" data-item="">
            <span className="meeting-flagged__badge">
              <svg width="22" height="22" aria-hidden="true">
                <rect width="22" height="22" fill={style.color} stroke="#fff" />
                {style.pattern !== 'none' && <rect width="22" height="22" fill={`url(#pat-${style.pattern})`} />}
              </svg>
              {m.lastUpdate ? STATUS_LABELS[m.status] : 'Ingen status'}
            </span>
            <div>
              <div className="meeting-flagged__title">{measureOnSlide(m, plan, owner)}</div>
              <div className="meeting-flagged__meta">
                {m.lastUpdate
                  ? `Sist oppdatert ${formatDate(m.lastUpdate.date)} av ${m.lastUpdate.author}`
                  : 'Aldri oppdatert'}
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

export interface SlideData {
  overview: DashboardOverview;
  state: DashboardState;
  changes: { rows: ChangeRow[]; total: number; since: string };
  flagged: { rows: FlaggedMeasure[]; total: number };
  /** The measures not updated for DASHBOARD_STALE_MONTHS months (never updated included), as in the register. */
  stale: RegisterResult;
  coverage: CoverageResult;
  chartWidth: number;
  plan: (code: string) => Plan | undefined;
}

export function buildSlides(d: SlideData): SlideSpec[] {
  const { overview: data, state, changes, flagged, plan } = d;
  const lead = (text: string) => <p className="meeting__lead">{text}</p>;
  const flaggedItems = (rows: unknown[]) => <FlaggedList rows={rows as FlaggedMeasure[]} plan={plan} />;
  const specs: SlideSpec[] = [];
  // The key figures and the chart are items, not a head: when both do not fit one page, the chart gets its own.
  specs.push({
    key: 'oversikt',
    title: 'Oversikt',
    head: [],
    items: ['figures', ...(data.assessmentByMinistry.length > 0 ? ['chart'] : [])],
    renderItems: (items) =>
      items.map((it) =>
        it === 'figures' ? (
          <div key="figures" data-item="">
            <KeyFigures figures={data.keyFigures} state={state} asOf={data.asOf} large />
          </div>
        ) : (
          <div key="chart" data-item="">
            <AssessmentByMinistryChart
              data={data}
              state={state}
              compact
              width={d.chartWidth}
              height={Math.max(200, 50 + data.assessmentByMinistry.length * 36)}
            />
          </div>
        ),
      ),
  });
  specs.push(coverageSlide(d.coverage));
  // A part with no measures in the selection has nothing to show on a projector (a new frame had seven such slides).
  for (const row of data.statusByPart.filter((r) => r.total > 0)) {
    const here = flagged.rows.filter((m) => m.partId === row.partId && m.planCode === row.planCode);
    const p = plan(row.planCode);
    const partLabel = partName(p, row.partNumber) + (row.partNumber === null ? '' : `: ${row.partTitle}`);
    const red = here.filter((m) => m.assessment === 'rod').length;
    const yellow = here.filter((m) => m.assessment === 'gul').length;
    const more = here.length > PART_FLAGGED ? ` (de ${PART_FLAGGED} første her, alle på de siste lysbildene)` : '';
    specs.push({
      key: `del-${row.planCode}-${row.partId ?? 'uten'}`,
      title: `${p?.shortName ?? row.planTitle} · ${partLabel}`,
      head: [
        lead(`${formatInteger(row.total)} tiltak`),
        <Counts key="counts" row={row} />,
        lead(here.length === 0 ? 'Ingen gule eller røde tiltak.' : `Rød: ${red} · Gul: ${yellow}${more}`),
      ],
      items: here.slice(0, PART_FLAGGED),
      renderItems: flaggedItems,
    });
  }
  specs.push({
    key: 'endringer-',
    title: `Endringer siden ${formatDate(changes.since)}`,
    head: [
      lead(
        changes.total === 0
          ? 'Ingen tiltak har endret status, vurdering eller kommentar.'
          : `${formatInteger(changes.total)} tiltak er endret.`,
      ),
    ],
    items: changes.rows,
    renderItems: (rows) =>
      rows.length > 0 ? <ChangesList rows={rows as ChangeRow[]} since={changes.since} links={false} /> : null,
  });
  specs.push({
    key: 'gul-rod-',
    title: 'Gule og røde tiltak',
    head: [
      lead(
        flagged.total === 0
          ? 'Ingen tiltak er vurdert gul eller rød.'
          : `${formatInteger(flagged.total)} tiltak er vurdert gul eller rød.`,
      ),
    ],
    items: flagged.rows,
    renderItems: (rows) => (rows.length > 0 ? flaggedItems(rows) : null),
  });
  // The ones to chase: the key figure «Ikke oppdatert på 6 mnd.» as a list (its first window: every one at real size).
  const { stale } = d;
  const shown = stale.rows.length < stale.ids.length ? ` De ${stale.rows.length} første står her.` : '';
  specs.push({
    key: 'ikke-oppdatert-',
    title: `Ikke oppdatert på ${DASHBOARD_STALE_MONTHS} mnd.`,
    head: [
      lead(
        stale.ids.length === 0
          ? `Alle tiltakene er oppdatert de siste ${DASHBOARD_STALE_MONTHS} månedene.`
          : `${formatInteger(stale.ids.length)} tiltak er ikke oppdatert på ${DASHBOARD_STALE_MONTHS} måneder, ` +
              `${formatInteger(stale.noStatus)} av dem har ingen status registrert.${shown}`,
      ),
    ],
    items: stale.rows,
    renderItems: (rows) =>
      rows.length > 0 ? <StaleList rows={rows as RegisterRow[]} view={stale} plan={plan} /> : null,
  });
  return specs;
}

/** The comments on a page (and the status grid's reasons for corrections), in full, for «hele kommentaren». */
/** A text on a slide that Enter shows whole: a measure's comment, or why a status was corrected after closing. */
export interface PageText {
  who: string;
  text: string;
  kind: 'comment' | 'reason';
}

/** The heading of the dialog that shows a page's texts whole: it names what they are. */
export function pageTextsHeading(texts: readonly PageText[]): string {
  const reasons = texts.filter((t) => t.kind === 'reason').length;
  if (reasons === 0) return texts.length === 1 ? 'Hele kommentaren' : 'Kommentarene i sin helhet';
  if (reasons === texts.length) return reasons === 1 ? 'Hele begrunnelsen' : 'Begrunnelsene i sin helhet';
  return 'Kommentarer og begrunnelser i sin helhet';
}

const comment = (who: string, text: string): PageText => ({ who, text, kind: 'comment' });

export function pageComments(items: unknown[], plan: (code: string) => Plan | undefined): PageText[] {
  return items.flatMap((it) => {
    if (typeof it !== 'object' || it === null) return [];
    if ('comment' in it) {
      const m = it as FlaggedMeasure;
      return m.comment ? [comment(flaggedName(m, plan), m.comment)] : [];
    }
    if ('periodLabels' in it) return gridReasons([it], plan); // a status grid row: its corrections' reasons
    if (!('before' in it)) return []; // an obligation (coverage slide) has no comment
    const r = it as ChangeRow;
    const name = measureOnSlide(r, plan);
    if (r.before.comment === r.after.comment) return [];
    return [
      ...(r.before.comment ? [comment(`${name} – før`, r.before.comment)] : []),
      ...(r.after.comment ? [comment(`${name} – nå`, r.after.comment)] : []),
    ];
  });
}
