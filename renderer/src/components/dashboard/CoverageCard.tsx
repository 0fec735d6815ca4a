// Oversikt's coverage card: how GRETA's recommendations (and other obligations) are covered by the measures in the
// dashboard's filter on its date. Each class links to Forpliktelser filtered to it, as the charts link to the register.
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { todayIso } from '../../../../shared/format/nb.ts';
import type { DashboardState } from '../../hooks/useDashboard.ts';
import { useCoverage } from '../../hooks/useObligations.ts';
import { CoverageFigure } from '../obligations/CoverageFigure.tsx';
import { obligationsHref } from '../obligations/obligationsView.ts';

export function CoverageCard({ state, asOf }: { state: DashboardState; asOf: string }) {
  const filter = { ...state.filter, asOf };
  const coverage = useCoverage(filter);
  const linkFilter = { ...state.filter, asOf: asOf === todayIso() ? undefined : asOf };
  return (
    <section className="dashboard__wide coverage-card" aria-labelledby="dekning-oversikt">
      <Heading level={2} data-size="xs" id="dekning-oversikt">
        <a href={obligationsHref(linkFilter)}>Forpliktelser</a>: dekning av GRETAs anbefalinger og andre forpliktelser
      </Heading>
      {coverage.data ? (
        <CoverageFigure
          counts={coverage.data.counts}
          total={coverage.data.total}
          hrefOf={(c) => obligationsHref(linkFilter, { dekning: c })}
        />
      ) : (
        <Paragraph data-size="sm">{coverage.error ? 'Kunne ikke hente dekningen.' : 'Henter dekningen …'}</Paragraph>
      )}
    </section>
  );
}
