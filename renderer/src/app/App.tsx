import type { ComponentType } from 'react';
import { useExternalChanges } from '../hooks/useExternalChanges.ts';
import { OverviewPage } from '../pages/OverviewPage.tsx';
import { PlanMeasuresPage } from '../pages/PlanMeasuresPage.tsx';
import { ReportsPage } from '../pages/ReportsPage.tsx';
import { SettingsPage } from '../pages/SettingsPage.tsx';
import { useRoute } from './router.ts';
import { Shell } from './Shell.tsx';

// Path → page. A new page is one line here and one file in pages/.
const PAGES: Record<string, ComponentType> = {
  '/oversikt': OverviewPage,
  '/tiltak': PlanMeasuresPage,
  '/rapporter': ReportsPage,
  '/innstillinger': SettingsPage,
};

export function App() {
  const route = useRoute();
  useExternalChanges();
  const path = PAGES[route.path] ? route.path : '/tiltak';
  const Page = PAGES[path];
  return (
    <Shell current={path}>
      <Page />
    </Shell>
  );
}
