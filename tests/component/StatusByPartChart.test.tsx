// The status-by-part chart's summary says where the placed measures are only where that says something: the one part
// holding them all, or a part with more than any other (QA q-fresh: «Flest i hoveddel 1 (1)» when hoveddel 1 held the
// plan's only placed measure).
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DashboardOverview, PartStatusRow } from '../../shared/api/dashboard.contract.ts';
import type { Plan } from '../../shared/domain/types.ts';
import { StatusByPartChart } from '../../renderer/src/components/dashboard/charts.tsx';

const plan = {
  code: 'handlingsplan-2016',
  title: 'Regjeringens handlingsplan mot menneskehandel',
  shortName: 'Handlingsplanen 2016',
  partWord: 'hoveddel',
  partWordPlural: 'hoveddeler',
} as Plan;

const row = (partNumber: number | null, total: number): PartStatusRow => ({
  planCode: plan.code,
  planTitle: plan.title,
  partId: partNumber,
  partNumber,
  partTitle: `Del ${partNumber}`,
  counts: { 'ingen-status': total, 'ikke-startet': 0, pagar: 0, fullfort: 0, avbrutt: 0, viderefort: 0 },
  total,
});

function summary(rows: PartStatusRow[]): string {
  const data = { asOf: '2026-11-28', year: 2026, statusByPart: rows } as unknown as DashboardOverview;
  const { container, unmount } = render(
    <StatusByPartChart data={data} plan={plan} state={{ filter: {} }} width={600} height={260} />,
  );
  const text = container.querySelector('.chart-card__summary')?.textContent ?? '';
  unmount();
  return text;
}

describe('status by part, in words', () => {
  it('names the one part that holds every placed measure, and counts the unplaced apart', () => {
    const text = summary([row(1, 1), row(2, 0), row(null, 25)]);
    expect(text).toContain('Alle som er plassert, er i hoveddel 1 (1).');
    expect(text).toContain('25 er ikke plassert i noen hoveddel ennå.');
    expect(text).not.toContain('Flest');
  });

  it('names the part with the most when it has more than any other, and none on a tie', () => {
    expect(summary([row(1, 2), row(2, 1), row(null, 23)])).toContain('Flest i hoveddel 1 (2).');
    const tie = summary([row(1, 2), row(2, 2)]);
    expect(tie).not.toMatch(/Flest|Alle som er plassert/);
  });
});
