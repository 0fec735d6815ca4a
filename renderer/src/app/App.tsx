import type { ComponentType, ReactNode } from 'react';
import { MeasureDetailPage } from '../pages/MeasureDetailPage.tsx';
import { FillTitlesPage } from '../pages/FillTitlesPage.tsx';
import { MeetingPage } from '../pages/MeetingPage.tsx';
import { useExternalChanges } from '../hooks/useExternalChanges.ts';
import { OverviewPage } from '../pages/OverviewPage.tsx';
import { RegisterPage } from '../pages/RegisterPage.tsx';
import { ReportsPage } from '../pages/ReportsPage.tsx';
import { SettingsPage } from '../pages/SettingsPage.tsx';
import { TrashPage } from '../pages/TrashPage.tsx';
import { useRoute } from './router.ts';
import { Shell } from './Shell.tsx';

// Path → page. A new page is one line here and one file in pages/.
const PAGES: Record<string, ComponentType> = {
  '/oversikt': OverviewPage,
  '/tiltak': RegisterPage,
  '/rapporter': ReportsPage,
  '/innstillinger': SettingsPage,
  '/papirkurv': TrashPage,
  '/titler': FillTitlesPage,
};

/** Paths with a parameter: pattern → the nav item it belongs to and the page given the match. */
const PATTERNS: { pattern: RegExp; nav: string; render(m: RegExpExecArray): ReactNode }[] = [
  { pattern: /^\/tiltak\/(\d+)$/, nav: '/tiltak', render: (m) => <MeasureDetailPage key={m[1]} id={Number(m[1])} /> },
];

export function App() {
  const route = useRoute();
  useExternalChanges();
  for (const p of PATTERNS) {
    const m = p.pattern.exec(route.path);
    if (m) return <Shell current={p.nav}>{p.render(m)}</Shell>;
  }
  // Meeting mode is the whole screen: no header, no navigation, nothing to edit.
  if (route.path === '/mote') return <MeetingPage />;
  const path = PAGES[route.path] ? route.path : '/tiltak';
  const Page = PAGES[path];
  return (
    <Shell current={path}>
      <Page />
    </Shell>
  );
}
