// Key and fetch of one register view, without hooks: shared by the register's hook, the start-up prefetch
// (app/prefetch.ts, in the start-up entry, which must not bring React) and the pages that show a register view's rows.
import type { MeasureFilter } from '../../../shared/api/filter.ts';
import type { RegisterSort } from '../../../shared/api/register.contract.ts';
import { send } from '../api/client.ts';

export const registerQuery = (filter: MeasureFilter, sort: RegisterSort) => ({
  queryKey: ['measures:query', filter, sort] as const,
  queryFn: () => send('measures:query', { filter, sort }),
});
