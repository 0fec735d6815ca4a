// The Arkiv menu in bokmål, with the file actions wired to their handlers.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions } from '../../../electron/main/menu.ts';

const actions = (): MenuActions => ({
  newPortfolio: vi.fn(),
  open: vi.fn(),
  openRecent: vi.fn(),
  clearRecent: vi.fn(),
  saveCopy: vi.fn(),
  restoreBackup: vi.fn(),
  showInFolder: vi.fn(),
  about: vi.fn(),
});
const sub = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const labels = (items: MenuItemConstructorOptions[]) => items.filter((i) => i.type !== 'separator').map((i) => i.label);
const click = (item: MenuItemConstructorOptions | undefined) => (item!.click as () => void)();

describe('the application menu', () => {
  it('has Arkiv, Rediger, Vis and Hjelp; Arkiv has the file actions in bokmål', () => {
    const menu = buildMenuTemplate(actions(), { recent: [], hasFile: true, isMac: false, dev: false });
    expect(menu.map((m) => m.label)).toEqual(['Arkiv', 'Rediger', 'Vis', 'Hjelp']);
    expect(labels(sub(menu[0]))).toEqual([
      'Ny portefølje…',
      'Åpne…',
      'Åpne nylige',
      'Lagre en kopi…',
      'Gjenopprett fra sikkerhetskopi…',
      'Vis filen i mappen',
      'Avslutt',
    ]);
    expect(sub(menu[0]).find((i) => i.label === 'Avslutt')?.role).toBe('quit');
    expect(labels(sub(menu[1]))).toEqual(['Angre', 'Gjør om', 'Klipp ut', 'Kopier', 'Lim inn', 'Merk alt']);
    expect(labels(sub(menu[2]))).not.toContain('Utviklerverktøy');
  });

  it('each item runs its action', () => {
    const a = actions();
    const arkiv = sub(
      buildMenuTemplate(a, {
        recent: [{ path: '/d/a.tilt', fileName: 'a.tilt' }],
        hasFile: true,
        isMac: false,
        dev: false,
      })[0],
    );
    const byLabel = (l: string) => arkiv.find((i) => i.label === l);
    click(byLabel('Ny portefølje…'));
    click(byLabel('Åpne…'));
    click(byLabel('Lagre en kopi…'));
    click(byLabel('Gjenopprett fra sikkerhetskopi…'));
    click(byLabel('Vis filen i mappen'));
    click(sub(byLabel('Åpne nylige')).find((i) => i.label === 'a.tilt'));
    click(sub(byLabel('Åpne nylige')).find((i) => i.label === 'Tøm listen'));
    expect(a.newPortfolio).toHaveBeenCalledOnce();
    expect(a.open).toHaveBeenCalledOnce();
    expect(a.saveCopy).toHaveBeenCalledOnce();
    expect(a.restoreBackup).toHaveBeenCalledOnce();
    expect(a.showInFolder).toHaveBeenCalledOnce();
    expect(a.openRecent).toHaveBeenCalledWith('/d/a.tilt');
    expect(a.clearRecent).toHaveBeenCalledOnce();
  });

  it('without an open file, the actions that need one are disabled; an empty recent list says so', () => {
    const arkiv = sub(buildMenuTemplate(actions(), { recent: [], hasFile: false, isMac: false, dev: false })[0]);
    for (const l of ['Lagre en kopi…', 'Gjenopprett fra sikkerhetskopi…', 'Vis filen i mappen'])
      expect(arkiv.find((i) => i.label === l)?.enabled).toBe(false);
    expect(sub(arkiv.find((i) => i.label === 'Åpne nylige'))).toEqual([
      { label: 'Ingen nylig brukte filer', enabled: false },
    ]);
  });

  it('on macOS the app menu comes first and Arkiv keeps its items', () => {
    const menu = buildMenuTemplate(actions(), { recent: [], hasFile: true, isMac: true, dev: true });
    expect(menu.map((m) => m.label)).toEqual(['Tiltaksporteføljen', 'Arkiv', 'Rediger', 'Vis', 'Hjelp']);
    expect(labels(sub(menu[1]))).toContain('Gjenopprett fra sikkerhetskopi…');
    expect(labels(sub(menu[3]))).toContain('Utviklerverktøy');
  });
});
