import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useExternalChanges } from '../../renderer/src/hooks/useExternalChanges.ts';

let counter = 1;
let listCalls = 0;

function Probe() {
  useExternalChanges(20);
  const { data } = useQuery({ queryKey: ['measures:list'], queryFn: () => ++listCalls });
  return <p>hentet {data ?? 0} ganger</p>;
}

afterEach(() => {
  delete window.tiltak;
});

describe('external changes', () => {
  it('refetches the views when the file was changed by someone else, and not otherwise', async () => {
    counter = 1;
    listCalls = 0;
    window.tiltak = { 'portfolio:changes': async () => ({ ok: true, value: { counter } }) };
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <Probe />
      </QueryClientProvider>,
    );
    await screen.findByText('hentet 1 ganger');
    // Several polls with an unchanged counter: no refetch.
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.getByText('hentet 1 ganger')).toBeTruthy();
    counter = 2;
    await waitFor(() => expect(screen.getByText('hentet 2 ganger')).toBeTruthy());
    client.clear();
  });
});
