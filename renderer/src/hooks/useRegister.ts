// The register's data: one query per filter + sort gives the order of every match and the first window of
// rows; the other windows are fetched as they scroll into view. The previous view stays on screen while
// the next loads.
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { MeasureFilter } from '../../../shared/api/filter.ts';
import type { RegisterResult, RegisterRow, RegisterRows, RegisterSort } from '../../../shared/api/register.contract.ts';
import { REGISTER_WINDOW } from '../../../shared/api/view-params.ts';
import { send } from '../api/client.ts';
import { registerQuery } from './registerQuery.ts';

export function useRegister(filter: MeasureFilter, sort: RegisterSort) {
  return useQuery({ ...registerQuery(filter, sort), placeholderData: keepPreviousData });
}

/**
 * A row of the register with the names it needs; or, with `row` null, why it is not shown: its window is still
 * loading, failed (`error`), or the measure was deleted since. Every field is a stable value or reference, so a
 * memoised row re-renders only when its own data changes.
 */
export interface RegisterCell {
  row: RegisterRow | null;
  names: Pick<RegisterRows, 'orgs' | 'parts'> | null;
  state: 'loading' | 'gone' | 'failed' | null;
  error: unknown;
}

/**
 * The rows at positions `first`..`last` of a register view. Windows are keyed by their ids and date, so a
 * new sort that keeps a window's measures reuses it, and a save anywhere refetches the windows on screen.
 */
export function useRegisterRows(view: RegisterResult, first: number, last: number): (index: number) => RegisterCell {
  // Half a window ahead either way, so rows scrolled into view are usually there already.
  const ahead = REGISTER_WINDOW / 2;
  const windows: number[] = [];
  const lastWindow = Math.floor(Math.min(view.ids.length - 1, last + ahead) / REGISTER_WINDOW);
  for (let w = Math.max(1, Math.floor((first - ahead) / REGISTER_WINDOW)); w <= lastWindow; w++) windows.push(w);
  const fetched = useQueries({
    queries: windows.map((w) => {
      const ids = view.ids.slice(w * REGISTER_WINDOW, (w + 1) * REGISTER_WINDOW);
      return {
        queryKey: ['measures:rows', view.asOf, ids] as const,
        queryFn: () => send('measures:rows', { ids, asOf: view.asOf }),
      };
    }),
  });
  return (index) => {
    const w = Math.floor(index / REGISTER_WINDOW);
    const q = w === 0 ? { data: view as RegisterRows, error: null } : fetched[windows.indexOf(w)];
    const id = view.ids[index];
    if (q?.data) {
      const row = q.data.rows.find((r) => r.id === id);
      return row
        ? { row, names: q.data, state: null, error: null }
        : { row: null, names: null, state: 'gone', error: null };
    }
    return { row: null, names: null, state: q?.error ? 'failed' : 'loading', error: q?.error ?? null };
  };
}
