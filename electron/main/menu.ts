// The application menu in bokmål: Arkiv (the file actions), Rediger, Vis, Hjelp.
import type { MenuItemConstructorOptions } from 'electron';
import type { RecentFile } from '../../shared/api/file.contract.ts';

export interface MenuActions {
  newPortfolio(): void;
  open(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  saveCopy(): void;
  restoreBackup(): void;
  showInFolder(): void;
  about(): void;
}

export interface MenuState {
  recent: RecentFile[];
  /** Whether a file is open: copy, restore and show-in-folder need one. */
  hasFile: boolean;
  isMac: boolean;
  /** Developer tools only when running from the source tree. */
  dev: boolean;
}

export function buildMenuTemplate(actions: MenuActions, state: MenuState): MenuItemConstructorOptions[] {
  const recentItems: MenuItemConstructorOptions[] = state.recent.length
    ? [
        ...state.recent.map((r) => ({ label: r.fileName, toolTip: r.path, click: () => actions.openRecent(r.path) })),
        { type: 'separator' as const },
        { label: 'Tøm listen', click: () => actions.clearRecent() },
      ]
    : [{ label: 'Ingen nylig brukte filer', enabled: false }];

  const arkiv: MenuItemConstructorOptions = {
    label: 'Arkiv',
    submenu: [
      { label: 'Ny portefølje…', accelerator: 'CmdOrCtrl+N', click: () => actions.newPortfolio() },
      { label: 'Åpne…', accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
      { label: 'Åpne nylige', submenu: recentItems },
      { type: 'separator' },
      {
        label: 'Lagre en kopi…',
        accelerator: 'CmdOrCtrl+Shift+S',
        enabled: state.hasFile,
        click: () => actions.saveCopy(),
      },
      { label: 'Gjenopprett fra sikkerhetskopi…', enabled: state.hasFile, click: () => actions.restoreBackup() },
      { type: 'separator' },
      {
        label: state.isMac ? 'Vis i Finder' : 'Vis filen i mappen',
        enabled: state.hasFile,
        click: () => actions.showInFolder(),
      },
      ...(state.isMac
        ? []
        : [{ type: 'separator' as const }, { label: 'Avslutt', role: 'quit' as const, accelerator: 'CmdOrCtrl+Q' }]),
    ],
  };

  const rediger: MenuItemConstructorOptions = {
    label: 'Rediger',
    submenu: [
      { label: 'Angre', role: 'undo' },
      { label: 'Gjør om', role: 'redo' },
      { type: 'separator' },
      { label: 'Klipp ut', role: 'cut' },
      { label: 'Kopier', role: 'copy' },
      { label: 'Lim inn', role: 'paste' },
      { label: 'Merk alt', role: 'selectAll' },
    ],
  };

  const vis: MenuItemConstructorOptions = {
    label: 'Vis',
    submenu: [
      { label: 'Last inn på nytt', role: 'reload' },
      { type: 'separator' },
      { label: 'Faktisk størrelse', role: 'resetZoom' },
      { label: 'Zoom inn', role: 'zoomIn' },
      { label: 'Zoom ut', role: 'zoomOut' },
      { type: 'separator' },
      { label: 'Fullskjerm', role: 'togglefullscreen' },
      ...(state.dev
        ? [{ type: 'separator' as const }, { label: 'Utviklerverktøy', role: 'toggleDevTools' as const }]
        : []),
    ],
  };

  const hjelp: MenuItemConstructorOptions = {
    label: 'Hjelp',
    role: 'help',
    submenu: [{ label: 'Om Tiltaksporteføljen', click: () => actions.about() }],
  };

  const macApp: MenuItemConstructorOptions[] = state.isMac
    ? [
        {
          label: 'Tiltaksporteføljen',
          submenu: [
            { label: 'Om Tiltaksporteføljen', click: () => actions.about() },
            { type: 'separator' },
            { label: 'Skjul Tiltaksporteføljen', role: 'hide' },
            { label: 'Skjul andre', role: 'hideOthers' },
            { label: 'Vis alle', role: 'unhide' },
            { type: 'separator' },
            { label: 'Avslutt Tiltaksporteføljen', role: 'quit' },
          ],
        },
      ]
    : [];

  return [...macApp, arkiv, rediger, vis, hjelp];
}
