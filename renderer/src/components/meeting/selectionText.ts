// The dashboard filter in words, for Møtemodus' footer and a chart saved from Oversikt: on a projector or a slide a
// ministry's figures must not pass for the whole portfolio.
import type { Plan } from '../../../../shared/domain/types.ts';
import type { DashboardState } from '../../hooks/useDashboard.ts';

const capital = (s: string) => s.charAt(0).toLocaleUpperCase('nb') + s.slice(1);

/** «Utvalg: Handlingsplanen 2016 · Hoveddel 2 · departement BFD», or null when the slides show every measure. */
export function selectionText(filter: DashboardState['filter'], plans: Plan[]): string | null {
  const parts = (filter.parts ?? []).map((id) => {
    const plan = plans.find((p) => p.parts.some((x) => x.id === id));
    const part = plan?.parts.find((x) => x.id === id);
    return plan && part ? `${capital(plan.partWord)} ${part.number}` : `del ${id}`;
  });
  const pieces = [
    ...(filter.plans ?? []).map((code) => plans.find((p) => p.code === code)?.shortName ?? code),
    ...parts,
    ...((filter.ministries ?? []).length > 0 ? [`departement ${filter.ministries!.join(', ')}`] : []),
    ...((filter.agencies ?? []).length > 0 ? [`virksomhet ${filter.agencies!.join(', ')}`] : []),
  ];
  return pieces.length > 0 ? `Utvalg: ${pieces.join(' · ')}` : null;
}
