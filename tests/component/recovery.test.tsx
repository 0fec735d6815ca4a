// The frame's safety nets as a user meets them: a page that fails shows a way back instead of a white window; a
// file that cannot be opened offers its newest good backup; a missing backup and a writer who has left are said.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PortfolioInfo } from '../../shared/domain/types.ts';
import { ErrorBoundary } from '../../renderer/src/app/ErrorBoundary.tsx';
import { Shell } from '../../renderer/src/app/Shell.tsx';
import { installBridge, type Answers } from './bridge.ts';

let bridge: ReturnType<typeof installBridge> | null = null;
afterEach(() => {
  bridge?.remove();
  vi.restoreAllMocks();
});

const info: PortfolioInfo = {
  path: '/d/p.tilt',
  fileName: 'p.tilt',
  dataset: 'real',
  schemaVersion: 7,
  readOnly: false,
  pendingTitles: 0,
  measureCount: 44,
  canTakeOver: false,
  backupWarning: null,
};

function renderShell(answers: Answers, child = <p>Innhold</p>) {
  bridge = installBridge({ 'file:recent': () => [], ...answers });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <Shell current="/tiltak">{child}</Shell>
    </QueryClientProvider>,
  );
}

function Broken(): never {
  throw new TypeError("Cannot read properties of undefined (reading 'value')");
}

describe('a page that fails while it renders', () => {
  it('is replaced by a Norwegian message with a way back, and the detail goes to the log', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderShell({ 'portfolio:info': () => info }, <Broken />);
    expect(await screen.findByRole('heading', { name: 'Noe gikk galt på denne siden' })).toBeTruthy();
    expect(screen.getByText(/Ingenting er endret i filen/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Gå til tiltakslisten' }).getAttribute('href')).toBe('/tiltak');
    expect(screen.getByRole('button', { name: 'Prøv igjen' })).toBeTruthy();
    // The header and navigation stay: the user is never left with a white window.
    expect(screen.getByRole('navigation', { name: 'Hovedmeny' })).toBeTruthy();
    expect(log.mock.calls.some((c) => String(c[1]).includes("reading 'value'"))).toBe(true);
  });

  it('tries again when asked', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = true;
    function Flaky() {
      if (fail) throw new Error('en gang');
      return <p>Nå gikk det</p>;
    }
    render(
      <ErrorBoundary resetKey="/x">
        <Flaky />
      </ErrorBoundary>,
    );
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(screen.getByText('Nå gikk det')).toBeTruthy();
  });
});

describe('the frame around the pages', () => {
  it('shows a file that cannot be opened with its newest good backup to restore, instead of the page', async () => {
    const damaged = {
      code: 'invalid',
      message: 'Filen «/d/p.tilt» er tom (0 byte) og er ikke en portefølje. Den er ikke endret.',
      details: {
        damaged: true,
        backups: [
          {
            fileName: 'p.tilt.20261124T080000000Z.daglig.bak',
            createdAt: '2026-11-24T08:00:00.000Z',
            reason: 'daglig',
          },
          {
            fileName: 'p.tilt.20261123T080000000Z.daglig.bak',
            createdAt: '2026-11-23T08:00:00.000Z',
            reason: 'daglig',
          },
        ],
      },
    };
    renderShell({
      'portfolio:info': () => {
        throw { apiError: damaged };
      },
      'backups:restore': () => {
        throw { apiError: { code: 'internal', message: 'Sikkerhetskopien besto ikke kontrollen.' } };
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Filen kan ikke åpnes' })).toBeTruthy();
    expect(screen.getByText(/er tom \(0 byte\)/)).toBeTruthy();
    expect(screen.queryByText('Innhold')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^Gjenopprett sikkerhetskopien fra 24\.11\.2026/ }));
    expect(await screen.findByText('Sikkerhetskopien besto ikke kontrollen.')).toBeTruthy();
    expect(bridge!.calls.find((c) => c.name === 'backups:restore')?.input).toEqual({
      fileName: 'p.tilt.20261124T080000000Z.daglig.bak',
    });
  });

  it('says once why there is no backup today, until closed', async () => {
    renderShell({
      'portfolio:info': () => ({
        ...info,
        backupWarning: 'Sikkerhetskopien i «/d» ble ikke laget fordi disken er full.',
      }),
    });
    expect(await screen.findByText(/ble ikke laget fordi disken er full/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lukk' }));
    expect(screen.queryByText(/ble ikke laget fordi disken er full/)).toBeNull();
  });

  it('offers to take over once the other writer has left', async () => {
    renderShell({
      'portfolio:info': () => ({
        ...info,
        readOnly: true,
        canTakeOver: true,
        readOnlyReason: 'Filen er ikke lenger i bruk av andre.',
      }),
      'portfolio:takeOver': () => ({ readOnly: false, message: 'Du kan nå gjøre endringer i filen.' }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Ta over skrivetilgangen' }));
    await vi.waitFor(() => expect(bridge!.calls.some((c) => c.name === 'portfolio:takeOver')).toBe(true));
  });
});
