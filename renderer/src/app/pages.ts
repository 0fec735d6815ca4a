// Every page's chunk, by path. The start (boot.ts) asks for the first page's chunk at once, in parallel with the
// shell's own scripts, instead of after React has rendered the shell; App's pages load through the same loaders.
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
export type PageModule<P extends PagePath> = Awaited<ReturnType<(typeof PAGE_LOADERS)[P]>>;

/** The chunks loaded so far: App renders such a page at once, where a lazy page would suspend first. */
const loaded = new Map<PagePath, unknown>();

/** Loads the chunk of the page at `path` (once: the browser keeps a module) and notes it as loaded. */
export function loadPage<P extends PagePath>(path: P): Promise<PageModule<P>> {
  return (PAGE_LOADERS[path]() as Promise<PageModule<P>>).then((module) => {
    loaded.set(path, module);
    return module;
  });
}

/** The page's module when its chunk has loaded, else undefined. */
export const loadedPage = <P extends PagePath>(path: P): PageModule<P> | undefined =>
  loaded.get(path) as PageModule<P> | undefined;

/** The page path of a route like `/tiltak/12?x=y`; an unknown path opens the register, as App does. */
export function pagePathOf(route: string): PagePath {
  const path = (route.split('?')[0] || '/').replace(/\/\d+$/, '/id');
  return path in PAGE_LOADERS ? (path as PagePath) : '/tiltak';
}
