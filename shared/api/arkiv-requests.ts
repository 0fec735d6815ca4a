// Arkiv requests: in the desktop app, the native Arkiv menu and a file handed over by the operating system (a second
// launch, «Åpne med», macOS open-file) ask the page to run an action that replaces the open file, so the page asks its
// leave question first, exactly as its own Arkiv button does. One channel each way, and nothing else on them:
//   main → page  ARKIV_REQUEST_CHANNEL    one of the requests below (anything else is dropped by the preload);
//   page → main  ARKIV_LISTENING_CHANNEL  true / false: whether the page takes requests now.
// The page then calls the ordinary file:* operation (file:new, file:open, …), whose handler still runs every native
// dialog itself. No zod here: the renderer and the preload import this at start-up.

export const ARKIV_REQUEST_CHANNEL = 'arkiv:request';
export const ARKIV_LISTENING_CHANNEL = 'arkiv:listening';

export type ArkivRequest =
  | { action: 'new' }
  | { action: 'open' }
  | { action: 'restoreBackup' }
  /** A file from «Åpne nylige» (file:openRecent checks that it is on the list). */
  | { action: 'openRecent'; path: string }
  /** A file the operating system handed the app (file:openFromSystem checks that it was). */
  | { action: 'openFromSystem'; path: string };

export type ArkivAction = ArkivRequest['action'];

/** The only actions the page is ever asked to run: each one replaces the open file. */
export const ARKIV_ACTIONS: readonly ArkivAction[] = Object.freeze([
  'new',
  'open',
  'restoreBackup',
  'openRecent',
  'openFromSystem',
]);

const MAX_PATH = 4096;

/** The request in `value` as a fresh plain object, or null when it is not exactly one of the requests above. */
export function parseArkivRequest(value: unknown): ArkivRequest | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { action, path, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return null;
  switch (action) {
    case 'new':
    case 'open':
    case 'restoreBackup':
      return path === undefined ? { action } : null;
    case 'openRecent':
    case 'openFromSystem':
      return typeof path === 'string' && path.length > 0 && path.length <= MAX_PATH ? { action, path } : null;
    default:
      return null;
  }
}
