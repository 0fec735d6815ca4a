// Rapporter: status tables as of a date; the annual report pack for a period; the reporting periods (close, reopen,
// «as reported» beside «as corrected»); the status grid; two periods compared. One report at a time, chosen here and
// named in the address (#/rapporter?rapport=pakke), so each can be linked to.
import { Heading } from '@digdir/designsystemet-react';
import type { ComponentType } from 'react';
import { hrefFor, useRoute } from '../app/router.ts';
import { ComparePanel } from '../components/reports/ComparePanel.tsx';
import { GridPanel } from '../components/reports/GridPanel.tsx';
import { PackReport } from '../components/reports/PackReport.tsx';
import { PeriodsPanel } from '../components/reports/PeriodsPanel.tsx';
import { StatusTableReport } from '../components/reports/StatusTableReport.tsx';
import '../styles/reports.css';

const REPORTS: { key: string; label: string; Panel: ComponentType }[] = [
  { key: 'statustabell', label: 'Statustabell per dato', Panel: StatusTableReport },
  { key: 'pakke', label: 'Rapportpakke', Panel: PackReport },
  { key: 'perioder', label: 'Perioder', Panel: PeriodsPanel },
  { key: 'rutenett', label: 'Statusrutenett', Panel: GridPanel },
  { key: 'sammenlign', label: 'Sammenlign perioder', Panel: ComparePanel },
];

export function ReportsPage() {
  const route = useRoute();
  const current = REPORTS.find((r) => r.key === route.params.get('rapport')) ?? REPORTS[0];
  return (
    <>
      <Heading level={1} data-size="lg">
        Rapporter
      </Heading>
      <nav aria-label="Rapporttyper" className="report-nav">
        <ul>
          {REPORTS.map((r) => (
            <li key={r.key}>
              <a
                href={hrefFor('/rapporter', { rapport: r.key })}
                aria-current={r.key === current.key ? 'page' : undefined}
              >
                {r.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <current.Panel key={current.key} />
    </>
  );
}
