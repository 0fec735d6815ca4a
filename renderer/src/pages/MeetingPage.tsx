// Møtemodus (#/mote?…): full screen, large type, high contrast, nothing to edit. Slides (components/meeting/slides.tsx,
// and the status grid over the last tertials, gridSlides.tsx) are cut into pages that fit the screen (pages.tsx).
// ←/→, PageUp/PageDown move; Enter shows a page's comments in full; Esc closes that, or leaves. Printed (Ctrl+P),
// every page is a sheet.
import { Button, Dialog, Heading } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { DASHBOARD_STALE_MONTHS } from '../../../shared/api/view-params.ts';
import { EXAMPLE_DATA_LABEL } from '../../../shared/domain/vocabulary.ts';
import { formatDate } from '../../../shared/format/nb.ts';
import { send } from '../api/client.ts';
import { navigate, useRoute } from '../app/router.ts';
import { ChartPatterns } from '../components/charts/BarChartCard.tsx';
import { MEETING_GRID, withGridSlides } from '../components/meeting/gridSlides.tsx';
import { useSlidePages, type SlidePage } from '../components/meeting/pages.tsx';
import { selectionText } from '../components/meeting/selectionText.ts';
import { buildSlides, pageComments, pageTextsHeading } from '../components/meeting/slides.tsx';
import {
  dashboardParams,
  dashboardStateFrom,
  useChangesSince,
  useDashboardOverview,
  useFlagged,
} from '../hooks/useDashboard.ts';
import { useCoverage } from '../hooks/useObligations.ts';
import { registerQuery } from '../hooks/registerQuery.ts';
import { readPreference } from '../hooks/usePersistentState.ts';
import { usePlanLookup, usePlans, usePortfolioInfo } from '../hooks/usePortfolio.ts';
import { defaultSince, MEETING_DATE_KEY } from './OverviewPage.tsx';
import '../styles/dashboard.css';
import '../styles/meeting.css';
import '../styles/ds/dialog.css';
import { DIALOG_CLOSE_LABEL } from '../components/dialogClose.ts';

