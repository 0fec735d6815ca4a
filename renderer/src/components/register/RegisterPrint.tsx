// The register on paper: the screen's table is virtualised (only the rows in view exist), so printing it gave three
// rows. This print-only table has every row of the view (filter and sort as on screen), with what the view is;
// «Skriv ut» fetches every window first. Ctrl+P prints what is at hand, which is all of a real portfolio (the first
// window is 100 rows) and says so when a larger view is not all fetched.
// The table exists only while printing (made in `beforeprint`, which Chromium dispatches before it lays out the
// paper, and dropped in `afterprint`): kept on the page, it cost the register's first rows a second table, and it
// grew by every window scrolled past until scrolling 10 000 rows rebuilt a 10 000-row table per window.
import { useQueries } from '@tanstack/react-query';
import { forwardRef, useEffect, useImperativeHandle, useState } from 'react';
import { flushSync } from 'react-dom';
import type { MeasureFilter } from '../../../../shared/api/filter.ts';
import type { RegisterResult, RegisterRow, RegisterRows } from '../../../../shared/api/register.contract.ts';
import { REGISTER_WINDOW } from '../../../../shared/api/view-params.ts';
import { partWordHeading } from '../../../../shared/domain/plans.ts';
import type { Plan } from '../../../../shared/domain/types.ts';
import { ASSESSMENT_SHORT, STATUS_LABELS } from '../../../../shared/domain/vocabulary.ts';
import { formatDate, formatInteger, formatNok } from '../../../../shared/format/nb.ts';
import { send } from '../../api/client.ts';
import { usePlans } from '../../hooks/usePortfolio.ts';

export interface RegisterPrintHandle {
  /** Fetches every row of the view, then opens the browser's print dialog. */
  print(): void;
}

/** The view in words: «Plan: Strategien 2025–2030 · Status: Pågår · Søk: «vold»». */
function describe(filter: MeasureFilter, plans: Plan[]): string {
  const parts = plans.flatMap((p) => p.parts.map((pt) => ({ ...pt, plan: p })));
  const out: string[] = [];
  if (filter.plans?.length)
    out.push(`Plan: ${filter.plans.map((c) => plans.find((p) => p.code === c)?.shortName ?? c).join(', ')}`);
  if (filter.parts?.length)
    out.push(
      `${partWordHeading(plans)}: ` +
        filter.parts.map((id) => parts.find((p) => p.id === id)?.title ?? String(id)).join(', '),
    );
  if (filter.ministries?.length) out.push(`Departement: ${filter.ministries.join(', ')}`);
  if (filter.agencies?.length) out.push(`Etat: ${filter.agencies.join(', ')}`);
  if (filter.statuses?.length) out.push(`Status: ${filter.statuses.map((s) => STATUS_LABELS[s]).join(', ')}`);
  if (filter.assessments?.length)
    out.push(`Vurdering: ${filter.assessments.map((a) => ASSESSMENT_SHORT[a]).join(', ')}`);
  if (filter.staleMonths) out.push(`Ikke oppdatert på ${filter.staleMonths} mnd.`);
  if (filter.q) out.push(`Søk: «${filter.q}»`);
  return out.length > 0 ? out.join(' · ') : 'Alle tiltak';
}

function cells(row: RegisterRow, names: Pick<RegisterRows, 'orgs' | 'parts'>, planName: string | null): string[] {
  const org = (id: number) => names.orgs[id]?.abbrev ?? '';
  const part = row.partId === null ? null : names.parts[row.partId];
  const owner = row.ownerId === null ? 'Ikke fylt inn' : org(row.ownerId);
  return [
    row.number,
    row.titlePending ? `${row.title} (tittel ikke fylt inn)` : row.title,
    (part ? `${part.number}. ${part.title}` : 'Ikke plassert') + (planName ? ` (${planName})` : ''),
    row.coOwnerIds.length > 0 ? `${owner} (med ${row.coOwnerIds.map(org).join(', ')})` : owner,
    row.agencyIds.map(org).join(', ') || 'Ikke fylt inn',
    STATUS_LABELS[row.status],
    ASSESSMENT_SHORT[row.assessment],
    row.lastUpdate ? `${formatDate(row.lastUpdate.date)} ${row.lastUpdate.author}` : 'Aldri',
    row.budgetAllocated === null ? '–' : formatNok(row.budgetAllocated),
  ];
}

