// Oversikt: the portfolio at a glance.
import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { QueryState } from '../components/QueryState.tsx';
import { usePortfolioInfo, usePlans } from '../hooks/usePortfolio.ts';

export function OverviewPage() {
  const info = usePortfolioInfo();
  const plans = usePlans();
  return (
    <>
      <Heading level={1} data-size="lg">
        Oversikt
      </Heading>
      <QueryState query={info}>
        {(i) => (
          <div className="key-figures">
            <Card data-color="neutral">
              <Paragraph data-size="sm">Tiltak i porteføljen</Paragraph>
              <Paragraph data-size="xl" className="key-figure">{i.measureCount}</Paragraph>
            </Card>
            <Card data-color="neutral">
              <Paragraph data-size="sm">Titler ikke fylt inn</Paragraph>
              <Paragraph data-size="xl" className="key-figure">{i.pendingTitles}</Paragraph>
            </Card>
          </div>
        )}
      </QueryState>
      <QueryState query={plans}>
        {(list) => (
          <ul className="plan-list">
            {list.map((p) => (
              <li key={p.code}>
                {p.title}: {p.measureCount} tiltak i {p.parts.length} deler
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </>
  );
}
