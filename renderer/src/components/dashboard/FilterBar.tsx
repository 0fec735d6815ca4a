// One filter bar (plan, part, ministry, agency, year) whose state is the URL: #/oversikt?plan=…&ministry=…&year=…
import { Field, Label, Select } from '@digdir/designsystemet-react';
import type { Organisation, Plan } from '../../../../shared/domain/types.ts';
import { nameInForce, retiredOn } from '../../../../shared/domain/organisations.ts';
import { todayIso } from '../../../../shared/format/nb.ts';
import { partWordHeading } from '../../../../shared/domain/plans.ts';
import type { DashboardState } from '../../hooks/useDashboard.ts';

interface Props {
  state: DashboardState;
  plans: Plan[];
  organisations: Organisation[];
  onChange(next: DashboardState): void;
  /** Years with budget lines in the selection: a later year than this one is offered only when it has some. */
  budgetYears?: number[];
}

const ALL = '';

export function FilterBar({ state, plans, organisations, onChange, budgetYears = [] }: Props) {
  const f = state.filter;
  const plan = f.plans?.[0] ?? ALL;
  const chosen = plans.filter((p) => !plan || p.code === plan);
  const parts = chosen.flatMap((p) => p.parts.map((pt) => ({ ...pt, plan: p })));
  // The names in force today (a rename dated ahead shows the old name until its date), not retired by today; each
  // covers its chain's other names too.
  const today = todayIso();
  const current = organisations.filter((o) => !retiredOn(o, today) && nameInForce(o, today));
  const ministries = current.filter((o) => o.kind === 'departement');
  const agencies = current.filter((o) => o.kind !== 'departement');
  const thisYear = new Date().getFullYear();
  // The years up to this one, and a later one only with budget lines in it (next year's proposed budget): a later
  // year otherwise showed today's status and 0 kr. A year in the address stays chosen.
  const later = budgetYears.filter((y) => y > thisYear);
  const years = [
    ...new Set([
      ...later,
      ...(state.year ? [state.year] : []),
      ...Array.from({ length: thisYear - 2016 + 1 }, (_, i) => thisYear - i),
    ]),
  ].sort((a, b) => b - a);
  const set = (patch: Partial<DashboardState['filter']>, year = state.year) =>
    onChange({ filter: { ...f, ...patch }, year });
  const one = <T,>(v: string, map: (s: string) => T): T[] | undefined => (v === ALL ? undefined : [map(v)]);

  return (
    <form className="filter-bar" aria-label="Filter for oversikten" onSubmit={(e) => e.preventDefault()}>
      <Field>
        <Label>Plan</Label>
        <Select value={plan} onChange={(e) => set({ plans: one(e.target.value, String), parts: undefined })}>
          <Select.Option value={ALL}>Alle planer</Select.Option>
          {plans.map((p) => (
            <Select.Option key={p.code} value={p.code}>
              {p.shortName}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{partWordHeading(chosen)}</Label>
        <Select value={String(f.parts?.[0] ?? ALL)} onChange={(e) => set({ parts: one(e.target.value, Number) })}>
          <Select.Option value={ALL}>
            Alle {[...new Set(chosen.map((p) => p.partWordPlural))].join(' og ')}
          </Select.Option>
          {parts.map((pt) => (
            <Select.Option key={pt.id} value={String(pt.id)}>
              {plan ? '' : `${pt.plan.shortName}: `}
              {pt.number}. {pt.title}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>Departement</Label>
        <Select value={f.ministries?.[0] ?? ALL} onChange={(e) => set({ ministries: one(e.target.value, String) })}>
          <Select.Option value={ALL}>Alle departementer</Select.Option>
          {ministries.map((o) => (
            <Select.Option key={o.abbrev} value={o.abbrev}>
              {o.abbrev} – {o.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>Etat</Label>
        <Select value={f.agencies?.[0] ?? ALL} onChange={(e) => set({ agencies: one(e.target.value, String) })}>
          <Select.Option value={ALL}>Alle etater</Select.Option>
          {agencies.map((o) => (
            <Select.Option key={o.abbrev} value={o.abbrev}>
              {o.abbrev === o.name ? o.name : `${o.abbrev} – ${o.name}`}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>År</Label>
        <Select
          value={String(state.year ?? ALL)}
          onChange={(e) => set({}, e.target.value === ALL ? undefined : Number(e.target.value))}
        >
          <Select.Option value={ALL}>I år (per i dag)</Select.Option>
          {years.map((y) => (
            <Select.Option key={y} value={String(y)}>
              {y}
            </Select.Option>
          ))}
        </Select>
      </Field>
    </form>
  );
}
