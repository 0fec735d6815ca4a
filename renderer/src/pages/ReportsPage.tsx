// Rapporter: status tables for the situation report.
import { Heading, Paragraph } from '@digdir/designsystemet-react';

export function ReportsPage() {
  return (
    <>
      <Heading level={1} data-size="lg">
        Rapporter
      </Heading>
      <Paragraph>Statustabeller kan foreløpig eksporteres som JSON fra kommandolinjen (npm run cli -- export).</Paragraph>
    </>
  );
}
