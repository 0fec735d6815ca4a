// The shell's notes about the file: «Lukk» on the backup warning takes the warning away, and focus with it goes to the
// page's heading, not to <body>.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PortfolioInfo } from '../../shared/domain/types.ts';
import { Shell } from '../../renderer/src/app/Shell.tsx';
import { installBridge } from './bridge.ts';

let bridge: ReturnType<typeof installBridge> | null = null;
afterEach(() => bridge?.remove());

const info: PortfolioInfo = {
  path: '/d/p.tilt',
  fileName: 'p.tilt',
  dataset: 'real',
  schemaVersion: 5,
  readOnly: false,
  pendingTitles: 0,
  measureCount: 44,
  canTakeOver: false,
  backupWarning: 'Den daglige sikkerhetskopien kunne ikke lages.',
};

describe('the backup warning', () => {
  it('«Lukk» takes it away and puts focus on the page heading', async () => {
    bridge = installBridge({ 'portfolio:info': () => info, 'file:recent': () => [] });
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <Shell current="/tiltak">
          <h1>Tiltak</h1>
        </Shell>
      </QueryClientProvider>,
    );
    await screen.findByText(/Den daglige sikkerhetskopien kunne ikke lages\./);
    const close = screen.getByRole('button', { name: 'Lukk' });
    close.focus();
    fireEvent.click(close);
    expect(screen.queryByText(/Den daglige sikkerhetskopien/)).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Tiltak' }));
  });
});
