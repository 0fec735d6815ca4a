import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { LoadingSpinner } from '../components/LoadingSpinner.tsx';
import { useExternalChanges } from '../hooks/useExternalChanges.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { PageShown } from './PageShown.tsx';
import { loadedPage, loadPage, type PageModule, type PagePath } from './pages.ts';
import { useRoute } from './router.ts';
import { Shell } from './Shell.tsx';

// Each page is its own chunk, loaded when first visited (or at once when it is the first page, boot.ts): the start
// loads only the shell and the page shown, and recharts only comes with Oversikt, Møtemodus and Rapporter.
// A page whose chunk is already in renders at once, not after a lazy suspend: the server's first page is hydrated in
// the same pass as the shell (main.tsx waits for its chunk). Left to hydrate later, its boundary was rendered anew,
// a spinner over the server's page and what was typed in it lost, when the shell changed in between (an answer came).
function page<P extends PagePath, K extends keyof PageModule<P> & string, Props extends object = object>(
  path: P,
  name: K,
): ComponentType<Props> {
  const component = (module: PageModule<P>) => module[name] as ComponentType<Props>;
  const Lazy = lazy(async () => ({ default: component(await loadPage(path)) }));
  return function Page(props: Props) {
    // Chosen when the page mounts and kept: changing from Lazy to the loaded one later would mount it anew.
    const [Loaded] = useState(() => {
      const module = loadedPage(path);
      return module && component(module);
    });
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  };
}
const OverviewPage = page('/oversikt', 'OverviewPage');
const RegisterPage = page('/tiltak', 'RegisterPage');
const ReportsPage = page('/rapporter', 'ReportsPage');
const SettingsPage = page('/innstillinger', 'SettingsPage');
const TrashPage = page('/papirkurv', 'TrashPage');
const FillTitlesPage = page('/titler', 'FillTitlesPage');
const HelpPage = page('/hjelp', 'HelpPage');
const MeetingPage = page('/mote', 'MeetingPage');
const RoundsPage = page('/innspill', 'RoundsPage');
const RoundDetail = page<'/innspill/id', 'RoundDetail', { roundId: number }>('/innspill/id', 'RoundDetail');
const AnswerReviewView = page<'/innspill/svar/id', 'AnswerReviewView', { answerId: number }>(
  '/innspill/svar/id',
  'AnswerReviewView',
);
const ObligationsPage = page('/forpliktelser', 'ObligationsPage');
const MeasureDetailPage = page<'/tiltak/id', 'MeasureDetailPage', { id: number }>('/tiltak/id', 'MeasureDetailPage');

const loading = <LoadingSpinner aria-label="Laster …" data-size="md" />;

/** A page in its Suspense boundary, with PageShown beside it: its first commit is when the page is the browser's. */
const lazyPage = (page: ReactNode) => (
  <Suspense fallback={loading}>
    {page}
    <PageShown />
  </Suspense>
);

// Path → page. A new page is one line here and one file in pages/.
const PAGES: Record<string, ComponentType> = {
  '/oversikt': OverviewPage,
  '/tiltak': RegisterPage,
  '/forpliktelser': ObligationsPage,
  '/rapporter': ReportsPage,
  '/innstillinger': SettingsPage,
  '/papirkurv': TrashPage,
  '/titler': FillTitlesPage,
  '/innspill': RoundsPage,
  '/hjelp': HelpPage,
};

/** Paths with a parameter: pattern → the nav item it belongs to and the page given the match. */
const PATTERNS: { pattern: RegExp; nav: string; render(m: RegExpExecArray): ReactNode }[] = [
  { pattern: /^\/tiltak\/(\d+)$/, nav: '/tiltak', render: (m) => <MeasureDetailPage key={m[1]} id={Number(m[1])} /> },
  {
    pattern: /^\/innspill\/(\d+)$/,
    nav: '/innspill',
    render: (m) => <RoundDetail key={m[1]} roundId={Number(m[1])} />,
  },
  {
    pattern: /^\/innspill\/svar\/(\d+)$/,
    nav: '/innspill',
    render: (m) => <AnswerReviewView key={m[1]} answerId={Number(m[1])} />,
  },
];

/** Edits made elsewhere, watched in a component of their own: the watch's first answer comes just after takeover, and
 * in App it re-rendered the whole page (40–90 ms at 1 000 measures) as the user's first scroll began. */
function ExternalChanges() {
  useExternalChanges();
  return null;
}

export function App() {
  return (
    <>
      <ExternalChanges />
      <Routed />
    </>
  );
}

function Routed() {
  const route = useRoute();
  for (const p of PATTERNS) {
    const m = p.pattern.exec(route.path);
    if (m)
      return (
        <Shell current={p.nav} page={route.path}>
          {lazyPage(p.render(m))}
        </Shell>
      );
  }
  // Meeting mode is the whole screen: no header, no navigation, nothing to edit.
  if (route.path === '/mote') return <ErrorBoundary resetKey={route.path}>{lazyPage(<MeetingPage />)}</ErrorBoundary>;
  const path = PAGES[route.path] ? route.path : '/tiltak';
  const Page = PAGES[path];
  return (
    <Shell current={path} page={path}>
      {lazyPage(<Page />)}
    </Shell>
  );
}
