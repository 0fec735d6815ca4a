import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { LoadingSpinner } from '../components/LoadingSpinner.tsx';
import { useExternalChanges } from '../hooks/useExternalChanges.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { useRoute } from './router.ts';
import { Shell } from './Shell.tsx';

// Each page is its own chunk, loaded when first visited: the start loads only the shell and the page shown,
// and recharts only comes with Oversikt, Møtemodus and Rapporter.
const page = <K extends string>(load: () => Promise<Record<K, ComponentType<never>>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] as ComponentType }));
const OverviewPage = page(() => import('../pages/OverviewPage.tsx'), 'OverviewPage');
const RegisterPage = page(() => import('../pages/RegisterPage.tsx'), 'RegisterPage');
const ReportsPage = page(() => import('../pages/ReportsPage.tsx'), 'ReportsPage');
const SettingsPage = page(() => import('../pages/SettingsPage.tsx'), 'SettingsPage');
const TrashPage = page(() => import('../pages/TrashPage.tsx'), 'TrashPage');
const FillTitlesPage = page(() => import('../pages/FillTitlesPage.tsx'), 'FillTitlesPage');
const HelpPage = page(() => import('../pages/HelpPage.tsx'), 'HelpPage');
const MeetingPage = page(() => import('../pages/MeetingPage.tsx'), 'MeetingPage');
const RoundsPage = page(() => import('../pages/RoundsPage.tsx'), 'RoundsPage');
const RoundDetail = lazy(async () => ({ default: (await import('../components/rounds/RoundDetail.tsx')).RoundDetail }));
const AnswerReviewView = lazy(async () => ({
  default: (await import('../components/rounds/AnswerReviewView.tsx')).AnswerReviewView,
}));
const ObligationsPage = page(() => import('../pages/ObligationsPage.tsx'), 'ObligationsPage');
const MeasureDetailPage = lazy(async () => ({
  default: (await import('../pages/MeasureDetailPage.tsx')).MeasureDetailPage,
}));

const loading = <LoadingSpinner aria-label="Laster …" data-size="md" />;

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
          <Suspense fallback={loading}>{p.render(m)}</Suspense>
        </Shell>
      );
  }
  // Meeting mode is the whole screen: no header, no navigation, nothing to edit.
  if (route.path === '/mote')
    return (
      <ErrorBoundary resetKey={route.path}>
        <Suspense fallback={loading}>
          <MeetingPage />
        </Suspense>
      </ErrorBoundary>
    );
  const path = PAGES[route.path] ? route.path : '/tiltak';
  const Page = PAGES[path];
  return (
    <Shell current={path} page={path}>
      <Suspense fallback={loading}>
        <Page />
      </Suspense>
    </Shell>
  );
}
