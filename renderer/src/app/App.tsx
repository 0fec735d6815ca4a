import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { LoadingSpinner } from '../components/LoadingSpinner.tsx';
import { useExternalChanges } from '../hooks/useExternalChanges.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { PageShown } from './PageShown.tsx';
import { PAGE_LOADERS } from './pages.ts';
import { useRoute } from './router.ts';
import { Shell } from './Shell.tsx';

// Each page is its own chunk, loaded when first visited (or at once when it is the first page, boot.ts): the start
// loads only the shell and the page shown, and recharts only comes with Oversikt, Møtemodus and Rapporter.
const page = <K extends string>(load: () => Promise<Record<K, unknown>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] as ComponentType }));
const OverviewPage = page(PAGE_LOADERS['/oversikt'], 'OverviewPage');
const RegisterPage = page(PAGE_LOADERS['/tiltak'], 'RegisterPage');
const ReportsPage = page(PAGE_LOADERS['/rapporter'], 'ReportsPage');
const SettingsPage = page(PAGE_LOADERS['/innstillinger'], 'SettingsPage');
const TrashPage = page(PAGE_LOADERS['/papirkurv'], 'TrashPage');
const FillTitlesPage = page(PAGE_LOADERS['/titler'], 'FillTitlesPage');
const HelpPage = page(PAGE_LOADERS['/hjelp'], 'HelpPage');
const MeetingPage = page(PAGE_LOADERS['/mote'], 'MeetingPage');
const RoundsPage = page(PAGE_LOADERS['/innspill'], 'RoundsPage');
const RoundDetail = page(PAGE_LOADERS['/innspill/id'], 'RoundDetail') as ComponentType<{ roundId: number }>;
const AnswerReviewView = page(PAGE_LOADERS['/innspill/svar/id'], 'AnswerReviewView') as ComponentType<{
  answerId: number;
}>;
const ObligationsPage = page(PAGE_LOADERS['/forpliktelser'], 'ObligationsPage');
const MeasureDetailPage = page(PAGE_LOADERS['/tiltak/id'], 'MeasureDetailPage') as ComponentType<{ id: number }>;

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

export function App() {
  const route = useRoute();
  useExternalChanges();
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
