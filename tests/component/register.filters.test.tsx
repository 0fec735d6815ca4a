// The register's filter bar and its URL state, in jsdom.
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Organisation, Plan } from '../../shared/domain/types.ts';
import { FilterBar } from '../../renderer/src/components/register/FilterBar.tsx';
import { paramsToView, useRegisterView, viewToParams } from '../../renderer/src/pages/register/registerView.ts';

const plans: Plan[] = [
  {
    id: 1,
    code: 'handlingsplan-2016',
    title: 'Handlingsplanen',
    shortName: 'Handlingsplanen 2016',
    kind: 'handlingsplan',
    partWord: 'hoveddel',
    partWordPlural: 'hoveddeler',
    published: null,
    startDate: null,
    measureCount: 26,
    parts: [{ id: 11, number: 1, title: 'Ofres rettigheter', notes: [] }],
  },
  {
    id: 2,
    code: 'strategi-2025-2030',
    title: 'Strategien',
    shortName: 'Strategien 2025–2030',
    kind: 'strategi',
    partWord: 'innsatsområde',
    partWordPlural: 'innsatsområder',
    published: null,
    startDate: null,
    measureCount: 18,
    parts: [{ id: 21, number: 1, title: 'Samordnet innsats', notes: [] }],
  },
];
const org = (
  id: number,
  abbrev: string,
  name: string,
  kind: string,
  renamedToAbbrev: string | null = null,
): Organisation => ({
  id,
  abbrev,
  name,
  kind,
  parentAbbrev: null,
  validFrom: null,
  validTo: null,
  renamedFromAbbrev: null,
  renamedFromId: null,
  renamedToAbbrev,
  retiredFrom: null,
  note: null,
  version: 1,
});
const orgs = [
  org(1, 'BLD', 'Barne- og likestillingsdepartementet', 'departement', 'BFD'),
  org(3, 'HOD', 'Helse- og omsorgsdepartementet', 'departement'),
  org(2, 'BFD', 'Barne- og familiedepartementet', 'departement'),
  org(4, 'HDIR', 'Helsedirektoratet', 'direktorat'),
];

/** A multi-choice filter's button (its <summary>), by the filter's name. */
const openFilter = (name: string) =>
  screen.getAllByText(name, { selector: '.filter-multi__label' })[0].closest('summary')!;

describe('the register filter bar', () => {
  it('offers each ministry once under its current name, and reports a checked status', async () => {
    const onChange = vi.fn();
    render(<FilterBar filter={{}} plans={plans} organisations={orgs} onChange={onChange} searchRef={createRef()} />);
    // A closed filter has no checkboxes yet (they are made when it opens, in the register's order).
    expect(screen.queryByLabelText('Pågår')).toBeNull();
    // One open at a time: opening another filter closes the one open.
    await userEvent.click(openFilter('Departement'));
    expect(await screen.findByLabelText('BFD – Barne- og familiedepartementet')).toBeTruthy();
    expect(screen.queryByLabelText(/BLD/)).toBeNull();
    // Ministries by abbreviation in Norwegian order, whatever order the registry gives them in.
    const ministries = openFilter('Departement').parentElement!;
    expect([...ministries.querySelectorAll('input')].map((i) => i.value)).toEqual(['BFD', 'HOD']);
    await userEvent.click(openFilter('Etat'));
    expect(await screen.findByLabelText('Helsedirektoratet (HDIR)')).toBeTruthy();
    await userEvent.click(openFilter('Status'));
    await userEvent.click(await screen.findByLabelText('Pågår'));
    expect(onChange).toHaveBeenLastCalledWith({ statuses: ['pagar'] });
  });

  it('drops parts of a plan that is no longer chosen, so they cannot hide every row', async () => {
    const onChange = vi.fn();
    render(
      <FilterBar
        filter={{ plans: ['handlingsplan-2016', 'strategi-2025-2030'], parts: [11, 21] }}
        plans={plans}
        organisations={orgs}
        onChange={onChange}
        searchRef={createRef()}
      />,
    );
    await userEvent.click(openFilter('Plan'));
    await userEvent.click(await screen.findByLabelText('Handlingsplanen'));
    expect(onChange).toHaveBeenLastCalledWith({ plans: ['strategi-2025-2030'], parts: [21] });
  });

  it('searches after a short pause, or at once on Enter; an emptied box clears the search', async () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    render(
      <FilterBar filter={{ q: 'x' }} plans={plans} organisations={orgs} onChange={onChange} searchRef={createRef()} />,
    );
    const box = screen.getByRole('searchbox');
    fireEvent.change(box, { target: { value: 'helsedir' } });
    expect(onChange).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(300));
    expect(onChange).toHaveBeenLastCalledWith({ q: 'helsedir' });
    fireEvent.change(box, { target: { value: '' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onChange).toHaveBeenLastCalledWith({ q: undefined });
    // The pause's timer does not send it again: by then Enter on a row may have opened a measure, and a second search
    // would put the register back in the address.
    const calls = onChange.mock.calls.length;
    act(() => vi.advanceTimersByTime(300));
    expect(onChange).toHaveBeenCalledTimes(calls);
    vi.useRealTimers();
  });
});

function Probe() {
  const [view, update] = useRegisterView();
  return (
    <>
      <output data-testid="view">{JSON.stringify(view)}</output>
      <button
        onClick={() => update({ filter: { ...view.filter, ministries: ['HOD'] }, sort: { by: 'title', dir: 'desc' } })}
      >
        HOD
      </button>
      <button onClick={() => update({ filter: {}, sort: { by: 'number', dir: 'asc' } })}>Nullstill</button>
    </>
  );
}

/** Goes to `route` as Back or Forward would (the router follows popstate). */
const go = async (route: string) => {
  await act(async () => {
    history.pushState(null, '', route);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
};
const here = () => window.location.pathname + window.location.search;

describe('the register view in the URL', () => {
  it('round-trips filter, sort and the grouped view through URL parameters', () => {
    const v = {
      filter: { ministries: ['HOD'], staleMonths: 6, q: 'helse' },
      sort: { by: 'budget' as const, dir: 'desc' as const },
      grouped: true,
    };
    expect(viewToParams(v)).toEqual({
      ministry: 'HOD',
      stale: '6',
      q: 'helse',
      sort: 'budget',
      dir: 'desc',
      visning: 'gruppert',
    });
    expect(paramsToView(new URLSearchParams(viewToParams(v)))).toEqual(v);
    expect(paramsToView(new URLSearchParams('sort=farge&dir=opp'))).toEqual({
      filter: {},
      sort: { by: 'number', dir: 'asc' },
      grouped: false,
    });
  });

  it(
    'writes changes to the URL, remembers the last view and restores it on a bare /tiltak; ' + 'reset forgets it',
    async () => {
      await go('/tiltak?status=pagar');
      render(<Probe />);
      expect(JSON.parse(screen.getByTestId('view').textContent!).filter).toEqual({ statuses: ['pagar'] });
      await userEvent.click(screen.getByText('HOD'));
      expect(here()).toBe('/tiltak?ministry=HOD&status=pagar&sort=title&dir=desc');
      await go('/oversikt');
      await go('/tiltak');
      expect(here()).toBe('/tiltak?ministry=HOD&status=pagar&sort=title&dir=desc');
      await userEvent.click(screen.getByText('Nullstill'));
      await go('/tiltak');
      expect(here()).toBe('/tiltak');
      expect(JSON.parse(screen.getByTestId('view').textContent!).filter).toEqual({});
    },
  );
});
