// Declared invalidation: a write refetches exactly the queries on screen whose operation reads what the write
// declares it changes (shared/api/op.ts), nothing else; a refused stale save refreshes too, a refused invalid one not.
import { QueryClient, QueryClientProvider, useQueries } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { send } from '../../renderer/src/api/client.ts';
import { invalidateOnWrite } from '../../renderer/src/api/invalidation.ts';
import { contract, OPERATION_NAMES } from '../../shared/api/contract.ts';
import { affects } from '../../shared/api/op.ts';
import { installBridge } from './bridge.ts';

const READS = [
  'measures:get',
  'measures:names',
  'budget:list',
  'plans:list',
  'history:state',
  'organisations:list',
] as const;

function Screen() {
  const queries = useQueries({
    queries: READS.map((name) => ({
      queryKey: [name, 1],
      queryFn: () => send(name as never, {} as never) as Promise<number>,
    })),
  });
  return <p>{READS.map((name, i) => `${name}=${queries[i].data ?? '…'}`).join(' ')}</p>;
}

let disconnect: (() => void) | undefined;
afterEach(() => disconnect?.());

describe('declared invalidation', () => {
  it('refetches only what a status save changes', async () => {
    const count: Record<string, number> = {};
    const answer = (name: string) => () => (count[name] = (count[name] ?? 0) + 1);
    let refuse: { code: string; message: string } | null = null;
    const bridge = installBridge({
      ...Object.fromEntries(READS.map((n) => [n, answer(n)])),
      'status:record': () => {
        if (refuse) throw { apiError: refuse };
        return {};
      },
    });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
    disconnect = invalidateOnWrite(client);
    render(
      <QueryClientProvider client={client}>
        <Screen />
      </QueryClientProvider>,
    );
    await screen.findByText(/measures:get=1 .*organisations:list=1/);

    await send('status:record', { measureId: 1, status: 'pagar', assessment: 'gronn' });
    // Status feeds the measure and the undo state; the measures' names (the link picker's), budget, plans and
    // organisations are left alone.
    await waitFor(() =>
      expect(count).toEqual({
        'measures:get': 2,
        'measures:names': 1,
        'budget:list': 1,
        'plans:list': 1,
        'history:state': 2,
        'organisations:list': 1,
      }),
    );

    refuse = { code: 'invalid', message: 'Gul og rød vurdering må begrunnes: skriv en kommentar.' };
    await expect(send('status:record', { measureId: 1, status: 'pagar', assessment: 'gul' })).rejects.toThrow();
    expect(count['measures:get']).toBe(2);
    refuse = { code: 'not-found', message: 'Finner ikke tiltaket.' };
    await expect(send('status:record', { measureId: 1, status: 'pagar', assessment: 'gronn' })).rejects.toThrow();
    expect(count['measures:get']).toBe(3);
    bridge.remove();
    client.clear();
  });

  it('has every write declare what it changes, and every read what it depends on', () => {
    const silent = ['file:saveCopy', 'file:showInFolder'];
    for (const name of OPERATION_NAMES) {
      const op = contract[name];
      if (!op.reads && !silent.includes(name)) expect(op.topics.length, name).toBeGreaterThan(0);
    }
    // Opening another file touches everything; a status save does not touch the plans.
    expect(affects(['file'], contract['plans:list'])).toBe(true);
    expect(affects(contract['status:record'].topics, contract['plans:list'])).toBe(false);
    expect(affects(contract['status:record'].topics, contract['measures:query'])).toBe(true);
    // A measure's names change with its title, not with its status.
    expect(affects(contract['measures:update'].topics, contract['measures:names'])).toBe(true);
    // Any write may make, or fail to make, the day's backup: the page's backup warning comes with portfolio:info.
    expect(affects(contract['budget:add'].topics, contract['portfolio:info'])).toBe(true);
  });
});
