// The shell's notes about the file: one opened read-only (another user holds it) says so and why, on every page; «Lukk»
// on the backup warning takes the warning away, and focus with it goes to the page's heading, not to <body>.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
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

function renderShell(i: PortfolioInfo, page = <p>Innhold</p>) {
  bridge = installBridge({ 'portfolio:info': () => i, 'file:recent': () => [] });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <Shell current="/tiltak">{page}</Shell>
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

describe('the backup warning', () => {
  it('«Lukk» takes it away and puts focus on the page heading', async () => {
    renderShell(info({ backupWarning: 'Den daglige sikkerhetskopien kunne ikke lages.' }), <h1>Tiltak</h1>);
    await screen.findByText(/Den daglige sikkerhetskopien kunne ikke lages\./);
    const close = screen.getByRole('button', { name: 'Lukk' });
    close.focus();
    fireEvent.click(close);
    expect(screen.queryByText(/Den daglige sikkerhetskopien/)).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Tiltak' }));
  });
});
