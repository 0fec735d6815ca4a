// A file opened read-only (another user holds it) says so and why, on every page.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PortfolioInfo } from '../../shared/domain/types.ts';
import { Shell } from '../../renderer/src/app/Shell.tsx';
import { installBridge } from './bridge.ts';

let bridge: ReturnType<typeof installBridge> | null = null;
afterEach(() => bridge?.remove());

const info = (over: Partial<PortfolioInfo>): PortfolioInfo => ({
  path: '/d/p.tilt',
  fileName: 'p.tilt',
  dataset: 'real',
  schemaVersion: 5,
  readOnly: false,
  pendingTitles: 0,
  measureCount: 44,
  canTakeOver: false,
  backupWarning: null,
  ...over,
});

function renderShell(i: PortfolioInfo) {
  bridge = installBridge({ 'portfolio:info': () => i, 'file:recent': () => [] });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <Shell current="/tiltak">
        <p>Innhold</p>
      </Shell>
    </QueryClientProvider>,
  );
}

describe('the read-only notice', () => {
  it('names who holds the file and that changes cannot be saved', async () => {
    renderShell(info({ readOnly: true, readOnlyReason: 'Filen er i bruk av Kari på PC-123.' }));
    expect(
      (await screen.findByText(/Filen er i bruk av Kari på PC-123\. Endringer kan ikke lagres\./)).textContent,
    ).toBeTruthy();
    expect(screen.getByText(/\(skrivebeskyttet\)/)).toBeTruthy();
  });

  it('is absent when the file is open for writing', async () => {
    renderShell(info({}));
    await screen.findByText(/Fil: p\.tilt/);
    expect(screen.queryByText(/Endringer kan ikke lagres/)).toBeNull();
  });
});