function useViewportWidth(): number {
  const [w, setW] = useState(() => window.innerWidth);
  useEffect(() => {
    const on = () => setW(window.innerWidth);
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return w;
}

function Slide({ page, label, live }: { page: SlidePage; label?: string; live?: boolean }) {
  const Tag = live ? 'main' : 'section';
  return (
    <Tag
      className="meeting__slide"
      aria-roledescription="lysbilde"
      aria-label={label}
      data-slide={live ? page.key : undefined}
      tabIndex={live ? -1 : undefined}
    >
      {live ? <h1 className="meeting__title">{page.title}</h1> : <h2 className="meeting__title">{page.title}</h2>}
      {page.head.map((h, i) => (
        <div key={i} className="meeting__block">
          {h}
        </div>
      ))}
      <div className="meeting__block">{page.body}</div>
    </Tag>
  );
}

export function MeetingPage() {
  const route = useRoute();
  const state = dashboardStateFrom(route.params);
  const overview = useDashboardOverview(state);
  const since = defaultSince(readPreference<string | null>(MEETING_DATE_KEY, null));
  const changes = useChangesSince(state, since);
  const flagged = useFlagged(state);
  // The measures behind «Ikke oppdatert på 6 mnd.», as of the overview's date, oldest update first.
  const asOf = overview.data?.asOf;
  const stale = useQuery({
    ...registerQuery({ ...state.filter, asOf, staleMonths: DASHBOARD_STALE_MONTHS }, { by: 'lastUpdate', dir: 'asc' }),
    enabled: asOf !== undefined,
  });
  const gridInput = { ...MEETING_GRID, planCodes: state.filter.plans ?? [] };
  const grid = useQuery({ queryKey: ['periods:grid', gridInput], queryFn: () => send('periods:grid', gridInput) });
  const coverage = useCoverage({ ...state.filter, asOf: overview.data?.asOf });
  const info = usePortfolioInfo();
  const plan = usePlanLookup();
  const selection = selectionText(state.filter, usePlans().data ?? []);
  const width = useViewportWidth();
  const [index, setIndex] = useState(0);
  const [showComments, setShowComments] = useState(false);
  const [clamped, setClamped] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const footer = useRef<HTMLElement>(null);
  const wasFullscreen = useRef(false);

  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    navigate('/oversikt', dashboardParams(state));
  }, [route.params.toString()]);

  // Slides are counted once the status grid is in too (or has failed), so the count never changes under the user.
  const specs = useMemo(() => {
    if (!overview.data || !changes.data || !flagged.data || !stale.data || !coverage.data) return [];
    if (!grid.data && !grid.isError) return [];
    const built = buildSlides({
      overview: overview.data,
      state,
      changes: { rows: changes.data.rows, total: changes.data.total, since },
      flagged: flagged.data,
      stale: stale.data,
      coverage: coverage.data,
      chartWidth: Math.min(width - 120, 1500),
      plan,
    });
    return grid.data ? withGridSlides(built, grid.data, plan) : built;
  }, [
    overview.data,
    changes.data,
    flagged.data,
    stale.data,
    coverage.data,
    since,
    width,
    plan,
    grid.data,
    grid.isError,
  ]);
  const { pages, measurer } = useSlidePages(specs, footer);
  const count = pages?.length ?? 0;
  const current = Math.min(index, Math.max(0, count - 1));
  const page = pages?.[current];
  const comments = useMemo(() => (page ? pageComments(page.items, plan) : []), [page, plan]);

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
    root.current?.querySelector<HTMLElement>('main')?.focus();
  }, [page === undefined]);

  // Whether a comment on this page is cut short: then the footer says how to read it in full.
  useLayoutEffect(() => {
    const main = root.current?.querySelector('main');
    const cut = [...(main?.querySelectorAll<HTMLElement>('.meeting-clamp, .change-comment') ?? [])];
    setClamped(cut.some((el) => el.scrollHeight > el.clientHeight + 1));
  }, [page]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Whether the comments are open is read from the page at the key: the dialog closes (Esc) a task before its
      // close event reaches React, and an Esc in between was otherwise still taken for the dialog's.
      if (e.altKey || e.ctrlKey || e.metaKey || root.current?.querySelector('dialog[open]')) return;
      if (['ArrowRight', 'PageDown', ' '].includes(e.key)) setIndex((i) => Math.min(i + 1, count - 1));
      else if (['ArrowLeft', 'PageUp'].includes(e.key)) setIndex((i) => Math.max(i - 1, 0));
      else if (e.key === 'Home') setIndex(0);
      else if (e.key === 'End') setIndex(count - 1);
      else if (e.key === 'Enter' && comments.length > 0 && !(e.target as HTMLElement).closest?.('button'))
        setShowComments(true);
      else if (e.key === 'Escape') leave();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count, leave, comments.length]);

  // Every page for printing, made once per set of pages: not again on each key (see the measurer in pages.tsx).
  const printed = useMemo(
    () => (
      <div className="print-only meeting__print">
        {pages?.map((p) => (
          <Slide key={p.key} page={p} />
        ))}
      </div>
    ),
    [pages],
  );

  const loading = overview.error ? 'Kunne ikke hente oversikten.' : 'Henter oversikten …';
  return (
    <div ref={root} className="meeting">
      <ChartPatterns />
      {page ? (
        <Slide page={page} label={`${current + 1} av ${count}: ${page.title}`} live />
      ) : (
        <main className="meeting__slide" tabIndex={-1}>
          <p className="meeting__loading">{loading}</p>
        </main>
      )}
      <footer ref={footer} className="meeting__footer">
        <span>
          {overview.data ? `Per ${formatDate(overview.data.asOf)}` : ''}
          {selection && <strong> · {selection}</strong>}
          {info.data?.dataset === 'example' && <strong className="meeting__example"> · {EXAMPLE_DATA_LABEL}</strong>}
        </span>
        <span aria-live="polite">{count > 0 ? `Lysbilde ${current + 1} av ${count}` : ''}</span>
        <span className="meeting__keys">← → bla{clamped ? ' · Enter hele kommentarer' : ''} · Esc avslutt</span>
        <button type="button" className="meeting__exit" onClick={leave}>
          Avslutt møtemodus
        </button>
      </footer>
      {measurer}
      {printed}
      <Dialog
        open={showComments}
        onClose={() => setShowComments(false)}
        closeButton={DIALOG_CLOSE_LABEL}
        aria-labelledby="hele-kommentarer"
        className="meeting__comments"
      >
        <Dialog.Block>
          <Heading level={2} data-size="md" id="hele-kommentarer">
            {pageTextsHeading(comments)}
          </Heading>
        </Dialog.Block>
        <Dialog.Block>
          {comments.map((c, i) => (
            <div key={i} className="meeting__comment">
              <p className="meeting__comment-who">{c.who}</p>
              <p>«{c.text}»</p>
            </div>
          ))}
          <Button onClick={() => setShowComments(false)} autoFocus>
            Lukk (Esc)
          </Button>
        </Dialog.Block>
      </Dialog>
    </div>
  );
}
