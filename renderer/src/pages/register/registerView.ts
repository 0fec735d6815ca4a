// The register's view (filter, sort, table or grouped) lives in the URL, and the last one is remembered.
import { useEffect, useMemo, useRef } from 'react';
import { hrefFor, replaceRoute, useRoute } from '../../app/router.ts';
import { readPreference, writePreference } from '../../hooks/usePersistentState.ts';
import { paramsToView, REGISTER_PATH, REMEMBERED_KEY, viewToParams, type RegisterView } from './registerViewParams.ts';

export * from './registerViewParams.ts';

/** A measure opened from the register says so in its address: only then does its page show its place in the list,
 * with Forrige and Neste (opened from Oversikt, Forpliktelser or a link, the register's last filter is not where the
 * user came from). */
export const FROM_PARAM = 'fra';
export const FROM_REGISTER = 'tiltakslisten';
export const FROM_REGISTER_PARAMS = { [FROM_PARAM]: FROM_REGISTER };
export const measureHrefFromRegister = (id: number) => hrefFor(`/tiltak/${id}`, FROM_REGISTER_PARAMS);

/** Filter changes replace the history entry: Back leaves the register instead of undoing each keystroke. */
function replaceView(v: RegisterView): void {
  replaceRoute(REGISTER_PATH, viewToParams(v));
}

export function useRegisterView(): [RegisterView, (next: Partial<RegisterView>) => void] {
  const route = useRoute();
  // Empty while another page is shown, so nothing below reacts to leaving the register.
  const query = route.path === REGISTER_PATH ? route.params.toString() : null;
  // Nothing on the page shows the remembered view, so it is a ref: remembering never renders the register again.
  const remembered = useRef<string | null>(null);
  remembered.current ??= readPreference<string>(REMEMBERED_KEY, '');
  const remember = (q: string) => {
    remembered.current = q;
    writePreference(REMEMBERED_KEY, q);
  };
  const view = useMemo(() => paramsToView(new URLSearchParams(query ?? '')), [query]);

  useEffect(() => {
    if (query === null) return;
    if (query === '' && remembered.current) replaceRoute(`${REGISTER_PATH}?${remembered.current}`);
    else if (query !== remembered.current) remember(query);
    // Only the URL drives this.
  }, [query]);

  const update = (next: Partial<RegisterView>) => {
    const merged = { ...view, ...next };
    // Remember at once, so a reset to "no parameters" is not undone by the restore above.
    remember(new URLSearchParams(viewToParams(merged)).toString());
    replaceView(merged);
  };
  return [view, update];
}
