// The register's chosen rows (for setting the part or owner of several measures at once): ids with their plan, kept
// while they stay in the view, dropped when a filter leaves them out.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RegisterResult, RegisterRow } from '../../../../shared/api/register.contract.ts';
import type { Selection } from '../../components/register/RegisterTable.tsx';

/** A plan code not known for a measure chosen by «velg alle» beyond the first window (the view has several plans). */
export const UNKNOWN_PLAN = '';

export interface RegisterSelection extends Selection {
  clear(): void;
  /** The plans of the chosen measures (UNKNOWN_PLAN among them means several). */
  planCodes: string[];
}

export function useRegisterSelection(view: RegisterResult | undefined): RegisterSelection {
  const [ids, setIds] = useState<ReadonlyMap<number, string>>(new Map());
  const viewIds = view?.ids;

  useEffect(() => {
    if (!viewIds) return;
    const inView = new Set(viewIds);
    setIds((prev) => {
      const kept = [...prev].filter(([id]) => inView.has(id));
      return kept.length === prev.size ? prev : new Map(kept);
    });
  }, [viewIds]);

  const toggle = useCallback((row: RegisterRow, on: boolean) => {
    setIds((prev) => {
      const next = new Map(prev);
      if (on) next.set(row.id, row.planCode);
      else next.delete(row.id);
      return next;
    });
  }, []);

  const flip = useCallback((row: RegisterRow) => {
    setIds((prev) => {
      const next = new Map(prev);
      if (next.has(row.id)) next.delete(row.id);
      else next.set(row.id, row.planCode);
      return next;
    });
  }, []);

  const toggleAll = useCallback(
    (on: boolean) => {
      if (!view || !on) return setIds(new Map());
      const known = new Map(view.rows.map((r) => [r.id, r.planCode]));
      const only = view.planCodes.length === 1 ? view.planCodes[0] : UNKNOWN_PLAN;
      setIds(new Map(view.ids.map((id) => [id, known.get(id) ?? only])));
    },
    [view],
  );

  const clear = useCallback(() => setIds(new Map()), []);
  const planCodes = useMemo(() => [...new Set(ids.values())], [ids]);
  return { ids, toggle, flip, toggleAll, clear, planCodes };
}
