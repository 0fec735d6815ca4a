// Stored text is never executed: a measure titled like HTML or a javascript: URL shows as text in the register.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RegisterResult } from '../../shared/api/register.contract.ts';
import type { MeasureSummary, Plan, PortfolioInfo } from '../../shared/domain/types.ts';
import { App } from '../../renderer/src/app/App.tsx';
import { installBridge } from './bridge.ts';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '<script>alert(2)</script>',
  '"><svg onload=alert(3)>',
];

const plan: Plan = {
  id: 1,
  code: 'handlingsplan-2016',
  title: 'Handlingsplan mot menneskehandel',
  shortName: 'Handlingsplanen 2016',
  kind: 'handlingsplan',
  partWord: 'hoveddel',
  partWordPlural: 'hoveddeler',
  published: '2016-12',
  startDate: '2016-12-01',
  measureCount: HOSTILE.length,
  parts: [{ id: 1, number: 1, title: '<b>Del</b> javascript:void(0)', notes: [] }] as never,
};
const measure = (i: number, title: string): MeasureSummary => ({
  id: i + 1,
  planCode: plan.code,
  number: String(i + 1),
  partNumber: 1,
  title,
  titlePending: false,
  owner: { id: 1, abbrev: '<i>JD</i>', name: 'javascript:alert(4)' } as never,
  coOwners: [],
  agencies: [],
  status: 'pagar',
  assessment: 'gronn',
  lastUpdate: null,
  version: 1,
});
const info: PortfolioInfo = {
  path: '/x/<img src=x onerror=alert(5)>.tilt',
  fileName: '<img src=x onerror=alert(5)>.tilt',
  dataset: 'real',
  schemaVersion: 1,
  readOnly: false,
  pendingTitles: 0,
  measureCount: 4,
  canTakeOver: false,
  backupWarning: null,
};

let bridge: ReturnType<typeof installBridge> | null = null;
afterEach(() => bridge?.remove());

describe('stored text in the register', () => {
  it('shows HTML-like and javascript: titles as text: no element, handler or link is created from them', async () => {
    let alerted = false;
    window.alert = () => {
      alerted = true;
    };
    bridge = installBridge({
      'portfolio:info': () => info,
      'plans:list': () => [plan],
      'measures:list': () => HOSTILE.map((t, i) => measure(i, t)),
      // The grouped view shows the register's matches; unfiltered, that is every measure.
      'measures:query': (): RegisterResult => ({
        ids: HOSTILE.map((_, i) => i + 1),
        rows: [],
        orgs: {},
        parts: {},
        planCodes: [plan.code],
        noStatus: 0,
        total: HOSTILE.length,
        asOf: '2026-11-23',
        budgetYear: 2026,
        pendingTitles: [],
      }),
    });
    // The grouped view renders every row (the virtualised table needs real layout; see e2e/register.test.ts).
    history.pushState(null, '', '/tiltak?visning=gruppert');
    window.dispatchEvent(new PopStateEvent('popstate'));
    const { container } = render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <App />
      </QueryClientProvider>,
    );
    // The app loads its pages and data asynchronously: wait for the condition, with room for a busy machine.
    for (const title of HOSTILE) expect(await screen.findByText(title, {}, { timeout: 20_000 })).toBeTruthy();
    expect(screen.getByText(/onerror=alert\(5\)>\.tilt/)).toBeTruthy();
    expect(container.querySelector('img, script, svg[onload], [onerror], [onload]')).toBeNull();
    for (const a of container.querySelectorAll('a'))
      expect(a.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
    expect(alerted).toBe(false);
  }, 60_000);
});
