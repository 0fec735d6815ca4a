import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DashboardOverview } from '../../shared/api/dashboard.contract.ts';
import { AssessmentByMinistryChart } from '../../renderer/src/components/dashboard/charts.tsx';
import { registerHref } from '../../renderer/src/components/dashboard/registerLink.ts';
import { dashboardParams, dashboardStateFrom } from '../../renderer/src/hooks/useDashboard.ts';

const data = {
  asOf: '2025-12-31',
  year: 2025,
  keyFigures: {} as DashboardOverview['keyFigures'],
  statusByPart: [],
  budgetByMinistry: [],
  assessmentByMinistry: [
    {
      abbrev: 'HOD',
      name: 'Helse- og omsorgsdepartementet',
      counts: { 'ikke-vurdert': 0, gronn: 4, gul: 2, rod: 3 },
      total: 9,
    },
    {
      abbrev: 'JD',
      name: 'Justis- og beredskapsdepartementet',
      counts: { 'ikke-vurdert': 1, gronn: 5, gul: 0, rod: 0 },
      total: 6,
    },
  ],
} satisfies DashboardOverview;

const state = { filter: { plans: ['handlingsplan-2016' as const] } };

describe('assessment per ministry chart', () => {
  it('draws a labelled, keyboard-reachable segment per non-zero count that opens the register filtered to it', () => {
    render(<AssessmentByMinistryChart data={data} state={state} width={700} height={260} />);
    const rod = screen.getByRole('link', { name: 'Helse- og omsorgsdepartementet (HOD): 3 rød. Åpne i Tiltak' });
    // One tab stop per chart (the first segment); the arrow keys walk the segments.
    const tabStops = [...document.querySelectorAll('.chart-seg')].filter((g) => g.getAttribute('tabindex') === '0');
    expect(tabStops.map((g) => g.getAttribute('data-segment'))).toEqual(['HOD:gronn']);
    expect(document.querySelectorAll('.chart-seg[tabindex="-1"]')).toHaveLength(4);
    (tabStops[0] as SVGGElement).focus();
    fireEvent.keyDown(tabStops[0], { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-segment')).toBe('HOD:gul');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(rod);
    expect(rod.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(rod, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-segment')).toBe('JD:ikke-vurdert');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(within(rod).getByText('3')).toBeTruthy();
    expect(rod.querySelector('rect[fill="url(#pat-cross)"]')).not.toBeNull();
    expect(document.querySelector('[data-segment="JD:rod"]')).toBeNull();
    fireEvent.keyDown(rod, { key: 'Enter' });
    expect(decodeURIComponent(window.location.pathname + window.location.search)).toBe(
      '/tiltak?plan=handlingsplan-2016&ministry=HOD&assessment=rod&asOf=2025-12-31',
    );
  });

  it('summarises the chart in words and offers the numbers as a table with the same links', () => {
    render(<AssessmentByMinistryChart data={data} state={state} width={700} height={260} />);
    expect(
      screen.getByText(/HOD: 4 grønn, 2 gul, 3 rød\. JD: 1 ikke vurdert, 5 grønn\. Flest røde: HOD \(3\)\./),
    ).toBeTruthy();
    const table = screen.getByRole('table');
    const row = within(table).getByRole('row', { name: /Helse- og omsorgsdepartementet/ });
    expect(within(row).getByRole('link', { name: '3' }).getAttribute('href')).toBe(
      registerHref(state, { ministries: ['HOD'], assessments: ['rod'] }, '2025-12-31'),
    );
    expect(within(row).getByText('9')).toBeTruthy();
  });
});

describe('dashboard URL state', () => {
  it('reads the shared filter parameters and the year, and drops what is invalid', () => {
    const s = dashboardStateFrom(
      new URLSearchParams('plan=strategi-2025-2030&part=5,6&ministry=HOD&agency=POD&year=2024&status=pagar'),
    );
    expect(s).toEqual({
      filter: { plans: ['strategi-2025-2030'], parts: [5, 6], ministries: ['HOD'], agencies: ['POD'] },
      year: 2024,
    });
    expect(dashboardParams(s)).toEqual({
      plan: 'strategi-2025-2030',
      part: '5,6',
      ministry: 'HOD',
      agency: 'POD',
      year: '2024',
    });
    const invalid = new URLSearchParams('plan=Ukjent%20plan!&year=tjue');
    expect(dashboardStateFrom(invalid)).toEqual({ filter: {}, year: undefined });
  });
});

describe('compact amounts', () => {
  it('keeps small sums whole and shows large ones in millions or billions with a decimal comma', async () => {
    const { compactAmount } = await import('../../renderer/src/components/charts/compactNumber.ts');
    expect(compactAmount(9_999_000)).toBe('9\u202f999\u202f000');
    expect(compactAmount(423_335_000)).toBe('423,3 mill.');
    expect(compactAmount(100_072_216_000)).toBe('100,1 mrd.');
    expect(compactAmount(28_000_000_000)).toBe('28 mrd.');
  });
});
