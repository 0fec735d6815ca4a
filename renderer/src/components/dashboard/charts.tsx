// The dashboard's charts, built from the core's aggregates. Each knows its text summary and its register links.
import type {
  DashboardOverview,
  MinistryBudgetRow,
  StatusOverTimePoint,
} from '../../../../shared/api/dashboard.contract.ts';
import { AS_OF_STATUS_CODES, type AsOfStatus, type AssessmentCode } from '../../../../shared/domain/vocabulary.ts';
import { orgDisplayName } from '../../../../shared/domain/organisations.ts';
import { partName } from '../../../../shared/domain/plans.ts';
import type { Plan } from '../../../../shared/domain/types.ts';
import { formatDate, formatInteger, formatNok } from '../../../../shared/format/nb.ts';
import type { DashboardState } from '../../hooks/useDashboard.ts';
import { BarChartCard, type ChartSeries } from '../charts/BarChartCard.tsx';
import { compactAmount } from '../charts/compactNumber.ts';
import {
  ASSESSMENT_SERIES as ASSESSMENT_DEFS,
  BUDGET_STYLE,
  STATUS_SERIES as STATUS_DEFS,
} from '../../../../shared/charts/palette.ts';
import { registerHref } from './registerLink.ts';

// The one chart definition (shared with the reports): colours, patterns, labels and order.
export const STATUS_SERIES: ChartSeries[] = STATUS_DEFS;
export const ASSESSMENT_SERIES: ChartSeries[] = ASSESSMENT_DEFS;

function listCounts(series: ChartSeries[], values: Record<string, number>): string {
  const parts = series
    .filter((s) => (values[s.key] ?? 0) > 0)
    .map((s) => `${formatInteger(values[s.key])} ${s.label.toLowerCase()}`);
  return parts.length ? parts.join(', ') : 'ingen tiltak';
}

interface Common {
  state: DashboardState;
  /** What a saved image says under its date: the filter in words, the data kind (see OverviewPage). */
  imageNotes?: string[];
  compact?: boolean;
  width?: number;
  height?: number;
}

/**
 * Where the placed measures are: the one part that has them all, or the part with the most when it has more than any
 * other («Flest i hoveddel 1 (1)» read oddly when hoveddel 1 held the only placed measure). Nothing on a tie.
 */
function partSentence(plan: Plan, placed: DashboardOverview['statusByPart']): string {
  const [first, second] = placed;
  const name = (r: typeof first) => `${partName(plan, r.partNumber).toLowerCase()} (${formatInteger(r.total)})`;
  if (!first) return '';
  if (!second) return ` Alle som er plassert, er i ${name(first)}.`;
  return first.total > second.total ? ` Flest i ${name(first)}.` : '';
}

/** One plan's measures per part, named with the plan's own word (hoveddel, innsatsområde). */
export function StatusByPartChart({ data, plan, ...c }: Common & { data: DashboardOverview; plan: Plan }) {
  const planCode = plan.code;
  const rows = data.statusByPart.filter((r) => r.planCode === planCode);
  if (rows.length === 0) return null;
  const total = rows.reduce((s, r) => s + r.total, 0);
  const sums = Object.fromEntries(AS_OF_STATUS_CODES.map((s) => [s, rows.reduce((n, r) => n + r.counts[s], 0)]));
  // Measures not yet placed in a part are counted apart, never named as if «uten hoveddel» were a part.
  const unplaced = rows.find((r) => r.partNumber === null)?.total ?? 0;
  const placed = rows.filter((r) => r.partNumber !== null && r.total > 0).sort((a, b) => b.total - a.total);
  return (
    <BarChartCard
      id={`status-${planCode}`}
      title={`Status per ${plan.partWord} – ${rows[0].planTitle}`}
      summary={
        `${formatInteger(total)} tiltak: ${listCounts(STATUS_SERIES, sums)}.` +
        partSentence(plan, placed) +
        (unplaced > 0 ? ` ${formatInteger(unplaced)} er ikke plassert i noen ${plan.partWord} ennå.` : '')
      }
      asOf={data.asOf}
      categories={rows.map((r) => ({
        key: String(r.partId ?? 'uten'),
        label: partName(plan, r.partNumber),
        name: partName(plan, r.partNumber) + (r.partNumber === null ? '' : `: ${r.partTitle}`),
        values: r.counts,
      }))}
      series={STATUS_SERIES}
      hrefFor={(cat, s) =>
        registerHref(
          c.state,
          {
            plans: [planCode],
            ...(cat.key !== 'uten' ? { parts: [Number(cat.key)] } : { unplaced: true }),
            statuses: [s.key as AsOfStatus],
          },
          data.asOf,
        )
      }
      {...c}
    />
  );
}

