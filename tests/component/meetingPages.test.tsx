// Møtemodus' next page must not build every slide again: the invisible copy the pages are measured in (a row per
// measure in the status grid) stays the same element while the slides are the same, so React skips it on a key.
import { renderHook } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { useSlidePages, type SlideSpec } from '../../renderer/src/components/meeting/pages.tsx';

const spec = (key: string, n: number): SlideSpec => ({
  key,
  title: key,
  head: [],
  items: Array.from({ length: n }, (_, i) => i),
  renderItems: (items) => (
    <ul>
      {items.map((i) => (
        <li key={String(i)} data-item="">
          {String(i)}
        </li>
      ))}
    </ul>
  ),
});

describe('Møtemodus pages', () => {
  it('keeps the measured copy of the slides while they are the same, and makes it anew when they change', () => {
    const footer = createRef<HTMLElement>();
    const first = [spec('a', 3), spec('b-', 1000)];
    const { result, rerender } = renderHook(({ specs }) => useSlidePages(specs, footer), {
      initialProps: { specs: first },
    });
    const measurer = result.current.measurer;
    rerender({ specs: first });
    expect(result.current.measurer).toBe(measurer);
    rerender({ specs: [spec('a', 2)] });
    expect(result.current.measurer).not.toBe(measurer);
  });
});
