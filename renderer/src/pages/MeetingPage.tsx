// Møtemodus (#/mote?…): full screen, large type, high contrast, nothing to edit. Slides: overview; one per part;
// changes since the last meeting; all gul/rød measures with their comments. ←/→, PageUp/PageDown move; Esc leaves.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type {
  ChangeRow,
  DashboardOverview,
  FlaggedMeasure,
  PartStatusRow,
} from '../../../shared/api/dashboard.contract.ts';
import {
  AS_OF_STATUS_CODES,
  ASSESSMENT_SHORT,
  EXAMPLE_DATA_LABEL,
  STATUS_LABELS,
} from '../../../shared/domain/vocabulary.ts';
import { partName } from '../../../shared/domain/plans.ts';
import type { Plan } from '../../../shared/domain/types.ts';
import { formatDate, formatInteger } from '../../../shared/format/nb.ts';
import { navigate, useRoute } from '../app/router.ts';
import { ChartPatterns } from '../components/charts/BarChartCard.tsx';
import { ASSESSMENT_STYLE, STATUS_STYLE } from '../../../shared/charts/palette.ts';
import { ChangesList } from '../components/dashboard/ChangesList.tsx';
import { AssessmentByMinistryChart } from '../components/dashboard/charts.tsx';
import { KeyFigures } from '../components/dashboard/KeyFigures.tsx';
import {
  dashboardParams,
  dashboardStateFrom,
  useChangesSince,
  useDashboardOverview,
  useFlagged,
  type DashboardState,
} from '../hooks/useDashboard.ts';
import { readPreference } from '../hooks/usePersistentState.ts';
import { useQuery } from '@tanstack/react-query';
import { send } from '../api/client.ts';
import { MEETING_GRID, withGridSlides } from '../components/meeting/gridSlides.tsx';
import { usePlanLookup, usePortfolioInfo } from '../hooks/usePortfolio.ts';
import { defaultSince, MEETING_DATE_KEY } from './OverviewPage.tsx';
import '../styles/dashboard.css';

const CHANGES_PER_SLIDE = 6;
const FLAGGED_PER_SLIDE = 5;
const PART_FLAGGED = 2;

interface Slide {
  key: string;
  title: string;
  body: ReactNode;
}

function chunk<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out.length ? out : [[]];
}

