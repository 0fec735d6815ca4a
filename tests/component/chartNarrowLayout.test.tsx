// A bar chart in a narrow card (320 px window, 400 % zoom): when its bars lie down and how many values its axis shows.
import { describe, expect, it } from 'vitest';
import { CHART_MARGIN, narrowLayout, type ChartShape } from '../../renderer/src/components/charts/narrowLayout.ts';
import { wrapLines } from '../../renderer/src/components/charts/WrappedTick.tsx';

const years = Array.from({ length: 11 }, (_, i) => String(2016 + i));
const standing = (names: string[], widestValue = '45'): ChartShape => ({
  names,
  widestValue,
  horizontal: false,
  valueAxisWidth: 48,
  fontSize: 13,
});

describe('narrowLayout', () => {
  it('keeps the normal layout (null) while every name fits under its bar', () => {
    expect(narrowLayout(600, standing(years))).toBeNull();
    expect(
      narrowLayout(600, standing(['Innsatsområde 1', 'Innsatsområde 2', 'Innsatsområde 3', 'Innsatsområde 4'])),
    ).toBeNull();
  });

  it('lays the bars down once a name is wider than its bar, with room for the longest name beside them', () => {
    const layout = narrowLayout(260, standing(years));
    expect(layout?.lying).toBe(true);
    // «2016» at 14 px: four characters at the estimate's 0.6 em, and ten pixels for the tick.
    expect(layout?.nameRoom).toBe(Math.ceil(4 * 14 * 0.6));
    expect(layout?.nameAxisWidth).toBe(Math.ceil(4 * 14 * 0.6) + 10);
  });

  it('wraps a long name beside its bar to at most 40 % of the chart', () => {
    const names = ['Innsatsområde 1', 'Innsatsområde 2', 'Innsatsområde 3', 'Innsatsområde 4'];
    const layout = narrowLayout(260, standing(names))!;
    expect(layout.lying).toBe(true);
    expect(layout.nameRoom).toBeLessThanOrEqual(260 * 0.4);
    expect(wrapLines('Innsatsområde 1', layout.nameRoom, 14)).toEqual(['Innsatsområde', '1']);
  });

  it('shows fewer values on a lying chart’s axis when their labels would touch, with room for the last', () => {
    const perMinistry: ChartShape = { ...standing(['AID', 'HOD', 'JD']), horizontal: true, widestValue: '220 mill.' };
    expect(narrowLayout(700, perMinistry)).toBeNull();
    const narrow = narrowLayout(260, perMinistry)!;
    expect(narrow.lying).toBe(false);
    expect(narrow.valueTicks).toBeGreaterThanOrEqual(2);
    expect(narrow.valueTicks).toBeLessThan(5);
    // Half of «220 mill.» (ten characters' room at 13 px) past the axis' end.
    expect(narrow.margin.right).toBe(Math.ceil((10 * 13 * 0.6) / 2));
    expect(narrow.margin.right).toBeGreaterThan(CHART_MARGIN.right);
  });
});