export const RegisterPrint = forwardRef<RegisterPrintHandle, { view: RegisterResult; filter: MeasureFilter }>(
  function RegisterPrint({ view, filter }, ref) {
    const plans = usePlans().data ?? [];
    const [all, setAll] = useState(false);
    const [printWanted, setPrintWanted] = useState(false);
    const [printing, setPrinting] = useState(false);
    const windowCount = Math.ceil(view.ids.length / REGISTER_WINDOW);
    // Subscribed only while printing or fetching for «Skriv ut»; Ctrl+P reads the windows already fetched.
    const windows = useQueries({
      queries: Array.from({ length: printing || all ? Math.max(0, windowCount - 1) : 0 }, (_, i) => {
        const ids = view.ids.slice((i + 1) * REGISTER_WINDOW, (i + 2) * REGISTER_WINDOW);
        return {
          queryKey: ['measures:rows', view.asOf, ids] as const,
          queryFn: () => send('measures:rows', { ids, asOf: view.asOf }),
          enabled: all,
        };
      }),
    });
    const pages: RegisterRows[] = [view, ...windows.flatMap((w) => (w.data ? [w.data] : []))];
    const complete = pages.length === windowCount || view.ids.length <= REGISTER_WINDOW;

    useImperativeHandle(ref, () => ({
      print: () => {
        setAll(true);
        setPrintWanted(true);
      },
    }));
    useEffect(() => {
      // Synchronously: the paper is laid out as the page stands when this handler returns.
      const before = () => flushSync(() => setPrinting(true));
      const after = () => {
        setPrinting(false);
        setAll(false);
      };
      window.addEventListener('beforeprint', before);
      window.addEventListener('afterprint', after);
      return () => {
        window.removeEventListener('beforeprint', before);
        window.removeEventListener('afterprint', after);
      };
    }, []);
    useEffect(() => {
      if (!printWanted || !complete) return;
      setPrintWanted(false);
      setPrinting(true);
      // After the rows are on the page: the print dialog takes a snapshot of it.
      requestAnimationFrame(() => window.print());
    }, [printWanted, complete]);

    if (!printing) return null;

    const shown = view.planCodes.length > 1;
    const planName = (code: string) => (shown ? (plans.find((p) => p.code === code)?.shortName ?? code) : null);
    const heads = ['Nr.', 'Tittel', partWordHeading(plans.filter((p) => view.planCodes.includes(p.code)))];
    heads.push('Ansvarlig', 'Etater', 'Status', 'Vurdering', 'Sist oppdatert', `Budsjett ${view.budgetYear}`);
    const rows = pages.flatMap((p) => p.rows.map((r) => ({ row: r, names: p })));
    return (
      <section className="print-only register-print" data-testid="register-print">
        <p className="register-print__view">
          {describe(filter, plans)} · per {formatDate(view.asOf)} · {formatInteger(view.ids.length)} av{' '}
          {formatInteger(view.total)} tiltak
        </p>
        {!complete && (
          <p className="register-print__partial">
            Utskriften viser {formatInteger(rows.length)} av {formatInteger(view.ids.length)} tiltak. Bruk «Skriv ut» på
            Tiltak-siden for å få med alle.
          </p>
        )}
        <table className="register-print__table">
          <thead>
            <tr>
              {heads.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ row, names }) => (
              <tr key={row.id}>
                {cells(row, names, planName(row.planCode)).map((c, i) => (
                  <td key={i}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    );
  },
);