function useViewportWidth(): number {
  const [w, setW] = useState(() => window.innerWidth);
  useEffect(() => {
    const on = () => setW(window.innerWidth);
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return w;
}

export function MeetingPage() {
  const route = useRoute();
  const state = dashboardStateFrom(route.params);
  const overview = useDashboardOverview(state);
  const since = defaultSince(readPreference<string | null>(MEETING_DATE_KEY, null));
  const changes = useChangesSince(state, since);
  const flagged = useFlagged(state);
  const grid = useQuery({
    queryKey: ['periods:grid', { ...MEETING_GRID, planCodes: state.filter.plans ?? [] }],
    queryFn: () => send('periods:grid', { ...MEETING_GRID, planCodes: state.filter.plans ?? [] }),
  });
  const info = usePortfolioInfo();
  const plan = usePlanLookup();
  const width = useViewportWidth();
  const [index, setIndex] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const wasFullscreen = useRef(false);

  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    navigate('/oversikt', dashboardParams(state));
  }, [route.params.toString()]);

  // Slides are counted once the status grid is in too (or has failed), so the count never changes under the user.
  const slides = useMemo(() => {
    if (!overview.data || (!grid.data && !grid.isError)) return [];
    const built = buildSlides(
      overview.data,
      state,
      changes.data?.rows ?? [],
      changes.data?.total ?? 0,
      since,
      flagged.data?.rows ?? [],
      flagged.data?.total ?? 0,
      width,
      plan,
    );
    return grid.data ? withGridSlides(built, grid.data, plan) : built;
  }, [overview.data, changes.data, flagged.data, since, width, plan, grid.data, grid.isError]);
  const count = slides.length;
  const current = Math.min(index, Math.max(0, count - 1));

  // Full screen where the browser allows it (it needs the click that opened meeting mode); Esc there leaves both.
  useEffect(() => {
    const el = root.current;
    if (el && !document.fullscreenElement && document.fullscreenEnabled) {
      el.requestFullscreen()
        .then(() => (wasFullscreen.current = true))
        .catch(() => undefined);
    }
    const onChange = () => {
      if (!document.fullscreenElement && wasFullscreen.current) leave();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [leave]);

  useEffect(() => {
    root.current?.focus();
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (['ArrowRight', 'PageDown', ' '].includes(e.key)) setIndex((i) => Math.min(i + 1, count - 1));
      else if (['ArrowLeft', 'PageUp'].includes(e.key)) setIndex((i) => Math.max(i - 1, 0));
      else if (e.key === 'Home') setIndex(0);
      else if (e.key === 'End') setIndex(count - 1);
      else if (e.key === 'Escape') leave();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count, leave]);

  const slide = slides[current];
  return (
    <div
      ref={root}
      className="meeting"
      tabIndex={-1}
      role="region"
      aria-roledescription="lysbildevisning"
      aria-label="Møtemodus"
    >
      <ChartPatterns />
      {!slide ? (
        <main className="meeting__slide">
          <p className="meeting__loading">{overview.error ? 'Kunne ikke hente oversikten.' : 'Henter oversikten …'}</p>
        </main>
      ) : (
        <main
          className="meeting__slide"
          aria-roledescription="lysbilde"
          aria-label={`${current + 1} av ${count}: ${slide.title}`}
          data-slide={slide.key}
        >
          <h1 className="meeting__title">{slide.title}</h1>
          <div className="meeting__body">{slide.body}</div>
        </main>
      )}
      <footer className="meeting__footer">
        <span>
          {overview.data ? `Per ${formatDate(overview.data.asOf)}` : ''}
          {info.data?.dataset === 'example' && <strong className="meeting__example"> · {EXAMPLE_DATA_LABEL}</strong>}
        </span>
        <span aria-live="polite">{count > 0 ? `Lysbilde ${current + 1} av ${count}` : ''}</span>
        <span className="meeting__keys">← → bla · Esc avslutt</span>
        <button type="button" className="meeting__exit" onClick={leave}>
          Avslutt møtemodus
        </button>
      </footer>
    </div>
  );
}

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

function FlaggedList({ rows }: { rows: FlaggedMeasure[] }) {
  const plan = usePlanLookup();
  return (
    <ul className="meeting-flagged">
      {rows.map((m) => (
        <li key={m.measureId} className={`meeting-flagged__item is-${m.assessment}`}>
          <span className="meeting-flagged__badge">
            <svg width="22" height="22" aria-hidden="true">
              <rect width="22" height="22" fill={ASSESSMENT_STYLE[m.assessment].color} stroke="#fff" />
              <rect width="22" height="22" fill={`url(#pat-${ASSESSMENT_STYLE[m.assessment].pattern})`} />
            </svg>
            {ASSESSMENT_SHORT[m.assessment]}
          </span>
          <div>
            <div className="meeting-flagged__title">
              {plan(m.planCode)?.shortName ?? m.planCode}, tiltak {m.number}
              {m.owner ? ` (${m.owner})` : ''}: {m.title}
            </div>
            <div className="meeting-flagged__comment">«{m.comment}»</div>
            <div className="meeting-flagged__meta">
              {STATUS_LABELS[m.status]} · {m.author}, {formatDate(m.effectiveDate)}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

function buildSlides(
  data: DashboardOverview,
  state: DashboardState,
  changeRows: ChangeRow[],
  changeTotal: number,
  since: string,
  flaggedRows: FlaggedMeasure[],
  flaggedTotal: number,
  viewportWidth: number,
  plan: (code: string) => Plan | undefined,
): Slide[] {
  const slides: Slide[] = [];
  const chartWidth = Math.min(viewportWidth - 120, 1500);
  slides.push({
    key: 'oversikt',
    title: 'Oversikt',
    body: (
      <>
        <KeyFigures figures={data.keyFigures} state={state} asOf={data.asOf} large />
        {data.assessmentByMinistry.length > 0 && (
          <AssessmentByMinistryChart
            data={data}
            state={state}
            compact
            width={chartWidth}
            height={Math.max(200, 50 + data.assessmentByMinistry.length * 36)}
          />
        )}
      </>
    ),
  });
  for (const row of data.statusByPart) {
    const flaggedHere = flaggedRows.filter((m) => m.partId === row.partId && m.planCode === row.planCode);
    const p = plan(row.planCode);
    const planName = p?.shortName ?? row.planTitle;
    const partLabel = partName(p, row.partNumber) + (row.partNumber === null ? '' : `: ${row.partTitle}`);
    const red = flaggedHere.filter((m) => m.assessment === 'rod').length;
    const yellow = flaggedHere.filter((m) => m.assessment === 'gul').length;
    const more =
      flaggedHere.length > PART_FLAGGED ? ` (de ${PART_FLAGGED} første her, alle på de siste lysbildene)` : '';
    slides.push({
      key: `del-${row.planCode}-${row.partId ?? 'uten'}`,
      title: `${planName} · ${partLabel}`,
      body: (
        <>
          <p className="meeting__lead">{formatInteger(row.total)} tiltak</p>
          <Counts row={row} />
          <p className="meeting__lead">
            {flaggedHere.length === 0 ? 'Ingen gule eller røde tiltak.' : `Rød: ${red} · Gul: ${yellow}${more}`}
          </p>
          {flaggedHere.length > 0 && <FlaggedList rows={flaggedHere.slice(0, PART_FLAGGED)} />}
        </>
      ),
    });
  }
  const changePages = chunk(changeRows, CHANGES_PER_SLIDE);
  changePages.forEach((rows, i) => {
    slides.push({
      key: `endringer-${i + 1}`,
      title: `Endringer siden ${formatDate(since)}${changePages.length > 1 ? ` (${i + 1}/${changePages.length})` : ''}`,
      body:
        rows.length === 0 ? (
          <p className="meeting__lead">Ingen tiltak har endret status, vurdering eller kommentar.</p>
        ) : (
          <>
            {i === 0 && <p className="meeting__lead">{formatInteger(changeTotal)} tiltak er endret.</p>}
            <ChangesList rows={rows} links={false} />
          </>
        ),
    });
  });
  const flaggedPages = chunk(flaggedRows, FLAGGED_PER_SLIDE);
  flaggedPages.forEach((rows, i) => {
    slides.push({
      key: `gul-rod-${i + 1}`,
      title: `Gule og røde tiltak${flaggedPages.length > 1 ? ` (${i + 1}/${flaggedPages.length})` : ''}`,
      body:
        rows.length === 0 ? (
          <p className="meeting__lead">Ingen tiltak er vurdert gul eller rød.</p>
        ) : (
          <>
            {i === 0 && <p className="meeting__lead">{formatInteger(flaggedTotal)} tiltak er vurdert gul eller rød.</p>}
            <FlaggedList rows={rows} />
          </>
        ),
    });
  });
  return slides;
}
