// Every page's chunk, by path. The start (boot.ts) asks for the first page's chunk at once, in parallel with the
// shell's own scripts, instead of after React has rendered the shell; App's lazy pages use the same loaders, and a
// module already loaded resolves at once.
export const PAGE_LOADERS = {
  '/oversikt': () => import('../pages/OverviewPage.tsx'),
  '/tiltak': () => import('../pages/RegisterPage.tsx'),
  '/forpliktelser': () => import('../pages/ObligationsPage.tsx'),
  '/rapporter': () => import('../pages/ReportsPage.tsx'),
  '/innstillinger': () => import('../pages/SettingsPage.tsx'),
  '/papirkurv': () => import('../pages/TrashPage.tsx'),
  '/titler': () => import('../pages/FillTitlesPage.tsx'),
  '/innspill': () => import('../pages/RoundsPage.tsx'),
  '/hjelp': () => import('../pages/HelpPage.tsx'),
  '/mote': () => import('../pages/MeetingPage.tsx'),
  '/tiltak/id': () => import('../pages/MeasureDetailPage.tsx'),
  '/innspill/id': () => import('../components/rounds/RoundDetail.tsx'),
  '/innspill/svar/id': () => import('../components/rounds/AnswerReviewView.tsx'),
};

export type PagePath = keyof typeof PAGE_LOADERS;

/** The loader for a route like `/tiltak/12?x=y`; an unknown path opens the register, as App does. */
export function loaderFor(route: string): (() => Promise<unknown>) | undefined {
  const path = (route.split('?')[0] || '/').replace(/\/\d+$/, '/id');
  return (PAGE_LOADERS as Record<string, () => Promise<unknown>>)[path] ?? PAGE_LOADERS['/tiltak'];
}