export function AssessmentByMinistryChart({ data, ...c }: Common & { data: DashboardOverview }) {
  const rows = data.assessmentByMinistry;
  const worst = [...rows].sort((a, b) => b.counts.rod - a.counts.rod || b.counts.gul - a.counts.gul)[0];
  const perMinistry = rows.map((r) => `${r.abbrev}: ${listCounts(ASSESSMENT_SERIES, r.counts)}`).join('. ');
  const mostRed = worst && worst.counts.rod > 0 ? ` Flest røde: ${worst.abbrev} (${worst.counts.rod}).` : '';
  return (
    <BarChartCard
      id="assessment-ministry"
      title="Vurdering per departement"
      summary={
        rows.length === 0
          ? 'Ingen tiltak med ansvarlig departement i utvalget.'
          : `Tiltak der departementet er ansvarlig eller medansvarlig. ${perMinistry}.${mostRed}`
      }
      asOf={data.asOf}
      categories={rows.map((r) => ({
        key: r.abbrev,
        label: r.abbrev,
        name: orgDisplayName(r),
        values: r.counts,
      }))}
      series={ASSESSMENT_SERIES}
      horizontal
      hrefFor={(cat, s) =>
        registerHref(c.state, { ministries: [cat.key], assessments: [s.key as AssessmentCode] }, data.asOf)
      }
      {...c}
    />
  );
}

export function BudgetByMinistryChart({ data, ...c }: Common & { data: DashboardOverview }) {
  const rows = data.budgetByMinistry.filter((r) => r.year === data.year);
  const years = [...new Set(data.budgetByMinistry.map((r) => r.year))].sort();
  const otherYears = years.length ? ` (det finnes for ${years.join(', ')})` : '';
  const allocated = rows.reduce((s, r) => s + r.allocatedNok, 0);
  const spent = rows.reduce((s, r) => s + r.spentNok, 0);
  const series: ChartSeries[] = [
    { key: 'allocated', label: 'Bevilget', ...BUDGET_STYLE.allocated },
    { key: 'spent', label: 'Forbrukt', ...BUDGET_STYLE.spent },
  ];
  return (
    <>
      <BarChartCard
        id="budget-ministry"
        title={`Budsjett per departement ${data.year}`}
        summary={
          rows.length === 0
            ? `Ingen budsjettlinjer for ${data.year} i utvalget${otherYears}.`
            : 'Tiltak der departementet er ansvarlig eller medansvarlig ' +
              '(et delt tiltak telles hos hvert departement). ' +
              `Bevilget ${formatNok(allocated)}, forbrukt ${formatNok(spent)} i ${data.year}.`
        }
        asOf={data.asOf}
        categories={rows.map((r: MinistryBudgetRow) => ({
          key: r.abbrev,
          label: r.abbrev,
          name: orgDisplayName(r),
          values: { allocated: r.allocatedNok, spent: r.spentNok },
        }))}
        series={series}
        stacked={false}
        formatValue={compactAmount}
        formatTableValue={formatNok}
        hrefFor={(cat) => registerHref(c.state, { ministries: [cat.key] }, data.asOf)}
        {...c}
      />
    </>
  );
}

export function StatusOverTimeChart({ points, asOf, ...c }: Common & { points: StatusOverTimePoint[]; asOf: string }) {
  const first = points[0];
  const last = points.at(-1);
  return (
    <BarChartCard
      id="status-over-time"
      wide
      title="Status over tid"
      summary={
        first && last
          ? 'Fordelingen slik historikken viste den ved utgangen av hver periode, ' +
            `fra ${first.label} til ${last.label}. ` +
            `${first.label}: ${listCounts(STATUS_SERIES, first.counts)}. ` +
            `${last.label} (per ${formatDate(last.date)}): ${listCounts(STATUS_SERIES, last.counts)}.`
          : 'Ingen historikk i utvalget.'
      }
      asOf={asOf}
      categories={points.map((p) => ({
        key: p.date,
        label: p.label,
        name: `${p.label} (per ${formatDate(p.date)})`,
        values: p.counts,
      }))}
      series={STATUS_SERIES}
      hrefFor={(cat, s) => registerHref(c.state, { statuses: [s.key as AsOfStatus], asOf: cat.key }, cat.key)}
      {...c}
    />
  );
}
